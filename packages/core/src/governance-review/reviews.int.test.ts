import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../deps';
import { isDomainError } from '../errors';
import {
  assignReviewer,
  decideReview,
  declareConflict,
  getGovernanceState,
  getReview,
  listMyReviews,
  openReview,
  recordReview,
  unassignReviewer,
} from './index';
import { actorOf, makeSystem, recordPastDecision, tierSystem } from './review.testing';

async function caught(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const record = (expectedVersion: number, submit = true) => ({
  findings: 'Sound local validation',
  concerns: 'Alert fatigue',
  proposedConditions: ['Train the nurses'],
  recommendation: 'approved_for_pilot' as const,
  submit,
  expectedVersion,
});

describe.each(await dialectsUnderTest())('review rounds on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    caio = actorOf(await makeUser(core, { roles: ['caio'] }), ['caio']);
  });
  afterEach(async () => {
    await core.close();
  });

  async function clinician() {
    const user = await makeUser(core, { roles: ['committee_member'], disciplines: ['clinical'] });
    return { user, actor: actorOf(user, ['committee_member']) };
  }

  it('refuses to open a review for a system without a tier, naming the tier gate', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    const error = await caught(openReview(core, caio, { systemId: system.id, reason: 'new' }));
    expect(isDomainError(error, 'conflict') && error.details).toEqual([
      { path: 'gate.tier', message: expect.any(String) as string },
    ]);
    expect((await getGovernanceState(core, system.id)).state).toBe('proposed');
  });

  it('opens round 1 with the pathway, tier and due date of the determination, moving the system into review', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'moderate');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new proposal' });
    expect(review).toMatchObject({
      round: 1,
      tier: 'moderate',
      pathway: 'fast_track',
      status: 'open',
      dueAt: '2026-04-01T09:00:00.000Z',
      readiness: { quorum: 2, requiredDisciplines: ['clinical'], ready: false },
    });
    expect((await getGovernanceState(core, system.id)).state).toBe('in_review');
  });

  it('allows one open round per system, also when two openings race', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'low');
    const results = await Promise.allSettled([
      openReview(core, caio, { systemId: system.id, reason: 'a' }),
      openReview(core, caio, { systemId: system.id, reason: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected');
    expect(isDomainError(lost?.status === 'rejected' ? lost.reason : null, 'conflict')).toBe(true);
    const rows = await core.db.selectFrom('governance_reviews').select('round').execute();
    expect(rows).toEqual([{ round: 1 }]);
  });

  it('opens a re-review as the next round of a deployed system, and the next round after a re-review decision', async () => {
    const system = await makeSystem(core, caio, 'deployed');
    const determination = await tierSystem(core, system.id, 'low');
    await recordPastDecision(
      core,
      system.id,
      determination,
      'approved',
      '2025-01-01T00:00:00.000Z',
    );
    const second = await openReview(core, caio, {
      systemId: system.id,
      reason: 'annual re-review',
    });
    expect(second.round).toBe(2);
    await decideReview(core, caio, {
      reviewId: second.id,
      outcome: 're_review',
      rationale: 'More data needed',
      expectedVersion: second.version,
    });
    expect((await getGovernanceState(core, system.id)).state).toBe('in_review');
    const third = await openReview(core, caio, {
      systemId: system.id,
      reason: 'with the new data',
    });
    expect(third.round).toBe(3);
  });

  it('assigns only committee members or the CAIO who hold the discipline', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'moderate');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new' });
    const staff = await makeUser(core, { roles: ['staff'], disciplines: ['clinical'] });
    const notMember = await caught(
      assignReviewer(core, caio, review.id, { reviewerId: staff.id, discipline: 'clinical' }),
    );
    expect(isDomainError(notMember, 'validation_failed') && notMember.details?.[0]?.path).toBe(
      'body.reviewerId',
    );
    const { user } = await clinician();
    const wrongDiscipline = await caught(
      assignReviewer(core, caio, review.id, { reviewerId: user.id, discipline: 'pharmacy' }),
    );
    expect(
      isDomainError(wrongDiscipline, 'validation_failed') && wrongDiscipline.details?.[0]?.path,
    ).toBe('body.discipline');
    await assignReviewer(core, caio, review.id, { reviewerId: user.id, discipline: 'clinical' });
    const twice = await caught(
      assignReviewer(core, caio, review.id, { reviewerId: user.id, discipline: 'clinical' }),
    );
    expect(isDomainError(twice, 'conflict')).toBe(true);
    const notice = await core.db
      .selectFrom('notifications')
      .select(['kind', 'link'])
      .where('user_id', '=', user.id)
      .executeTakeFirst();
    expect(notice).toEqual({ kind: 'review_assigned', link: `/governance/systems/${system.id}` });
  });

  it('lets only the assigned reviewer record, checks versions, and keeps a submitted seat', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'moderate');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new' });
    const me = await clinician();
    const other = await clinician();
    const seat = await assignReviewer(core, caio, review.id, {
      reviewerId: me.user.id,
      discipline: 'clinical',
    });
    expect(
      isDomainError(await caught(recordReview(core, other.actor, seat.id, record(1))), 'forbidden'),
    ).toBe(true);
    const draft = await recordReview(core, me.actor, seat.id, record(1, false));
    expect(draft).toMatchObject({ status: 'draft', version: 2, submittedAt: null });
    expect(
      isDomainError(
        await caught(recordReview(core, me.actor, seat.id, record(1))),
        'version_conflict',
      ),
    ).toBe(true);
    const submitted = await recordReview(core, me.actor, seat.id, record(2));
    expect(submitted).toMatchObject({
      status: 'submitted',
      proposedConditions: ['Train the nurses'],
    });
    expect(
      isDomainError(await caught(unassignReviewer(core, caio, review.id, seat.id)), 'conflict'),
    ).toBe(true);
    expect((await listMyReviews(core, me.actor)).map((m) => m.assignment.status)).toEqual([
      'submitted',
    ]);
  });

  it('needs findings and a recommendation to submit', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'moderate');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new' });
    const me = await clinician();
    const seat = await assignReviewer(core, caio, review.id, {
      reviewerId: me.user.id,
      discipline: 'clinical',
    });
    const error = await caught(
      recordReview(core, me.actor, seat.id, { ...record(1), findings: ' ', recommendation: null }),
    );
    expect(isDomainError(error, 'validation_failed') && error.details?.map((d) => d.path)).toEqual([
      'body.findings',
      'body.recommendation',
    ]);
  });

  it('accepts nothing from reviewers after the decision', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'low');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new' });
    const me = await clinician();
    const seat = await assignReviewer(core, caio, review.id, {
      reviewerId: me.user.id,
      discipline: 'clinical',
    });
    await decideReview(core, caio, {
      reviewId: review.id,
      outcome: 'approved_for_pilot',
      rationale: 'ok',
      expectedVersion: 1,
    });
    expect(
      isDomainError(await caught(recordReview(core, me.actor, seat.id, record(1))), 'conflict'),
    ).toBe(true);
    expect(
      isDomainError(
        await caught(
          declareConflict(core, me.actor, seat.id, { note: 'late', expectedVersion: 1 }),
        ),
        'conflict',
      ),
    ).toBe(true);
    const other = await clinician();
    expect(
      isDomainError(
        await caught(
          assignReviewer(core, caio, review.id, {
            reviewerId: other.user.id,
            discipline: 'clinical',
          }),
        ),
        'conflict',
      ),
    ).toBe(true);
    expect((await getReview(core, review.id)).status).toBe('decided');
  });
});
