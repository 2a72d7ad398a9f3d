import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './schema';
import {
  binaryOrder,
  createFullTextTable,
  dialectOf,
  fullTextMatch,
  searchDocument,
  searchTerms,
} from './dialect';

type ProbeTables = {
  probe_search: { user_id: string; document: string };
};

describe.each(await dialectsUnderTest())('dialect helpers on %s', (dialect) => {
  let core: TestCore;
  let db: Kysely<Database & ProbeTables>;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    core = await createTestCore(dialect);
    db = core.db.withTables<ProbeTables>();
    await createFullTextTable(db, dialect, {
      name: 'probe_search',
      key: 'user_id',
      references: 'users(id)',
    });
    for (const text of [
      'Sepsis early warning',
      'Ambient scribe for sepsis notes',
      'Pulmonary embolism triage',
      'Zeta',
      'alpha',
      'Beta',
    ]) {
      const user = await makeUser(core, { displayName: text });
      ids.set(text, user.id);
      await db
        .insertInto('probe_search')
        .values({ user_id: user.id, document: searchDocument(text) })
        .execute();
    }
  });
  afterAll(async () => {
    await core.close();
  });

  const find = async (query: string) => {
    const rows = await db
      .selectFrom('probe_search')
      .innerJoin('users', 'users.id', 'probe_search.user_id')
      .select('users.display_name')
      .where(fullTextMatch(dialect, 'probe_search', searchTerms(query)))
      .execute();
    return rows.map((r) => r.display_name).sort();
  };

  it('names its own dialect', () => {
    expect(dialectOf(core.db)).toBe(dialect);
  });

  it('matches every term as a word prefix', async () => {
    expect(await find('seps')).toEqual(['Ambient scribe for sepsis notes', 'Sepsis early warning']);
    expect(await find('sepsis not')).toEqual(['Ambient scribe for sepsis notes']);
    expect(await find('embol TRIAGE')).toEqual(['Pulmonary embolism triage']);
    expect(await find('psis')).toEqual([]);
  });

  it('orders text by code point, capitals before lower case', async () => {
    const rows = await db
      .selectFrom('users')
      .select('display_name')
      .where('display_name', 'in', ['Zeta', 'alpha', 'Beta'])
      .orderBy(binaryOrder(dialect, 'display_name'))
      .execute();
    expect(rows.map((r) => r.display_name)).toEqual(['Beta', 'Zeta', 'alpha']);
  });
});
