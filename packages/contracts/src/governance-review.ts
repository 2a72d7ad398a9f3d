import { z } from 'zod';
import { id, isoTimestamp, limits } from './common';
import {
  conditionStatus,
  decisionOutcome,
  governanceArtefact,
  reviewPathway,
  reviewStatus,
  riskTier,
} from './governance-enums';
import { pathwayRules } from './governance-rules';
import { lifecycleState } from './portfolio-enums';
import { discipline } from './roles';

// Review rounds, reviewer assignments, decisions with their letters, conditions and the
// lifecycle state machine of a system (issue #4 items 3 and 4).

export const reviewLimits = {
  reasonMaxLength: 2000,
  textMaxLength: 20_000,
  noteMaxLength: 4000,
  proposedConditionsMax: 20,
  conditionsMax: 30,
  conditionMaxLength: 1000,
} as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const optionalText = (max: number) => z.string().trim().max(max);

/** A calendar day, YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'must be a real date');

/** The lifecycle states a condition may gate: the system cannot enter them while it is open. */
export const conditionGateStates = ['deployed', 'monitored'] as const;
export const conditionGateState = z.enum(conditionGateStates);
export type ConditionGateState = z.infer<typeof conditionGateState>;

/** Where a reviewer stands on a review. */
export const assignmentStatuses = ['assigned', 'draft', 'submitted', 'conflicted'] as const;
export const assignmentStatus = z.enum(assignmentStatuses);
export type AssignmentStatus = z.infer<typeof assignmentStatus>;
export const assignmentStatusLabels: Record<AssignmentStatus, string> = {
  assigned: 'Not started',
  draft: 'In progress',
  submitted: 'Submitted',
  conflicted: 'Conflict declared',
};

export const personRef = z.object({ id: z.string().nullable(), name: z.string() });
export type PersonRef = z.infer<typeof personRef>;

export const assignmentDto = z.object({
  id,
  reviewId: id,
  reviewerId: id,
  reviewerName: z.string(),
  discipline,
  assignedAt: isoTimestamp,
  status: assignmentStatus,
  conflictDeclared: z.boolean(),
  conflictNote: z.string().nullable(),
  findings: z.string().nullable(),
  concerns: z.string().nullable(),
  proposedConditions: z.array(z.string()),
  recommendation: decisionOutcome.nullable(),
  submittedAt: isoTimestamp.nullable(),
  version: z.number().int(),
});
export type AssignmentDto = z.infer<typeof assignmentDto>;

/** Whether a review may be decided: quorum of eligible recommendations and every discipline covered. */
export const reviewReadiness = z.object({
  quorum: z.number().int(),
  eligibleRecommendations: z.number().int(),
  quorumMet: z.boolean(),
  requiredDisciplines: z.array(discipline),
  missingDisciplines: z.array(discipline),
  decidedAtMeeting: z.boolean(),
  ready: z.boolean(),
});
export type ReviewReadiness = z.infer<typeof reviewReadiness>;

export const reviewDto = z.object({
  id,
  systemId: id,
  systemName: z.string(),
  intakeId: id.nullable(),
  round: z.number().int(),
  reason: z.string(),
  tier: riskTier,
  pathway: reviewPathway,
  determinationId: id,
  ruleSetVersion: z.number().int(),
  pathwayRules,
  status: reviewStatus,
  openedBy: personRef,
  openedAt: isoTimestamp,
  dueAt: isoTimestamp.nullable(),
  closedAt: isoTimestamp.nullable(),
  version: z.number().int(),
  assignments: z.array(assignmentDto),
  readiness: reviewReadiness,
  decisionId: id.nullable(),
});
export type ReviewDto = z.infer<typeof reviewDto>;

export const reviewSummaryDto = reviewDto.omit({ assignments: true, pathwayRules: true });
export type ReviewSummaryDto = z.infer<typeof reviewSummaryDto>;

export const reviewListQuery = z
  .object({ status: reviewStatus.optional(), systemId: id.optional() })
  .strict();
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

