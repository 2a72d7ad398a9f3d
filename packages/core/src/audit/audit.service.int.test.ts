import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../deps';
import { iterateAudit, listAudit, recordAudit, verifyAuditChain } from './index';

describe.each(await dialectsUnderTest())('audit trail on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  const record = (action: string, entityId = 'e1') =>
    recordAudit(core, systemActor('tester', 'req-1'), {
      action,
      entityType: 'thing',
      entityId,
      changes: { n: { before: 1, after: 2 } },
    });

  it('numbers entries from 1 and lists them newest first', async () => {
    await record('thing.created');
    await record('thing.updated');
    const page = await listAudit(core, { page: 1, pageSize: 10 });
    expect(page.total).toBe(2);
    expect(page.items.map((e) => [e.seq, e.action])).toEqual([
      [2, 'thing.updated'],
      [1, 'thing.created'],
    ]);
    expect(page.items[1]?.changes).toEqual({ n: { before: 1, after: 2 } });
    expect(page.items[1]?.requestId).toBe('req-1');
  });

  it('filters by entity, action, actor and time range', async () => {
    await record('thing.created', 'a');
    core.clock.advance(60_000);
    await record('thing.created', 'b');
    await record('thing.deleted', 'b');
    const byEntity = await listAudit(core, {
      page: 1,
      pageSize: 10,
      entityType: 'thing',
      entityId: 'b',
    });
    expect(byEntity.total).toBe(2);
    const byAction = await listAudit(core, { page: 1, pageSize: 10, action: 'thing.deleted' });
    expect(byAction.items.map((e) => e.entityId)).toEqual(['b']);
    const byActor = await listAudit(core, { page: 1, pageSize: 10, actor: 'tester' });
    expect(byActor.total).toBe(3);
    const since = await listAudit(core, {
      page: 1,
      pageSize: 10,
      from: '2026-03-02T09:00:30.000Z',
    });
    expect(since.total).toBe(2);
  });

  it('verifies an untouched chain as intact', async () => {
    await makeUser(core);
    await record('thing.created');
    expect(await verifyAuditChain(core)).toEqual({ intact: true, checked: 2, firstBroken: null });
  });

  it('names the first entry whose content was edited in the database', async () => {
    for (const action of ['a.one', 'a.two', 'a.three']) await record(action);
    await sql`update audit_log set actor_label = 'someone else' where seq = 2`.execute(core.db);
    const result = await verifyAuditChain(core);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(2);
    expect(result.firstBroken?.reason).toMatch(/changed/);
  });

  it('detects a deleted entry in the middle and a truncated tail', async () => {
    for (const action of ['a.one', 'a.two', 'a.three']) await record(action);
    await sql`delete from audit_log where seq = 3`.execute(core.db);
    expect((await verifyAuditChain(core)).firstBroken?.seq).toBe(3);
    await sql`delete from audit_log where seq = 2`.execute(core.db);
    const result = await verifyAuditChain(core);
    expect(result.intact).toBe(false);
    expect(result.firstBroken?.seq).toBe(2);
  });

  it('keeps the chain intact under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => record(`parallel.${i}`)));
    const result = await verifyAuditChain(core);
    expect(result).toEqual({ intact: true, checked: 20, firstBroken: null });
  });

  it('iterates the filtered trail in chain order', async () => {
    for (let i = 0; i < 5; i += 1) await record(`step.${i}`, i % 2 === 0 ? 'even' : 'odd');
    const seen: number[] = [];
    for await (const entry of iterateAudit(core, { entityId: 'even' })) seen.push(entry.seq);
    expect(seen).toEqual([1, 3, 5]);
  });
});
