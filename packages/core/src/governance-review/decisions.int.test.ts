import { randomUUID } from 'node:crypto';
import type { Discipline, RiskTier, UserDto } from '@vigil/contracts';
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
  openReview,
  recordReview,
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

const gatePaths = (error: unknown) =>
  isDomainError(error) ? error.details?.map((d) => d.path) : error;

describe.each(await dialectsUnderTest())('deciding reviews on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;
  let owner: UserDto;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    caio = actorOf(await makeUser(core, { roles: ['caio'], displayName: 'Dr. Amara Okafor' }), [
      'caio',
    ]);
    owner = await makeUser(core, { roles: ['model_owner'], displayName: 'Priya Shah' });
  });
  afterEach(async () => {
    await core.close();
  });

  async function reviewer(discipline: Discipline, displayName: string) {
    const user = await makeUser(core, {
      roles: ['committee_member'],
      disciplines: [discipline],
      displayName,
    });
    return { user, actor: actorOf(user, ['committee_member']) };
  }

  async function openRound(tier: RiskTier) {
    const system = await makeSystem(core, caio, 'proposed', {
      name: 'Sepsis watch',
      clinicalOwnerId: owner.id,
      technicalOwnerId: owner.id,
    });
    await tierSystem(core, system.id, tier);
    const review = await openReview(core, caio, { systemId: system.id, reason: 'New proposal' });
    return { system, review };
  }

  async function seatAndSubmit(
    reviewId: string,
    who: Awaited<ReturnType<typeof reviewer>>,
    discipline: Discipline,
    options: { conflict?: boolean } = {},
  ) {
    const seat = await assignReviewer(core, caio, reviewId, {
      reviewerId: who.user.id,
      discipline,
    });
    if (options.conflict) {
      return declareConflict(core, who.actor, seat.id, {
        note: 'I consulted for the vendor',
        expectedVersion: seat.version,
      });
    }
    return recordReview(core, who.actor, seat.id, {
      findings: 'Validated on local data',
      concerns: null,
      proposedConditions: [],
      recommendation: 'approved_with_conditions',
      submit: true,
      expectedVersion: seat.version,
    });
  }

  it('refuses a decision without quorum and names each missing discipline', async () => {
    const { review } = await openRound('moderate');
    const error = await caught(
      decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'approved',
        rationale: 'ok',
        expectedVersion: review.version,
      }),
    );
    expect(isDomainError(error, 'conflict')).toBe(true);
    expect(gatePaths(error)).toEqual(['gate.quorum', 'gate.discipline.clinical']);
    expect(isDomainError(error) && error.message).toMatch(/missing quorum, discipline.clinical/);
  });

  it('excludes a conflicted reviewer from the vote and from covering their discipline', async () => {
    const { review } = await openRound('moderate');
    const clinician = await reviewer('clinical', 'Dr. Miguel Santos');
    const ethicist = await reviewer('ethics_equity', 'Grace Liu');
    await seatAndSubmit(review.id, clinician, 'clinical', { conflict: true });
    await seatAndSubmit(review.id, ethicist, 'ethics_equity');
    const read = await getReview(core, review.id);
    expect(read.readiness).toMatchObject({
      eligibleRecommendations: 1,
      quorumMet: false,
      missingDisciplines: ['clinical'],
    });
    const error = await caught(
      decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'approved',
        rationale: 'ok',
        expectedVersion: review.version,
      }),
    );
    expect(gatePaths(error)).toEqual(['gate.quorum', 'gate.discipline.clinical']);
  });

  it('refuses a recommendation from a reviewer who declared a conflict', async () => {
    const { review } = await openRound('moderate');
    const clinician = await reviewer('clinical', 'Dr. Miguel Santos');
    const seat = await seatAndSubmit(review.id, clinician, 'clinical', { conflict: true });
    const error = await caught(
      recordReview(core, clinician.actor, seat.id, {
        findings: 'Fine',
        concerns: null,
        proposedConditions: [],
        recommendation: 'approved',
        submit: true,
        expectedVersion: seat.version,
      }),
    );
    expect(isDomainError(error, 'conflict')).toBe(true);
  });

  it('decides a fast-track review with conditions: votes, letter, re-review date and notices', async () => {
    const { system, review } = await openRound('moderate');
    const clinician = await reviewer('clinical', 'Dr. Miguel Santos');
    const ethicist = await reviewer('ethics_equity', 'Grace Liu');
    const security = await reviewer('it_security', 'Tom Becker');
    await seatAndSubmit(review.id, clinician, 'clinical');
    await seatAndSubmit(review.id, ethicist, 'ethics_equity', { conflict: true });
    await seatAndSubmit(review.id, security, 'it_security');
    const decision = await decideReview(core, caio, {
      reviewId: review.id,
      outcome: 'approved_with_conditions',
      rationale: 'Good local validation; nurses need training first.',
      conditions: [
        { description: 'Train the ICU nurses', ownerId: owner.id, dueDate: '2026-04-30' },
      ],
      expectedVersion: review.version,
    });
    expect(decision).toMatchObject({
      outcome: 'approved_with_conditions',
      round: 1,
      tier: 'moderate',
      pathway: 'fast_track',
      nextReviewDue: '2027-03-02',
      conditions: [
        {
          description: 'Train the ICU nurses',
          owner: { name: 'Priya Shah' },
          gatesState: 'deployed',
          status: 'open',
        },
      ],
    });
    expect(decision.votes.byOutcome.approved_with_conditions).toBe(2);
    expect(decision.votes.excluded).toEqual([
      expect.objectContaining({
        name: 'Grace Liu',
        discipline: 'ethics_equity',
        excludedBecause: 'conflict',
      }),
    ]);
    for (const text of [
      'Decision letter: Sepsis watch',
      'Approve with conditions',
      'Review round:** 1',
      'Tier 2 (moderate risk)',
      'Fast-track review',
      'Good local validation; nurses need training first.',
      '1. Train the ICU nurses — owner: Priya Shah; due 2026-04-30',
      'Dr. Miguel Santos (Clinical): recommended approve with conditions',
      'Grace Liu (Ethics and equity) declared a conflict of interest and was recused',
      'A re-review is due by 2027-03-02.',
    ]) {
      expect(decision.letterText).toContain(text);
    }
    const state = await getGovernanceState(core, system.id);
    expect(state).toMatchObject({ state: 'in_review', openReview: null });
    const notices = await core.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('kind', 'in', ['decision_recorded', 'condition_assigned'])
      .execute();
    expect(notices.filter((n) => n.kind === 'condition_assigned').map((n) => n.user_id)).toEqual([
      owner.id,
    ]);
    expect(
      new Set(notices.filter((n) => n.kind === 'decision_recorded').map((n) => n.user_id)),
    ).toEqual(new Set([owner.id, clinician.user.id, ethicist.user.id, security.user.id]));
  });

  it('needs at least one condition to approve with conditions, and none on a decline', async () => {
    const { review } = await openRound('low');
    const none = await caught(
      decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'approved_with_conditions',
        rationale: 'x',
        expectedVersion: review.version,
      }),
    );
    expect(isDomainError(none, 'validation_failed') && gatePaths(none)).toEqual([
      'body.conditions',
    ]);
    const onDecline = await caught(
      decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'declined',
        rationale: 'x',
        conditions: [{ description: 'x', ownerId: owner.id, dueDate: '2026-05-01' }],
        expectedVersion: review.version,
      }),
    );
    expect(isDomainError(onDecline, 'validation_failed')).toBe(true);
  });

  it('moves a system approved for pilot, and a declined one, through the state machine', async () => {
    const pilot = await openRound('low');
    await decideReview(core, caio, {
      reviewId: pilot.review.id,
      outcome: 'approved_for_pilot',
      rationale: 'Pilot on one unit',
      expectedVersion: 1,
    });
    const pilotHistory = (await getGovernanceState(core, pilot.system.id)).history;
    const toPilot = pilotHistory.find((h) => h.to === 'approved_for_pilot');
    expect(toPilot?.from).toBe('in_review');
    expect(toPilot?.decisionId).toBeTypeOf('string');
    const declined = await openRound('low');
    await decideReview(core, caio, {
      reviewId: declined.review.id,
      outcome: 'declined',
      rationale: 'No benefit shown',
      expectedVersion: 1,
    });
    expect((await getGovernanceState(core, declined.system.id)).state).toBe('declined');
  });

  it('lets exactly one of two racing decisions win; the other changes nothing', async () => {
    const { system, review } = await openRound('low');
    const results = await Promise.allSettled([
      decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'approved_for_pilot',
        rationale: 'A',
        expectedVersion: 1,
      }),
      decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'declined',
        rationale: 'B',
        expectedVersion: 1,
      }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const reason: unknown = lost[0]?.status === 'rejected' ? lost[0].reason : null;
    expect(isDomainError(reason, 'conflict')).toBe(true);
    const decisions = await core.db.selectFrom('governance_decisions').select('outcome').execute();
    expect(decisions).toHaveLength(1);
    const state = await getGovernanceState(core, system.id);
    expect(state.history.filter((h) => h.from === 'in_review')).toHaveLength(
      state.state === 'in_review' ? 0 : 1,
    );
    expect(state.state).toBe(decisions[0]?.outcome);
  });

  describe('pathways decided at a meeting', () => {
    async function meeting(options: { present: number; status?: string; quorum?: number }) {
      const id = randomUUID();
      const at = '2026-03-05T15:00:00.000Z';
      await core.db
        .insertInto('committee_meetings')
        .values({
          id,
          title: 'AI committee, March',
          starts_at: at,
          ends_at: at,
          location: 'Board room',
          status: options.status ?? 'held',
          quorum: options.quorum ?? 3,
          minutes: null,
          created_by_id: null,
          created_at: at,
          updated_at: at,
          version: 1,
        })
        .execute();
      for (let i = 0; i < options.present; i += 1) {
        const member = await makeUser(core, { roles: ['committee_member'] });
        await core.db
          .insertInto('meeting_attendance')
          .values({ meeting_id: id, user_id: member.id, status: 'present', recorded_at: at })
          .execute();
      }
      return id;
    }
    async function agendaItem(meetingId: string, reviewId: string) {
      const id = randomUUID();
      await core.db
        .insertInto('meeting_agenda_items')
        .values({
          id,
          meeting_id: meetingId,
          position: 1,
          title: 'Sepsis watch',
          review_id: reviewId,
          notes: null,
          decision_id: null,
        })
        .execute();
      return id;
    }
    async function fullRound() {
      const { system, review } = await openRound('high');
      await seatAndSubmit(review.id, await reviewer('clinical', 'Dr. Miguel Santos'), 'clinical');
      await seatAndSubmit(review.id, await reviewer('ethics_equity', 'Grace Liu'), 'ethics_equity');
      await seatAndSubmit(review.id, await reviewer('it_security', 'Tom Becker'), 'it_security');
      return { system, review };
    }

    it('needs a meeting for a full review', async () => {
      const { review } = await fullRound();
      const error = await caught(
        decideReview(core, caio, {
          reviewId: review.id,
          outcome: 'approved',
          rationale: 'ok',
          expectedVersion: 1,
        }),
      );
      expect(gatePaths(error)).toEqual(['gate.meeting']);
    });

    it('refuses a cancelled or inquorate meeting', async () => {
      const { review } = await fullRound();
      const cancelled = await meeting({ present: 1, status: 'cancelled' });
      const error = await caught(
        decideReview(core, caio, {
          reviewId: review.id,
          outcome: 'approved',
          rationale: 'ok',
          expectedVersion: 1,
          meetingId: cancelled,
          agendaItemId: await agendaItem(cancelled, review.id),
        }),
      );
      expect(gatePaths(error)).toEqual(['gate.meeting', 'gate.meeting_quorum']);
    });

    it('records the decision against the agenda item of a quorate meeting', async () => {
      const { review } = await fullRound();
      const held = await meeting({ present: 3 });
      const item = await agendaItem(held, review.id);
      const decision = await decideReview(core, caio, {
        reviewId: review.id,
        outcome: 'approved',
        rationale: 'ok',
        expectedVersion: 1,
        meetingId: held,
        agendaItemId: item,
      });
      expect(decision).toMatchObject({
        meetingId: held,
        agendaItemId: item,
        nextReviewDue: '2026-09-02',
      });
      expect(decision.letterText).toContain('at AI committee, March (2026-03-05)');
      const linked = await core.db
        .selectFrom('meeting_agenda_items')
        .select('decision_id')
        .where('id', '=', item)
        .executeTakeFirst();
      expect(linked?.decision_id).toBe(decision.id);
    });

    it('refuses an agenda item that is about another review', async () => {
      const { review } = await fullRound();
      const other = await openRound('low');
      const held = await meeting({ present: 3 });
      const error = await caught(
        decideReview(core, caio, {
          reviewId: review.id,
          outcome: 'approved',
          rationale: 'ok',
          expectedVersion: 1,
          meetingId: held,
          agendaItemId: await agendaItem(held, other.review.id),
        }),
      );
      expect(isDomainError(error, 'validation_failed') && gatePaths(error)).toEqual([
        'body.agendaItemId',
      ]);
    });
  });
});
