import {
  type CompletenessBand,
  type DsiType,
  aiSystemCreateInput,
  completenessBands,
  portfolioListQuery,
} from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as systemCompleteness from '../db/migrations/202611290410_system-completeness';
import { systemActor } from '../deps';
import { assessModelCardCompleteness } from '../model-card/index';
import { maximalCard, minimalCard, readExample } from '../model-card/model-card.test-fixtures';
import { getPortfolioCompleteness, importModelCard, saveModelCard } from '../portfolio-cards/index';
import { createAiSystem, getAiSystem, listAiSystems, updateAiSystem } from './index';

const actor = systemActor('test');

describe.each(await dialectsUnderTest())('portfolio list by card completeness on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  const newSystem = async (name: string, dsiType: DsiType = 'predictive') =>
    createAiSystem(
      core,
      actor,
      aiSystemCreateInput.parse({
        name,
        developer: 'Acme',
        source: 'in_house',
        kind: 'predictive',
        category: 'operational',
        dsiType,
      }),
    );
  const list = async (query: Record<string, string>) =>
    (await listAiSystems(core, portfolioListQuery.parse({ pageSize: '100', ...query }))).items;
  /** Sets the stored percentage directly, to place systems on each side of every band boundary. */
  const setPct = async (id: string, pct: number | null) =>
    core.db
      .updateTable('ai_systems')
      .set({ card_completeness_pct: pct })
      .where('id', '=', id)
      .execute();

  const boundaries: [string, number | null, CompletenessBand][] = [
    ['a-none', null, 'no_card'],
    ['b-zero', 0, 'under_50'],
    ['c-49.9', 49.9, 'under_50'],
    ['d-50', 50, 'from_50_to_79'],
    ['e-79.9', 79.9, 'from_50_to_79'],
    ['f-80', 80, 'from_80_to_99'],
    ['g-99.9', 99.9, 'from_80_to_99'],
    ['h-100', 100, 'complete'],
  ];
  const seedBoundaries = async () => {
    for (const [name, pct] of boundaries) {
      const system = await newSystem(name);
      await setPct(system.id, pct);
    }
  };

  it.each(completenessBands)(
    'filters by the %s band with the endpoint’s boundaries',
    async (band) => {
      await seedBoundaries();
      const expected = boundaries.filter(([, , b]) => b === band).map(([name]) => name);
      expect((await list({ completeness: band })).map((s) => s.name)).toEqual(expected);
    },
  );

  it('sorts by completeness both ways with systems without a card last, then by name', async () => {
    await seedBoundaries();
    const tie = await newSystem('a-tie');
    await setPct(tie.id, 50);
    const asc = await list({ sort: 'completeness' });
    expect(asc.map((s) => s.name)).toEqual([
      'b-zero',
      'c-49.9',
      'a-tie',
      'd-50',
      'e-79.9',
      'f-80',
      'g-99.9',
      'h-100',
      'a-none',
    ]);
    expect(asc.map((s) => s.cardCompletenessPct)).toEqual([
      0,
      49.9,
      50,
      50,
      79.9,
      80,
      99.9,
      100,
      null,
    ]);
    const desc = await list({ sort: 'completeness', order: 'desc' });
    expect(desc.map((s) => s.name)).toEqual([
      'h-100',
      'g-99.9',
      'f-80',
      'e-79.9',
      'a-tie',
      'd-50',
      'c-49.9',
      'b-zero',
      'a-none',
    ]);
  });

  it('follows each new card version, the DSI type and an import, in step with the completeness endpoint', async () => {
    const system = await newSystem('Readmission risk');
    expect(system.cardCompletenessPct).toBeNull();
    const percent = (card: ReturnType<typeof minimalCard>, type: 'predictive' | 'evidence_based') =>
      assessModelCardCompleteness(card, type).overall.percent;

    await saveModelCard(core, actor, system.id, { card: minimalCard(), basedOnVersion: 0 });
    expect((await getAiSystem(core, system.id)).cardCompletenessPct).toBe(
      percent(minimalCard(), 'predictive'),
    );
    await saveModelCard(core, actor, system.id, { card: maximalCard(), basedOnVersion: 1 });
    const after = await getAiSystem(core, system.id);
    expect(after.cardCompletenessPct).toBe(percent(maximalCard(), 'predictive'));
    expect(after.cardCompletenessPct).not.toBe(percent(minimalCard(), 'predictive'));

    const retyped = await updateAiSystem(core, actor, system.id, {
      version: after.version,
      dsiType: 'evidence_based',
    });
    expect(retyped.cardCompletenessPct).toBe(percent(maximalCard(), 'evidence_based'));
    expect((await getAiSystem(core, system.id)).cardCompletenessPct).toBe(
      retyped.cardCompletenessPct,
    );

    const imported = await importModelCard(core, actor, {
      xml: readExample('Aidoc_PE-03-RT'),
      systemId: system.id,
    });
    expect(imported.system.cardCompletenessPct).toBe(imported.card.completeness.overall.percent);

    const report = await getPortfolioCompleteness(core, {});
    const listed = await list({});
    for (const s of report.systems) {
      expect(listed.find((l) => l.id === s.systemId)?.cardCompletenessPct).toBe(s.overall);
      expect((await list({ completeness: s.band })).map((l) => l.id)).toContain(s.systemId);
    }
  });

  it('backfills the column from each system’s latest card when migrating', async () => {
    const carded = await newSystem('Carded', 'evidence_based');
    const bare = await newSystem('Bare');
    await saveModelCard(core, actor, carded.id, { card: minimalCard(), basedOnVersion: 0 });
    await saveModelCard(core, actor, carded.id, { card: maximalCard(), basedOnVersion: 1 });
    const db = core.db as unknown as Kysely<unknown>;
    await systemCompleteness.down(db);
    await systemCompleteness.up(db);
    expect((await getAiSystem(core, carded.id)).cardCompletenessPct).toBe(
      assessModelCardCompleteness(maximalCard(), 'evidence_based').overall.percent,
    );
    expect((await getAiSystem(core, bare.id)).cardCompletenessPct).toBeNull();
  });
});
