import { PSI_EPSILON } from '../drift/psi';
import { PSI_BINS } from '../drift/quantile-edges';
import { sortRowsByScore } from '../order/score-order';
import { RELIABILITY_BINS } from '../calibration/reliability-accumulator';
import { formatUtcSeconds } from '../time/civil-date';
import { collectAlerts } from './alerts';
import { buildDriftSection, computeInputDrift, type InputDrift } from './drift-section';
import { FAIRNESS_RATIO_BOUNDS } from './fairness';
import { buildCurvePerformanceBlock } from './performance-block';
import type { IngestionSummary, PredictionColumns } from './prediction-columns';
import type { ReportOptions } from './report-options';
import type { MonitoringReport, ReportConfig } from './report.types';
import { createPayloadLayout, packRowPayload } from './row-payload';
import { runRowPass } from './row-pass';
import { createSlotLayout } from './slot-layout';
import { buildSubgroups } from './subgroups';
import { runTiePassSharing, type TiePassHelper } from './tie-pass-sharing';
import { planTime, type TimePlan } from './time-plan';
import { buildTimeWindows } from './windows-section';

/** Work that a caller with a second thread can take off the report's thread. */
export interface ReportHelpers {
  /**
   * {@link computeInputDrift}'s result, computed elsewhere while the report does the rest; asked
   * once, when the drift section is built.
   */
  inputDrift?: () => InputDrift | null;
  /** Runs a share of the tie-block pass elsewhere (the report then sorts into shared memory). */
  tiePass?: TiePassHelper;
}

function buildConfig(options: ReportOptions, plan: TimePlan): ReportConfig {
  return {
    threshold: options.threshold,
    flag_rule: 'score >= threshold',
    split: plan.splitMs === null ? null : formatUtcSeconds(plan.splitMs),
    split_ms: plan.splitMs,
    split_source: plan.splitSource,
    reference_period: 'scored_at < split',
    current_period: 'scored_at >= split',
    score_kind: options.scoreKind,
    window: options.window,
    psi_bins: PSI_BINS,
    psi_bin_edges:
      'numpy linear quantiles of reference at 0.1..0.9, deduplicated; bins [e_i, e_i+1)',
    psi_epsilon: PSI_EPSILON,
    calibration_bins: RELIABILITY_BINS,
    min_group_n: options.minGroupN,
    fairness_ratio_bounds: [...FAIRNESS_RATIO_BOUNDS],
    ci: 'DeLong (AUROC), Wilson (proportions), 95%',
  };
}

/**
 * Compute the standard monitoring report (spec v1) from a columnar prediction log: populations,
 * discrimination, calibration, threshold metrics, subgroups and fairness, calendar windows,
 * reference vs current periods, drift, and alerts. Pure and deterministic: one sort of the scores,
 * then linear passes. Figures that cannot be computed are null with a reason (never NaN).
 * `helpers` let another thread take part of the work (see {@link ReportHelpers}); the report is
 * the same with or without them.
 */
export function buildMonitoringReport(
  columns: PredictionColumns,
  options: ReportOptions,
  ingestion: IngestionSummary,
  helpers: ReportHelpers = {},
): MonitoringReport {
  const plan = planTime(columns, options);
  const layout = createSlotLayout(columns, plan.windows.length, plan.hasPeriods);
  const rows = runRowPass(columns, plan.windows, plan.splitMs, options.threshold);
  const payloadLayout = createPayloadLayout(columns, plan.windows.length * 3);
  const sorted = sortRowsByScore(
    columns.score,
    packRowPayload(columns, rows.timeCode, payloadLayout),
    helpers.tiePass === undefined ? 'private' : 'shared',
  );
  const pass = runTiePassSharing(
    {
      sorted,
      layout,
      payloadLayout,
      totals: rows,
      threshold: options.threshold,
      fitCalibration: options.scoreKind === 'probability',
    },
    helpers.tiePass,
  );
  const kind = options.scoreKind;
  const overall = {
    ...buildCurvePerformanceBlock(pass, 0, 0, kind, options.threshold),
    flag_rate_all_rows: rows.scoredRows === 0 ? null : rows.flaggedScoredRows / rows.scoredRows,
  };
  if (overall.flag_rate_all_rows === null)
    overall.null_reasons['flag_rate_all_rows'] = 'no scored rows';
  const inputDrift = helpers.inputDrift ?? (() => computeInputDrift(columns, options));
  const inputs = plan.hasPeriods ? inputDrift() : null;
  const drift =
    inputs !== null && pass.scoreValues !== null
      ? buildDriftSection(rows, pass.scoreValues, inputs)
      : null;
  const report: MonitoringReport = {
    spec: 'monitoring-report v1 (Vigil)',
    input: {
      rows: columns.rowCount,
      rows_with_label: rows.rowsWithLabel,
      rows_missing_label: rows.rowsMissingLabel,
      rows_missing_score: rows.rowsMissingScore,
      rows_missing_time: rows.rowsMissingTime,
      ingestion,
      left_out: plan.leftOut,
    },
    config: buildConfig(options, plan),
    overall,
    subgroups: buildSubgroups(
      pass,
      columns.categorical,
      layout,
      options.minGroupN,
      kind,
      options.threshold,
    ),
    drift,
    periods: plan.hasPeriods
      ? {
          reference: buildCurvePerformanceBlock(
            pass,
            layout.periodBase,
            1,
            kind,
            options.threshold,
          ),
          current: buildCurvePerformanceBlock(
            pass,
            layout.periodBase + 1,
            2,
            kind,
            options.threshold,
          ),
        }
      : null,
    time_windows: plan.hasWindows
      ? buildTimeWindows(
          sorted,
          payloadLayout.time,
          plan.windows,
          layout,
          rows,
          pass,
          drift?.numeric['score'] ?? null,
          options,
        )
      : null,
    alerts: [],
  };
  report.alerts = collectAlerts(report);
  return report;
}
