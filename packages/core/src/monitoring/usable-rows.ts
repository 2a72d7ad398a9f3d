import type { IngestionSummary, PredictionColumns } from '@vigil/metrics';
import type { ColumnPlan } from './csv-columns';
import { MonitoringInputError } from './monitoring-input.error';

function labelColumnName(plan: ColumnPlan): string {
  return plan.names[plan.issueRoles.indexOf('label')] ?? 'label';
}

function problems(summary: IngestionSummary, role: 'score' | 'label'): string {
  const bad = summary.issues.filter((issue) => issue.role === role);
  if (bad.length === 0) return `every ${role} is empty`;
  return bad
    .map(
      (issue) =>
        `${issue.count} ${issue.kind.replaceAll('_', ' ')} (first on line ${issue.firstLines[0] ?? '?'})`,
    )
    .join(', ');
}

/**
 * Rejects a log that cannot produce a report: no row with a valid score, no row with both a score
 * and an outcome, or a single outcome value (no AUROC or calibration without both classes).
 * @throws MonitoringInputError no_usable_rows, no_labeled_rows, constant_label
 */
export function checkUsableRows(
  columns: PredictionColumns,
  summary: IngestionSummary,
  plan: ColumnPlan,
  positiveLabel: string | null,
): void {
  const scoreName = plan.names[plan.issueRoles.indexOf('score')] ?? 'score';
  if (columns.rowCount === 0) {
    throw new MonitoringInputError('no_usable_rows', 'The file has a header but no data rows.');
  }
  let scored = 0;
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < columns.rowCount; i++) {
    if (Number.isNaN(columns.score[i] ?? Number.NaN)) continue;
    scored++;
    const label = columns.label[i];
    if (label === 1) positives++;
    else if (label === 0) negatives++;
  }
  if (scored === 0) {
    throw new MonitoringInputError(
      'no_usable_rows',
      `No row has a usable score in column "${scoreName}": ${problems(summary, 'score')}.`,
      { column: scoreName },
    );
  }
  const labelName = labelColumnName(plan);
  if (positives + negatives === 0) {
    throw new MonitoringInputError(
      'no_labeled_rows',
      `No scored row has an outcome in column "${labelName}" (${problems(summary, 'label')}); ` +
        'outcomes must be 0/1, true/false or yes/no, or name the positive value of a text outcome.',
      { column: labelName },
    );
  }
  if (positives === 0 || negatives === 0) {
    const only = positives === 0 ? 0 : 1;
    const hint =
      positiveLabel !== null && positives === 0
        ? ` (the positive label "${positiveLabel}" never occurs)`
        : '';
    throw new MonitoringInputError(
      'constant_label',
      `Every labeled row has label ${only} in column "${labelName}"${hint}; AUROC and calibration need both outcomes.`,
      { column: labelName },
    );
  }
}
