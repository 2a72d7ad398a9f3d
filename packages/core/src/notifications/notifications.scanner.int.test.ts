import { randomUUID } from 'node:crypto';
import { aiSystemCreateInput } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateUser } from '../accounts/index';
import { systemActor } from '../deps';
import { insertTierDetermination } from '../governance-intake/tiering.testing';
import { createAiSystem } from '../portfolio/index';
import { scanGovernanceDueItems } from './index';

describe.each(await dialectsUnderTest())('the due-date scanner on %s', (dialect) => {
  let core: TestCore;
  let ownerId: string;
  let caioIds: string[];
  let systemId: string;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    ownerId = (await makeUser(core, { roles: ['model_owner'] })).id;
    caioIds = [
      (await makeUser(core, { roles: ['caio'] })).id,
      (await makeUser(core, { roles: ['caio', 'committee_member'] })).id,
    ];
    systemId = await system('Sepsis Watch');
    await core.db
      .insertInto('tier_rule_sets')
      .values({
        version: 1,
        definition_json: '{}',
        note: 'test rules',
        created_by_id: null,
        created_by_label: 'test',
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .onConflict((oc) => oc.column('version').doNothing())
      .execute();
  });
  afterEach(async () => {
    await core.close();
  });

  async function system(name: string): Promise<string> {
    const created = await createAiSystem(
      core,
      systemActor('test'),
      aiSystemCreateInput.parse({
        name,
        developer: 'Acme Health AI',
        source: 'vendor',
        kind: 'predictive',
        category: 'clinical_decision_support',
      }),
    );
    return created.id;
  }

  /** A decided review round of the system and its decision; returns the decision id. */
  async function decide(
    onSystem: string,
    options: { round?: number; decidedAt?: string; nextReviewDue?: string | null } = {},
  ): Promise<string> {
    const reviewId = randomUUID();
    const decisionId = randomUUID();
    const decidedAt = options.decidedAt ?? '2026-01-15T10:00:00.000Z';
    const determinationId = await insertTierDetermination(core, {
      systemId: onSystem,
      tier: 'moderate',
      ruleSetVersion: 1,
      at: decidedAt,
    });
    await openReview(onSystem, {
      id: reviewId,
      round: options.round ?? 1,
      determinationId,
      status: 'decided',
    });
    await core.db
      .insertInto('governance_decisions')
      .values({
        id: decisionId,
        review_id: reviewId,
        system_id: onSystem,
        outcome: 'approved_with_conditions',
        rationale: 'Safe with conditions.',
        votes_json: '{}',
        letter_text: 'Letter',
        next_review_due: options.nextReviewDue === undefined ? '2027-01-15' : options.nextReviewDue,
        meeting_id: null,
        agenda_item_id: null,
        decided_by_id: null,
        decided_by_label: 'test',
        decided_at: decidedAt,
      })
      .execute();
    return decisionId;
  }

  async function openReview(
    onSystem: string,
    review: { id: string; round: number; determinationId: string; status: string },
  ): Promise<void> {
    await core.db
      .insertInto('governance_reviews')
      .values({
        id: review.id,
        system_id: onSystem,
        intake_id: null,
        round: review.round,
        reason: 'test',
        tier: 'moderate',
        pathway: 'fast_track',
        determination_id: review.determinationId,
        status: review.status,
        opened_by_id: null,
        opened_by_label: 'test',
        opened_at: '2026-01-10T10:00:00.000Z',
        due_at: null,
        closed_at: null,
        version: 1,
      })
      .execute();
  }

  async function condition(
    decisionId: string,
    dueDate: string,
    overrides: { status?: string; ownerId?: string | null; description?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    await core.db
      .insertInto('governance_conditions')
      .values({
        id,
        decision_id: decisionId,
        system_id: systemId,
        description: overrides.description ?? 'Attach the local validation report',
        owner_id: overrides.ownerId === undefined ? ownerId : overrides.ownerId,
        due_date: dueDate,
        gates_state: 'deployed',
        status: overrides.status ?? 'open',
        resolution_note: null,
        resolved_by_id: null,
        resolved_by_label: null,
        resolved_at: null,
        created_at: '2026-01-15T10:00:00.000Z',
        version: 1,
      })
      .execute();
    return id;
  }

  const today = () => core.clock.now().toISOString().slice(0, 10);
  const nextDay = () => core.clock.advance(24 * 60 * 60_000);
  const inboxOf = (userId: string) =>
    core.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'body', 'subject_id', 'link'])
      .where('user_id', '=', userId)
      .orderBy('kind')
      .execute();

  it('tells the owner about conditions due within seven days and overdue ones', async () => {
    const decisionId = await decide(systemId);
    const dueSoon = await condition(decisionId, '2026-03-05');
    const overdue = await condition(decisionId, '2026-02-28', {
      description: 'Train the ED nurses',
    });
    await condition(decisionId, '2026-03-10');
    await condition(decisionId, '2026-02-01', { status: 'met' });
    await condition(decisionId, '2026-02-01', { ownerId: null });

    expect(await scanGovernanceDueItems(core, today())).toEqual({
      conditionDue: 1,
      conditionOverdue: 1,
      reReviewDue: 0,
    });
    expect(await inboxOf(ownerId)).toEqual([
      {
        kind: 'condition_due',
        title: 'Due soon: a condition on Sepsis Watch',
        body: 'The condition "Attach the local validation report" is due on 2026-03-05 (in 3 days). It must be met before Sepsis Watch can move to deployed.',
        subject_id: dueSoon,
        link: '/governance/conditions',
      },
      {
        kind: 'condition_overdue',
        title: 'Overdue: a condition on Sepsis Watch',
        body: 'The condition "Train the ED nurses" was due on 2026-02-28 (2 days ago). It must be met before Sepsis Watch can move to deployed.',
        subject_id: overdue,
        link: '/governance/conditions',
      },
    ]);
  });

  it('tells each item at most once a day, however often it runs', async () => {
    const decisionId = await decide(systemId);
    await condition(decisionId, '2026-03-04');
    await scanGovernanceDueItems(core, today());
    core.clock.advance(60 * 60_000);
    expect(await scanGovernanceDueItems(core, today())).toEqual({
      conditionDue: 0,
      conditionOverdue: 0,
      reReviewDue: 0,
    });
    expect(await inboxOf(ownerId)).toHaveLength(1);
    const [a, b] = await Promise.all([
      scanGovernanceDueItems(core, today()),
      scanGovernanceDueItems(core, today()),
    ]);
    expect(a.conditionDue + b.conditionDue).toBe(0);

    nextDay();
    nextDay();
    nextDay();
    expect(await scanGovernanceDueItems(core, today())).toMatchObject({ conditionOverdue: 1 });
    expect((await inboxOf(ownerId)).map((n) => n.kind)).toEqual([
      'condition_due',
      'condition_overdue',
    ]);
  });

  it('tells every active CAIO about re-reviews due on systems with no open review', async () => {
    const inactiveCaio = await makeUser(core, { roles: ['caio'] });
    await updateUser(core, systemActor('test'), inactiveCaio.id, { isActive: false, version: 1 });
    const decisionId = await decide(systemId, { nextReviewDue: '2026-03-06' });
    const underReview = await system('Readmission Risk');
    await decide(underReview, { nextReviewDue: '2026-02-20' });
    await openReview(underReview, {
      id: randomUUID(),
      round: 2,
      determinationId: (
        await core.db.selectFrom('tier_determinations').select('id').executeTakeFirstOrThrow()
      ).id,
      status: 'open',
    });
    const superseded = await system('Chest X-ray Triage');
    await decide(superseded, { nextReviewDue: '2026-02-01' });
    await decide(superseded, {
      round: 2,
      decidedAt: '2026-02-10T10:00:00.000Z',
      nextReviewDue: '2027-02-10',
    });

    expect(await scanGovernanceDueItems(core, today())).toMatchObject({ reReviewDue: 1 });
    for (const caio of caioIds)
      expect(await inboxOf(caio)).toEqual([
        {
          kind: 're_review_due',
          title: 'Re-review due: Sepsis Watch',
          body: 'The re-review of Sepsis Watch set by its last decision is due on 2026-03-06. No review is open for it yet.',
          subject_id: decisionId,
          link: `/governance/systems/${systemId}`,
        },
      ]);
    expect(await inboxOf(inactiveCaio.id)).toEqual([]);
    expect(await scanGovernanceDueItems(core, today())).toMatchObject({ reReviewDue: 0 });
  });

  it('refuses a day that is not a date', async () => {
    await expect(scanGovernanceDueItems(core, '2026-3-2')).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
