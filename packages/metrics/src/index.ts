// Monitoring report: input columns, options, report shape, and the entry point.
export * from './monitoring/prediction-columns';
export * from './monitoring/report-options';
export type * from './monitoring/report.types';
export { buildMonitoringReport, type ReportHelpers } from './monitoring/build-monitoring-report';
export type { TiePassHelper, TiePassJob } from './monitoring/tie-pass-sharing';
export type { TieBlockPassResult } from './monitoring/tie-block-pass';
export { computeInputDrift, type InputDrift } from './monitoring/drift-section';
export { ALERT_THRESHOLDS } from './monitoring/alerts';
export { FAIRNESS_RATIO_BOUNDS } from './monitoring/fairness';
export {
  compareWithAnchor,
  toleranceFor,
  type AnchorComparisonOptions,
  type Disagreement,
} from './monitoring/anchor-agreement';

// Metric building blocks, usable on plain arrays.
export {
  computeBinaryDiscrimination,
  type BinaryDiscrimination,
} from './classification/binary-discrimination';
export { computeThresholdMetrics } from './classification/threshold';
export { wilsonInterval, Z95 } from './stats/wilson';
export {
  fitLogisticRecalibration,
  type RecalibrationFit,
} from './calibration/logistic-recalibration';
export {
  createWeightedPoints,
  pushWeightedPoint,
  clippedLogit,
  type WeightedPoints,
} from './calibration/weighted-points';
export { computePsi, psiBand, PSI_EPSILON } from './drift/psi';
export { computeJsDistance } from './drift/js-distance';
export { computeKsStatistic, computeKsPValue } from './drift/ks';
export { kolmogorovTwoSidedSf } from './drift/kolmogorov-distribution';
export { computeWassersteinNormed } from './drift/wasserstein';
export { referenceDecileEdges, binCounts, PSI_BINS } from './drift/quantile-edges';
export { valueCountsFromSorted, type ValueCounts } from './drift/value-counts';
export {
  enumerateWindows,
  windowLabel,
  windowStartMs,
  type CalendarWindow,
} from './time/calendar-windows';
export { daysFromCivil, civilFromDays, formatUtcSeconds } from './time/civil-date';