/** One of my seats on a review, for "My reviews". */
export const myReviewDto = z.object({
  assignment: assignmentDto,
  review: reviewSummaryDto,
});
export type MyReviewDto = z.infer<typeof myReviewDto>;

export const reviewOpenInput = z
  .object({
    systemId: id,
    reason: text(reviewLimits.reasonMaxLength),
    intakeId: id.optional(),
  })
  .strict();
export type ReviewOpenInput = z.infer<typeof reviewOpenInput>;

export const assignmentCreateInput = z.object({ reviewerId: id, discipline }).strict();
export type AssignmentCreateInput = z.infer<typeof assignmentCreateInput>;

export const assignmentParams = z.object({ id, assignmentId: id }).strict();

/** A person who may sit on reviews: a committee member or the CAIO, with their disciplines. */
export const reviewerCandidateDto = z.object({
  id,
  displayName: z.string(),
  email: z.string(),
  disciplines: z.array(discipline),
});
export type ReviewerCandidateDto = z.infer<typeof reviewerCandidateDto>;
export const reviewerCandidateQuery = z.object({ discipline: discipline.optional() }).strict();

export const conflictDeclareInput = z
  .object({
    note: text(reviewLimits.noteMaxLength).describe('What the conflict of interest is'),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type ConflictDeclareInput = z.infer<typeof conflictDeclareInput>;

export const assignmentRecordInput = z
  .object({
    findings: optionalText(reviewLimits.textMaxLength).nullable(),
    concerns: optionalText(reviewLimits.textMaxLength).nullable(),
    proposedConditions: z
      .array(text(reviewLimits.conditionMaxLength))
      .max(reviewLimits.proposedConditionsMax),
    recommendation: decisionOutcome.nullable(),
    submit: z
      .boolean()
      .describe('True to submit the review (findings and a recommendation needed)'),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type AssignmentRecordInput = z.infer<typeof assignmentRecordInput>;

export const conditionInput = z
  .object({
    description: text(reviewLimits.conditionMaxLength),
    ownerId: id,
    dueDate: isoDate,
    gatesState: conditionGateState.default('deployed'),
  })
  .strict();
export type ConditionInput = z.infer<typeof conditionInput>;

export const decisionInput = z
  .object({
    outcome: decisionOutcome,
    rationale: text(reviewLimits.textMaxLength),
    conditions: z.array(conditionInput).max(reviewLimits.conditionsMax).default([]),
    meetingId: id.optional(),
    agendaItemId: id.optional(),
    expectedVersion: z.number().int().min(1).describe('The review version the decider saw'),
  })
  .strict();
export type DecisionInput = z.input<typeof decisionInput>;

export const voteDto = z.object({
  reviewerId: id,
  name: z.string(),
  discipline,
  recommendation: decisionOutcome.nullable(),
  excludedBecause: z.enum(['conflict', 'not_submitted']).nullable(),
});
export type VoteDto = z.infer<typeof voteDto>;

/** The votes as stored with a decision: counts per outcome over eligible reviewers. */
export const votesTally = z.object({
  byOutcome: z.record(decisionOutcome, z.number().int()),
  eligible: z.array(voteDto),
  excluded: z.array(voteDto),
  quorum: z.number().int(),
  requiredDisciplines: z.array(discipline),
});
export type VotesTally = z.infer<typeof votesTally>;

export const conditionDto = z.object({
  id,
  decisionId: id,
  systemId: id,
  systemName: z.string(),
  description: z.string(),
  owner: personRef,
  dueDate: isoDate,
  gatesState: conditionGateState,
  status: conditionStatus,
  isOverdue: z.boolean(),
  resolutionNote: z.string().nullable(),
  resolvedBy: personRef.nullable(),
  resolvedAt: isoTimestamp.nullable(),
  createdAt: isoTimestamp,
  version: z.number().int(),
});
export type ConditionDto = z.infer<typeof conditionDto>;

export const decisionDto = z.object({
  id,
  reviewId: id,
  systemId: id,
  systemName: z.string(),
  round: z.number().int(),
  tier: riskTier,
  pathway: reviewPathway,
  outcome: decisionOutcome,
  rationale: z.string(),
  votes: votesTally,
  letterText: z.string().describe('The decision letter as Markdown, fixed at decision time'),
  nextReviewDue: isoDate.nullable(),
  meetingId: id.nullable(),
  agendaItemId: id.nullable(),
  decidedBy: personRef,
  decidedAt: isoTimestamp,
  conditions: z.array(conditionDto),
});
export type DecisionDto = z.infer<typeof decisionDto>;

export const conditionListQuery = z
  .object({
    status: conditionStatus.optional(),
    ownerId: id.optional(),
    systemId: id.optional(),
    overdue: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional()
      .describe('Only open conditions past their due date (true), or only the others (false)'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(50),
  })
  .strict();
export type ConditionListQuery = z.input<typeof conditionListQuery>;

export const conditionMeetInput = z
  .object({
    note: text(reviewLimits.noteMaxLength).describe('How the condition was met'),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type ConditionMeetInput = z.infer<typeof conditionMeetInput>;

export const conditionWaiveInput = z
  .object({
    justification: text(reviewLimits.noteMaxLength),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type ConditionWaiveInput = z.infer<typeof conditionWaiveInput>;

/** One gate of a lifecycle transition and whether it is met now. */
export const gateDto = z.object({
  name: z.string().describe('e.g. decision, conditions.deployed, artefacts.model_card'),
  label: z.string(),
  met: z.boolean(),
  detail: z.string().nullable(),
});
export type GateDto = z.infer<typeof gateDto>;

export const allowedTransitionDto = z.object({
  to: lifecycleState,
  allowed: z.boolean(),
  /** Only through another action (opening a review, recording a decision), not directly. */
  via: z.enum(['transition', 'open_review', 'decision']),
  gates: z.array(gateDto),
});
export type AllowedTransitionDto = z.infer<typeof allowedTransitionDto>;

export const transitionDto = z.object({
  id,
  systemId: id,
  from: lifecycleState,
  to: lifecycleState,
  reason: z.string(),
  decisionId: id.nullable(),
  actor: personRef,
  at: isoTimestamp,
});
export type TransitionDto = z.infer<typeof transitionDto>;

export const transitionInput = z
  .object({
    to: lifecycleState,
    reason: text(reviewLimits.reasonMaxLength),
    expectedVersion: z.number().int().min(1).optional(),
  })
  .strict();
export type TransitionInput = z.infer<typeof transitionInput>;

export const determinationSummaryDto = z.object({
  determinationId: id,
  tier: riskTier,
  pathway: reviewPathway,
  ruleSetVersion: z.number().int(),
  requiredArtefacts: z.array(governanceArtefact),
  reReviewMonths: z.number().int(),
});
export type DeterminationSummaryDto = z.infer<typeof determinationSummaryDto>;

export const artefactStatusDto = z.object({
  artefact: governanceArtefact,
  present: z.boolean(),
  required: z.boolean(),
});

export const decisionSummaryDto = decisionDto.pick({
  id: true,
  reviewId: true,
  round: true,
  outcome: true,
  decidedAt: true,
  nextReviewDue: true,
  meetingId: true,
});
export type DecisionSummaryDto = z.infer<typeof decisionSummaryDto>;

/** Everything the review workspace shows about a system's governance. */
export const governanceStateDto = z.object({
  systemId: id,
  systemName: z.string(),
  state: lifecycleState,
  version: z.number().int(),
  clinicalOwner: personRef.nullable(),
  technicalOwner: personRef.nullable(),
  determination: determinationSummaryDto.nullable(),
  artefacts: z.array(artefactStatusDto),
  transitions: z.array(allowedTransitionDto),
  openReview: reviewDto.nullable(),
  reviews: z.array(reviewSummaryDto),
  decisions: z.array(decisionSummaryDto),
  conditions: z.array(conditionDto),
  history: z.array(transitionDto),
});
export type GovernanceStateDto = z.infer<typeof governanceStateDto>;
