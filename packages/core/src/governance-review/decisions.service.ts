import { randomUUID } from 'node:crypto';
import {
  type ConditionInput,
  type DecisionDto,
  type DecisionInput,
  decisionOutcomeLabels,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { GovernanceConditionsTable, GovernanceReviewsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { checkConditions, isApproval, meetingGaps, readinessGaps } from './decision.checks';
import { decisionLetter } from './decision.letter';
import { notifyDecision } from './decision.notify';
import * as dq from './decision.queries';
import { getDecisionIn, todayOf } from './decision.read';
import { readinessOf, tallyVotes } from './decision.tally';
import { transitionSystemIn } from './lifecycle.service';
import { seatOf, toAssignmentDto } from './review.mappers';
import * as q from './review.queries';
import { tierOfDetermination } from './review.tier';

export type DecideReviewInput = DecisionInput & { reviewId: string };

/**
 * Decides an open review: checks quorum (submitted, unconflicted recommendations), every
 * required discipline and, for pathways decided at meetings, a quorate meeting and its agenda
 * item; stores the votes, conditions and the decision letter; sets the re-review date for
 * approvals; moves the system (approved for pilot, declined) and tells the people concerned.
 * Of two racing decisions exactly one wins; the other gets a conflict and changes nothing.
 * @throws DomainError not_found, validation_failed, conflict (closed review or what is missing,
 * each named under `gate.`), version_conflict
 */
export async function decideReview(
  deps: CoreDeps,
  actor: Actor,
  input: DecideReviewInput,
): Promise<DecisionDto> {
  try {
    return await deps.db.transaction().execute((trx) => decideIn(trx, deps, actor, input));
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyDecided();
    throw error;
  }
}

async function decideIn(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  input: DecideReviewInput,
): Promise<DecisionDto> {
  const review = await q.lockReview(trx, deps.dialect, input.reviewId);
  if (!review) throw new DomainError('not_found', 'No review has this id');
  if (review.status !== 'open') throw alreadyDecided();
  if (Number(review.version) !== input.expectedVersion) {
    throw new DomainError(
      'version_conflict',
      `This review changed after you opened it (now at version ${review.version}); reload and try again`,
    );
  }
  const tier = await tierOfDetermination(trx, review.determination_id);
  if (!tier) throw new Error(`review ${review.id} names a missing tier determination`);
  const conditions: Required<ConditionInput>[] = (input.conditions ?? []).map((c) => ({
    ...c,
    gatesState: c.gatesState ?? 'deployed',
  }));
  const owners = await checkConditions(trx, input.outcome, conditions);
  const seats = await q.assignmentsOf(trx, [review.id]);
  const names = new Map(
    (
      await q.findPeople(
        trx,
        seats.map((s) => s.reviewer_id),
      )
    ).map((p) => [p.id, p.display_name]),
  );
  const votes = tallyVotes(
    seats.map((s) => seatOf(toAssignmentDto(s, names))),
    tier.pathwayRules,
  );
  const { gaps, meeting } = await meetingGaps(trx, review.id, tier.pathwayRules, input);
  const missing = [...readinessGaps(readinessOf(votes, tier.pathwayRules)), ...gaps];
  if (missing.length > 0) {
    throw new DomainError(
      'conflict',
      `This review cannot be decided yet: missing ${missing.map((m) => m.path.replace(/^gate\./, '')).join(', ')}`,
      { details: missing },
    );
  }
  const at = deps.clock.now();
  if (
    !(await q.closeReview(trx, review.id, Number(review.version), {
      status: 'decided',
      closedAt: at.toISOString(),
    }))
  )
    throw alreadyDecided();
  const systemName = (await q.findSystemName(trx, review.system_id)) ?? 'Unknown system';
  const [decider] = await q.findPeople(trx, actor.userId === null ? [] : [actor.userId]);
  const nextReviewDue = isApproval(input.outcome)
    ? addMonths(at, tier.consequences.reReviewMonths)
    : null;
  const decisionId = randomUUID();
  await dq.insertDecision(trx, {
    id: decisionId,
    review_id: review.id,
    system_id: review.system_id,
    outcome: input.outcome,
    rationale: input.rationale,
    votes_json: JSON.stringify(votes),
    letter_text: decisionLetter({
      systemName,
      round: Number(review.round),
      reason: review.reason,
      tier: tier.tier,
      pathway: tier.pathway,
      ruleSetVersion: tier.ruleSetVersion,
      outcome: input.outcome,
      rationale: input.rationale,
      conditions: conditions.map((c) => ({ ...c, ownerName: owners.get(c.ownerId) ?? '' })),
      votes,
      decidedBy: decider?.display_name ?? actor.label,
      decidedOn: at.toISOString().slice(0, 10),
      meeting: meeting ? { title: meeting.title, startsAt: meeting.starts_at } : null,
      nextReviewDue,
    }),
    next_review_due: nextReviewDue,
    meeting_id: meeting?.id ?? null,
    agenda_item_id: meeting ? (input.agendaItemId ?? null) : null,
    decided_by_id: actor.userId,
    decided_by_label: actor.label,
    decided_at: at.toISOString(),
  });
  await dq.insertConditions(trx, conditionRows(decisionId, review, conditions, at));
  if (meeting && input.agendaItemId !== undefined) {
    if (!(await dq.linkAgendaDecision(trx, input.agendaItemId, decisionId))) throw alreadyDecided();
  }
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: 'governance_review.decided',
    entityType: 'governance_review',
    entityId: review.id,
    changes: {
      decisionId: { before: null, after: decisionId },
      outcome: { before: null, after: input.outcome },
      status: { before: 'open', after: 'decided' },
      conditions: { before: null, after: conditions.length },
      ...(meeting ? { meetingId: { before: null, after: meeting.id } } : {}),
    },
  });
  await moveSystem(trx, deps, actor, review, input.outcome, decisionId);
  await notifyDecision(trx, deps, actor, {
    review,
    systemName,
    decisionId,
    outcome: input.outcome,
  });
  return getDecisionIn(trx, decisionId, todayOf(deps));
}

async function moveSystem(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  review: GovernanceReviewsTable,
  outcome: DecisionInput['outcome'],
  decisionId: string,
): Promise<void> {
  if (outcome !== 'approved_for_pilot' && outcome !== 'declined') return;
  await transitionSystemIn(trx, deps, actor, {
    systemId: review.system_id,
    to: outcome,
    reason: `Review round ${review.round} decided: ${decisionOutcomeLabels[outcome]}`,
    decisionId,
  });
}

function conditionRows(
  decisionId: string,
  review: GovernanceReviewsTable,
  conditions: readonly Required<ConditionInput>[],
  at: Date,
): GovernanceConditionsTable[] {
  return conditions.map((c) => ({
    id: randomUUID(),
    decision_id: decisionId,
    system_id: review.system_id,
    description: c.description,
    owner_id: c.ownerId,
    due_date: c.dueDate,
    gates_state: c.gatesState,
    status: 'open',
    resolution_note: null,
    resolved_by_id: null,
    resolved_by_label: null,
    resolved_at: null,
    created_at: at.toISOString(),
    version: 1,
  }));
}

/** The calendar day `months` after `at` (UTC), clamped to the month's last day. */
export function addMonths(at: Date, months: number): string {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(at.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

function alreadyDecided(): DomainError {
  return new DomainError('conflict', 'This review has already been decided', {
    details: [{ path: 'gate.review_open', message: 'the review is decided or withdrawn' }],
  });
}
