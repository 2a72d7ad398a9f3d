import {
  aiSystemSourceLabels,
  aiSystemSources,
  type IntakeKind,
  type IntakeStatus,
  intakeAutonomies,
  intakeAutonomyLabels,
  intakeKindLabels,
  intakeKinds,
  intakeStatuses,
  intakeStatusLabels,
  riskTierLabels,
  riskTiers,
  type RiskTier,
} from '@vigil/contracts';

/** How a submitter reads their intake's status: plain words, no office jargon. */
export const submitterStatusLabels: Record<IntakeStatus, string> = {
  submitted: 'With the AI office',
  needs_info: 'Question for you',
  accepted: 'Accepted for review',
  closed: 'Closed',
};

export const statusColors: Record<IntakeStatus, string> = {
  submitted: 'blue',
  needs_info: 'orange',
  accepted: 'green',
  closed: 'gray',
};

export const tierColors: Record<RiskTier, string> = {
  high: 'red',
  moderate: 'orange',
  low: 'teal',
};

/** The two kinds of intake, as the person reporting thinks of them. */
export const plainKindLabels: Record<IntakeKind, string> = {
  proposal: 'I have an idea for using AI',
  existing_use: 'AI is already being used',
};

export const plainSourceLabels = {
  vendor: 'A company (a vendor)',
  in_house: 'Built by our own staff',
  open_source: 'Free, open-source software',
} as const;

export const statusOptions = intakeStatuses.map((value) => ({
  value,
  label: intakeStatusLabels[value],
}));
export const kindOptions = intakeKinds.map((value) => ({ value, label: intakeKindLabels[value] }));
export const autonomyOptions = intakeAutonomies.map((value) => ({
  value,
  label: intakeAutonomyLabels[value],
}));
export const sourceOptions = aiSystemSources.map((value) => ({
  value,
  label: aiSystemSourceLabels[value],
}));
export const tierOptions = riskTiers.map((value) => ({ value, label: riskTierLabels[value] }));

/** Whole days between an ISO time and now. */
export function ageInDays(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 86_400_000));
}
