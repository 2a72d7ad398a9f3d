import {
  type AssignmentDto,
  type AssignmentStatus,
  type ConditionDto,
  type DecisionDto,
  type PersonRef,
  type ReviewSummaryDto,
  type TransitionDto,
  conditionGateState,
  conditionStatus,
  decisionOutcome,
  discipline,
  lifecycleState,
  reviewPathway,
  reviewStatus,
  riskTier,
  votesTally,
} from '@vigil/contracts';
import { z } from 'zod';
import type {
  GovernanceConditionsTable,
  GovernanceDecisionsTable,
  GovernanceReviewsTable,
  LifecycleTransitionsTable,
  ReviewAssignmentsTable,
} from '../db/schema';
import type { Seat } from './decision.tally';

export type Names = ReadonlyMap<string, string>;

const stringList = z.array(z.string());

export function personOf(id: string | null, label: string, names?: Names): PersonRef {
  return { id, name: (id === null ? undefined : names?.get(id)) ?? label };
}

function assignmentStatusOf(row: ReviewAssignmentsTable): AssignmentStatus {
  if (Number(row.conflict_declared) === 1) return 'conflicted';
  if (row.submitted_at !== null) return 'submitted';
  const started =
    row.findings !== null ||
    row.concerns !== null ||
    row.recommendation !== null ||
    row.proposed_conditions_json !== '[]';
  return started ? 'draft' : 'assigned';
}

export function toAssignmentDto(row: ReviewAssignmentsTable, names: Names): AssignmentDto {
  return {
    id: row.id,
    reviewId: row.review_id,
    reviewerId: row.reviewer_id,
    reviewerName: names.get(row.reviewer_id) ?? 'Unknown user',
    discipline: discipline.parse(row.discipline),
    assignedAt: row.assigned_at,
    status: assignmentStatusOf(row),
    conflictDeclared: Number(row.conflict_declared) === 1,
    conflictNote: row.conflict_note,
    findings: row.findings,
    concerns: row.concerns,
    proposedConditions: stringList.parse(JSON.parse(row.proposed_conditions_json)),
    recommendation: row.recommendation === null ? null : decisionOutcome.parse(row.recommendation),
    submittedAt: row.submitted_at,
    version: Number(row.version),
  };
}

export function seatOf(a: AssignmentDto): Seat {
  return {
    reviewerId: a.reviewerId,
    name: a.reviewerName,
    discipline: a.discipline,
    conflictDeclared: a.conflictDeclared,
    submitted: a.submittedAt !== null,
    recommendation: a.recommendation,
  };
}

export function toReviewSummary(
  row: GovernanceReviewsTable,
  extra: {
    systemName: string;
    ruleSetVersion: number;
    readiness: ReviewSummaryDto['readiness'];
    decisionId: string | null;
    names?: Names;
  },
): ReviewSummaryDto {
  return {
    id: row.id,
    systemId: row.system_id,
    systemName: extra.systemName,
    intakeId: row.intake_id,
    round: Number(row.round),
    reason: row.reason,
    tier: riskTier.parse(row.tier),
    pathway: reviewPathway.parse(row.pathway),
    determinationId: row.determination_id,
    ruleSetVersion: extra.ruleSetVersion,
    status: reviewStatus.parse(row.status),
    openedBy: personOf(row.opened_by_id, row.opened_by_label, extra.names),
    openedAt: row.opened_at,
    dueAt: row.due_at,
    closedAt: row.closed_at,
    version: Number(row.version),
    readiness: extra.readiness,
    decisionId: extra.decisionId,
  };
}

export function isOverdue(row: GovernanceConditionsTable, today: string): boolean {
  return row.status === 'open' && row.due_date < today;
}

export function toConditionDto(
  row: GovernanceConditionsTable,
  ctx: { systemName: string; names: Names; today: string },
): ConditionDto {
  return {
    id: row.id,
    decisionId: row.decision_id,
    systemId: row.system_id,
    systemName: ctx.systemName,
    description: row.description,
    owner: personOf(row.owner_id, 'No owner', ctx.names),
    dueDate: row.due_date,
    gatesState: conditionGateState.parse(row.gates_state),
    status: conditionStatus.parse(row.status),
    isOverdue: isOverdue(row, ctx.today),
    resolutionNote: row.resolution_note,
    resolvedBy:
      row.resolved_at === null
        ? null
        : personOf(row.resolved_by_id, row.resolved_by_label ?? 'Unknown', ctx.names),
    resolvedAt: row.resolved_at,
    createdAt: row.created_at,
    version: Number(row.version),
  };
}

export function toDecisionDto(
  row: GovernanceDecisionsTable,
  ctx: {
    review: GovernanceReviewsTable;
    systemName: string;
    conditions: ConditionDto[];
    names: Names;
  },
): DecisionDto {
  return {
    id: row.id,
    reviewId: row.review_id,
    systemId: row.system_id,
    systemName: ctx.systemName,
    round: Number(ctx.review.round),
    tier: riskTier.parse(ctx.review.tier),
    pathway: reviewPathway.parse(ctx.review.pathway),
    outcome: decisionOutcome.parse(row.outcome),
    rationale: row.rationale,
    votes: votesTally.parse(JSON.parse(row.votes_json)),
    letterText: row.letter_text,
    nextReviewDue: row.next_review_due,
    meetingId: row.meeting_id,
    agendaItemId: row.agenda_item_id,
    decidedBy: personOf(row.decided_by_id, row.decided_by_label, ctx.names),
    decidedAt: row.decided_at,
    conditions: ctx.conditions,
  };
}

export function toTransitionDto(row: LifecycleTransitionsTable, names?: Names): TransitionDto {
  return {
    id: row.id,
    systemId: row.system_id,
    from: lifecycleState.parse(row.from_state),
    to: lifecycleState.parse(row.to_state),
    reason: row.reason,
    decisionId: row.decision_id,
    actor: personOf(row.actor_id, row.actor_label, names),
    at: row.at,
  };
}
