/**
 * The monitoring report: the JSON document Vigil stores and renders. Keys and nesting mirror
 * the reference implementation (shared/monitoring/anchors/anchor_report.py) for every figure it
 * computes; Vigil's additions are `null_reasons`, `curves`, `alerts`, `input.ingestion`,
 * `input.left_out` and a few explicit counts. A figure that cannot be computed is `null`, and its
 * key appears in the enclosing block's `null_reasons` with the reason; numbers are never NaN/Infinity.
 */
import type { IngestionSummary } from './prediction-columns';
import type { ScoreKind, WindowGranularity } from './report-options';

/** Figure key (e.g. 'auroc', 'at_threshold.ppv') → why it is null. */
export type NullReasons = Record<string, string>;

/** [low, high] of a 95 % interval; both null when undefined. */
export type Interval = [number | null, number | null];

export interface AtThreshold {
  threshold: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  sensitivity: number | null;
  sensitivity_ci: Interval;
  specificity: number | null;
  specificity_ci: Interval;
  ppv: number | null;
  ppv_ci: Interval;
  npv: number | null;
  npv_ci: Interval;
  fpr: number | null;
  flag_rate: number | null;
}

export interface ReliabilityBin {
  bin: number;
  lower: number;
  upper: number;
  n: number;
  mean_score: number | null;
  observed_rate: number | null;
}

export interface CalibrationBlock {
  citl_logit_intercept: number | null;
  slope: number | null;
  intercept: number | null;
  ece_10_equal_width: number;
  reliability_10_equal_width: ReliabilityBin[];
}

/** Curve points for plotting, downsampled (≤ ~200 points), endpoints kept, threshold descending. */
export interface CurvePoints {
  roc: { fpr: number[]; tpr: number[]; threshold: (number | null)[] };
  pr: { recall: number[]; precision: number[]; threshold: number[] };
}

/** Label-based metrics for one population (labeled rows only). */
export interface PerformanceBlock {
  n_labeled: number;
  n_pos: number;
  prevalence: number | null;
  mean_score: number | null;
  observed_over_expected: number | null;
  citl_difference: number | null;
  brier: number | null;
  brier_scaled: number | null;
  auroc: number | null;
  auroc_se_delong: number | null;
  auroc_ci_delong: Interval;
  auprc_ap: number | null;
  at_threshold: AtThreshold;
  null_reasons: NullReasons;
}

/** Performance block with calibration and curves (overall and each period). */
export interface CurvePerformanceBlock extends PerformanceBlock {
  calibration: CalibrationBlock | null;
  curves: CurvePoints | null;
}

export interface OverallBlock extends CurvePerformanceBlock {
  /** Flag rate over all scored rows (labeled or not). */
  flag_rate_all_rows: number | null;
}

export interface VsReference {
  tpr_difference: number | null;
  fpr_difference: number | null;
  tpr_ratio: number | null;
  fpr_ratio: number | null;
  ppv_ratio: number | null;
  flag_rate_ratio: number | null;
  auroc_difference: number | null;
  /** Ratio keys outside the fairness bounds, sorted. */
  out_of_bounds: string[];
}

export interface CensoredGroup {
  group: string;
  n_labeled: number;
  censored: true;
}

export interface GroupBlock extends PerformanceBlock {
  group: string;
  censored: false;
  vs_reference: VsReference;
}

export interface FairnessSummary {
  reference_group: string | null;
  equal_opportunity_difference: number | null;
  predictive_equality_difference: number | null;
  equalized_odds_difference: number | null;
  demographic_parity_difference: number | null;
  demographic_parity_ratio: number | null;
  null_reasons: NullReasons;
}

export interface SubgroupAttribute {
  summary: FairnessSummary;
  /** Sorted by group name. */
  groups: (CensoredGroup | GroupBlock)[];
}

export type PsiBand = 'stable' | 'moderate' | 'major';

export interface NumericDrift {
  n_ref: number;
  n_cur: number;
  bin_edges: number[];
  ref_counts: number[];
  cur_counts: number[];
  psi: number | null;
  psi_band: PsiBand | null;
  js_distance: number | null;
  ks_statistic: number | null;
  ks_pvalue: number | null;
  wasserstein_norm: number | null;
  mean_ref: number | null;
  mean_cur: number | null;
  missing_rate_ref: number | null;
  missing_rate_cur: number | null;
  null_reasons: NullReasons;
}

export interface CategoricalDrift {
  categories: string[];
  ref_counts: number[];
  cur_counts: number[];
  psi: number | null;
  psi_band: PsiBand | null;
  js_distance: number | null;
  missing_rate_ref: number | null;
  missing_rate_cur: number | null;
  null_reasons: NullReasons;
}

export interface DriftSection {
  n_reference_rows: number;
  n_current_rows: number;
  numeric: Record<string, NumericDrift>;
  categorical: Record<string, CategoricalDrift>;
}

export interface WindowBlock extends PerformanceBlock {
  /** '2024-03' (month), '2024-W10' (ISO week) or '2024-Q1' (quarter). */
  window: string;
  start_ms: number;
  end_ms: number;
  n_rows: number;
  score_psi_vs_reference: number | null;
}

export interface TimeWindows {
  granularity: string;
  windows: WindowBlock[];
}

export interface Periods {
  reference: CurvePerformanceBlock;
  current: CurvePerformanceBlock;
}

export type AlertSeverity = 'warn' | 'alert';

export interface Alert {
  code:
    | 'psi_moderate'
    | 'psi_major'
    | 'js_distance_high'
    | 'fairness_ratio_out_of_bounds'
    | 'auroc_below_reference'
    | 'observed_over_expected_out_of_bounds';
  severity: AlertSeverity;
  message: string;
  /** Path of the figure in this report, e.g. 'drift.numeric.lactate.psi'. */
  figure_path: string;
  value: number;
  /** The bound crossed (for two-sided bounds, the one crossed). */
  threshold: number;
}

export type ReportSection = 'time_windows' | 'periods' | 'drift';

export interface ReportInput {
  rows: number;
  rows_with_label: number;
  rows_missing_label: number;
  rows_missing_score: number;
  rows_missing_time: number | null;
  ingestion: IngestionSummary;
  /** Sections not computed, with the reason (no time column, no split, ...). */
  left_out: { section: ReportSection; reason: string }[];
}

export interface ReportConfig {
  threshold: number;
  flag_rule: string;
  split: string | null;
  split_ms: number | null;
  /** Where the split came from: given by the user, or the start of the latest window. */
  split_source: 'explicit' | 'latest_window' | null;
  reference_period: string;
  current_period: string;
  score_kind: ScoreKind;
  window: WindowGranularity;
  psi_bins: number;
  psi_bin_edges: string;
  psi_epsilon: number;
  calibration_bins: number;
  min_group_n: number;
  fairness_ratio_bounds: [number, number];
  ci: string;
}

export interface MonitoringReport {
  spec: string;
  input: ReportInput;
  config: ReportConfig;
  overall: OverallBlock;
  subgroups: Record<string, SubgroupAttribute>;
  drift: DriftSection | null;
  periods: Periods | null;
  time_windows: TimeWindows | null;
  alerts: Alert[];
}
