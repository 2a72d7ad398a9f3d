import {
  type DecisionOutcome,
  type GovernanceDashboardDto,
  decisionOutcomeLabels,
  decisionOutcomes,
  intakeStatusLabels,
  lifecycleStateLabels,
} from '@vigil/contracts';

export const outcomeColors: Record<DecisionOutcome, string> = {
  approved: 'green.8',
  approved_with_conditions: 'indigo.6',
  approved_for_pilot: 'cyan.7',
  re_review: 'orange.6',
  declined: 'red.8',
};

const monthFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  year: '2-digit',
  timeZone: 'UTC',
});

/** `2026-03` as a short month name, read in UTC like the server counts it. */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

export function pipelineData(d: GovernanceDashboardDto) {
  return d.pipeline.systemsByState.map((s) => ({
    label: lifecycleStateLabels[s.state],
    count: s.count,
  }));
}

export function intakeStatusData(d: GovernanceDashboardDto) {
  return d.pipeline.intakesByStatus.map((s) => ({
    label: intakeStatusLabels[s.status],
    count: s.count,
  }));
}

/** One row per month with a count per outcome, for a stacked bar chart. */
export function decisionMonthData(d: GovernanceDashboardDto) {
  return d.decisionsByMonth.map((m) => ({ month: monthLabel(m.month), ...m.byOutcome }));
}

export const outcomeSeries = decisionOutcomes.map((o) => ({
  name: o,
  label: decisionOutcomeLabels[o],
  color: outcomeColors[o],
}));

export function summaryOf(data: readonly { label: string; count: number }[]): string {
  return data.map((d) => `${d.label}: ${d.count}`).join('; ');
}
