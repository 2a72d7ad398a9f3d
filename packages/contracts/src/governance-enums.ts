import { z } from 'zod';

// The closed vocabularies of governance (docs: domain reference §5.1 ABCDS, §5.5 risk tiering),
// each with the label the web app shows.

/** Risk tier of an AI system: tier 1 (high) to tier 3 (low). */
export const riskTiers = ['high', 'moderate', 'low'] as const;
export const riskTier = z.enum(riskTiers);
export type RiskTier = z.infer<typeof riskTier>;
export const riskTierLabels: Record<RiskTier, string> = {
  high: 'Tier 1 (high risk)',
  moderate: 'Tier 2 (moderate risk)',
  low: 'Tier 3 (low risk)',
};

/** Review pathway a tier leads to (Duke ABCDS). */
export const reviewPathways = ['full', 'fast_track', 'registration_only'] as const;
export const reviewPathway = z.enum(reviewPathways);
export type ReviewPathway = z.infer<typeof reviewPathway>;
export const reviewPathwayLabels: Record<ReviewPathway, string> = {
  full: 'Full committee review',
  fast_track: 'Fast-track review',
  registration_only: 'Registration only',
};

/** What a staff member is telling the office: a new idea, or AI already in use. */
export const intakeKinds = ['proposal', 'existing_use'] as const;
export const intakeKind = z.enum(intakeKinds);
export type IntakeKind = z.infer<typeof intakeKind>;
export const intakeKindLabels: Record<IntakeKind, string> = {
  proposal: 'Proposal for a new AI use',
  existing_use: 'AI already in use',
};

/**
 * Where an intake stands: submitted (waiting for triage), needs_info (the office asked the
 * submitter a question), accepted (linked to a portfolio system and on its way through review),
 * closed (not taken further, with a reason).
 */
export const intakeStatuses = ['submitted', 'needs_info', 'accepted', 'closed'] as const;
export const intakeStatus = z.enum(intakeStatuses);
export type IntakeStatus = z.infer<typeof intakeStatus>;
export const intakeStatusLabels: Record<IntakeStatus, string> = {
  submitted: 'Waiting for triage',
  needs_info: 'Question for the submitter',
  accepted: 'Accepted for review',
  closed: 'Closed',
};

/** How much the AI acts on its own, in plain words for the intake form. */
export const intakeAutonomies = [
  'informs',
  'recommends',
  'acts_with_review',
  'acts_without_review',
  'unknown',
] as const;
export const intakeAutonomy = z.enum(intakeAutonomies);
export type IntakeAutonomy = z.infer<typeof intakeAutonomy>;
export const intakeAutonomyLabels: Record<IntakeAutonomy, string> = {
  informs: 'It only shows information',
  recommends: 'It recommends what to do',
  acts_with_review: 'It acts, and a person checks before it takes effect',
  acts_without_review: 'It acts on its own',
  unknown: 'Not sure',
};

export const reviewStatuses = ['open', 'decided', 'withdrawn'] as const;
export const reviewStatus = z.enum(reviewStatuses);
export type ReviewStatus = z.infer<typeof reviewStatus>;
export const reviewStatusLabels: Record<ReviewStatus, string> = {
  open: 'Open',
  decided: 'Decided',
  withdrawn: 'Withdrawn',
};

/** A reviewer's recommendation and the committee's decision share one vocabulary (ABCDS outcomes). */
export const decisionOutcomes = [
  'approved',
  'approved_with_conditions',
  'approved_for_pilot',
  're_review',
  'declined',
] as const;
export const decisionOutcome = z.enum(decisionOutcomes);
export type DecisionOutcome = z.infer<typeof decisionOutcome>;
export const decisionOutcomeLabels: Record<DecisionOutcome, string> = {
  approved: 'Approve',
  approved_with_conditions: 'Approve with conditions',
  approved_for_pilot: 'Approve for pilot',
  re_review: 'Re-review',
  declined: 'Decline',
};

export const conditionStatuses = ['open', 'met', 'waived'] as const;
export const conditionStatus = z.enum(conditionStatuses);
export type ConditionStatus = z.infer<typeof conditionStatus>;
export const conditionStatusLabels: Record<ConditionStatus, string> = {
  open: 'Open',
  met: 'Met',
  waived: 'Waived',
};

export const meetingStatuses = ['scheduled', 'held', 'cancelled'] as const;
export const meetingStatus = z.enum(meetingStatuses);
export type MeetingStatus = z.infer<typeof meetingStatus>;
export const meetingStatusLabels: Record<MeetingStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  cancelled: 'Cancelled',
};

export const attendanceStatuses = ['present', 'absent', 'excused'] as const;
export const attendanceStatus = z.enum(attendanceStatuses);
export type AttendanceStatus = z.infer<typeof attendanceStatus>;

/** Evidence a tier may require before a system goes live (rule-set consequences name these). */
export const governanceArtefacts = [
  'intended_use',
  'named_owners',
  'model_card',
  'hti1_source_attributes',
  'local_validation',
  'silent_evaluation',
  'risk_management_plan',
] as const;
export const governanceArtefact = z.enum(governanceArtefacts);
export type GovernanceArtefact = z.infer<typeof governanceArtefact>;
export const governanceArtefactLabels: Record<GovernanceArtefact, string> = {
  intended_use: 'Intended use stated',
  named_owners: 'Clinical and technical owners named',
  model_card: 'Model card on file',
  hti1_source_attributes: 'All HTI-1 source attributes present',
  local_validation: 'Local validation report attached',
  silent_evaluation: 'Silent (shadow) evaluation report attached',
  risk_management_plan: 'Risk management plan attached',
};

/** The kinds of documents that count as artefacts when attached to a system. */
export const artefactDocumentKinds = [
  'local_validation',
  'silent_evaluation',
  'risk_management_plan',
] as const satisfies readonly GovernanceArtefact[];

/** What a notification is about; the inbox filters by it. */
export const notificationKinds = [
  'intake_submitted',
  'intake_question',
  'intake_answer',
  'intake_status',
  'review_assigned',
  'review_submitted',
  'decision_recorded',
  'condition_assigned',
  'condition_due',
  'condition_overdue',
  'condition_resolved',
  're_review_due',
  'meeting_scheduled',
  'lifecycle_changed',
  'assessment_assigned',
] as const;
export const notificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof notificationKind>;
