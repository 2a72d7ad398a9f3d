import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../deps';
import { isDomainError } from '../errors';
import { listMyNotifications } from '../notifications/notifications.service';
import {
  decideReview,
  listConditions,
  markConditionMet,
  openReview,
  waiveCondition,
} from './index';
import { actorOf, makeSystem, tierSystem } from './review.testing';

async function caught(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe.each(await dialectsUnderTest())('the conditions tracker on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;
  let owner: Actor;
  let staff: Actor;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    caio = actorOf(await makeUser(core, { roles: ['caio'] }), ['caio']);
    owner = actorOf(await makeUser(core, { roles: ['model_owner'], displayName: 'Priya Shah' }), [
      'model_owner',
    ]);
    staff = actorOf(await makeUser(core, { roles: ['staff'], displayName: 'Sam Rivera' }), [
      'staff',
    ]);
    const system = await makeSystem(core, caio, 'proposed', { name: 'Sepsis watch' });
    await tierSystem(core, system.id, 'low');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new' });
    await decideReview(core, caio, {
      reviewId: review.id,
      outcome: 'approved_for_pilot',
      rationale: 'Pilot first',
      conditions: [
        { description: 'Overdue training', ownerId: owner.userId ?? '', dueDate: '2026-03-01' },
        {
          description: 'Monitoring plan',
          ownerId: owner.userId ?? '',
          dueDate: '2026-03-20',
          gatesState: 'monitored',
        },
        { description: 'Staff survey', ownerId: staff.userId ?? '', dueDate: '2026-04-15' },
      ],
      expectedVersion: review.version,
    });
  });
  afterEach(async () => {
    await core.close();
  });

  const page = { page: 1, pageSize: 50 };

  it('lists conditions soonest due first, filtered by owner, status and overdue as of today', async () => {
    const all = await listConditions(core, caio, page);
    expect(all.items.map((c) => [c.description, c.isOverdue])).toEqual([
      ['Overdue training', true],
      ['Monitoring plan', false],
      ['Staff survey', false],
    ]);
    const overdue = await listConditions(core, caio, { ...page, overdue: true });
    expect(overdue.items.map((c) => c.description)).toEqual(['Overdue training']);
    const owned = await listConditions(core, caio, { ...page, ownerId: owner.userId ?? '' });
    expect(owned.total).toBe(2);
    core.clock.set(new Date('2026-03-21T00:00:00Z'));
    expect((await listConditions(core, caio, { ...page, overdue: true })).total).toBe(2);
  });

  it('shows people without governance access only their own conditions', async () => {
    const mine = await listConditions(core, staff, page);
    expect(mine.items.map((c) => c.description)).toEqual(['Staff survey']);
  });

  it('lets the owner mark a condition met with a note, once', async () => {
    const [first] = (await listConditions(core, owner, page)).items;
    if (!first) throw new Error('no condition');
    expect(
      isDomainError(
        await caught(markConditionMet(core, staff, first.id, { note: 'done', expectedVersion: 1 })),
        'forbidden',
      ),
    ).toBe(true);
    const met = await markConditionMet(core, owner, first.id, {
      note: 'All trained',
      expectedVersion: 1,
    });
    expect(met).toMatchObject({
      status: 'met',
      resolutionNote: 'All trained',
      resolvedBy: { name: 'Priya Shah' },
      isOverdue: false,
      version: 2,
    });
    expect(
      isDomainError(
        await caught(
          markConditionMet(core, owner, first.id, { note: 'again', expectedVersion: 2 }),
        ),
        'conflict',
      ),
    ).toBe(true);
    const audit = await core.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', first.id)
      .execute();
    expect(audit).toEqual([{ action: 'governance_condition.met' }]);
  });

  it('tells whoever decided that a condition was met, and the owner that one was waived', async () => {
    const [first, second] = (await listConditions(core, caio, page)).items;
    if (!first || !second) throw new Error('no conditions');
    await markConditionMet(core, owner, first.id, { note: 'All trained', expectedVersion: 1 });
    await waiveCondition(core, caio, second.id, {
      justification: 'Covered by the vendor plan',
      expectedVersion: 1,
    });
    const inbox = {
      page: 1,
      pageSize: 20,
      filter: 'all' as const,
      kind: 'condition_resolved' as const,
    };
    const toCaio = await listMyNotifications(core, caio, inbox);
    const toOwner = await listMyNotifications(core, owner, inbox);
    expect(toCaio.items.map((n) => n.title)).toEqual(['Condition met for Sepsis watch']);
    expect(toOwner.items.map((n) => n.title)).toEqual(['Condition waived for Sepsis watch']);
    expect(toOwner.items[0]?.body).toContain('Covered by the vendor plan');
  });

  it('lets only the office waive, with a justification and the version read', async () => {
    const [, second] = (await listConditions(core, caio, page)).items;
    if (!second) throw new Error('no condition');
    expect(
      isDomainError(
        await caught(
          waiveCondition(core, owner, second.id, { justification: 'n/a', expectedVersion: 1 }),
        ),
        'forbidden',
      ),
    ).toBe(true);
    expect(
      isDomainError(
        await caught(
          waiveCondition(core, caio, second.id, { justification: 'n/a', expectedVersion: 7 }),
        ),
        'version_conflict',
      ),
    ).toBe(true);
    const waived = await waiveCondition(core, caio, second.id, {
      justification: 'Covered by the vendor plan',
      expectedVersion: 1,
    });
    expect(waived).toMatchObject({
      status: 'waived',
      resolutionNote: 'Covered by the vendor plan',
    });
  });
});
