import { fitLogisticRecalibration } from '../calibration/logistic-recalibration';
import { computeReliability } from '../calibration/reliability';
import type { WeightedPoints } from '../calibration/weighted-points';
import { F, readField } from '../classification/rank-accumulator';
import { finalizeAuroc } from '../classification/auroc';
import { finalizeAveragePrecision } from '../classification/average-precision';
import { finishCurvePoints, type CurveSampler } from '../classification/curve-points';
import { finalizeDelong } from '../classification/delong';
import { computeThresholdMetrics } from '../classification/threshold';
import { divideOrNull } from '../stats/divide';
import type { ScoreKind } from './report-options';
import type {
  CalibrationBlock,
  CurvePerformanceBlock,
  NullReasons,
  PerformanceBlock,
} from './report.types';
import type { TieBlockPassResult } from './tie-block-pass';

const NOT_PROBABILITY = 'not applicable: score kind is "score", not a probability';
const NO_LABELED = 'no labeled rows';
const ONE_CLASS = 'needs both positive and negative labeled rows';

/** All label-based figures of one population (slot) after the tie-block pass (spec §2). */
export function buildPerformanceBlock(
  pass: TieBlockPassResult,
  slot: number,
  scoreKind: ScoreKind,
  threshold: number,
): PerformanceBlock {
  const field = (f: number): number => readField(pass.ranks, slot, f);
  const m = field(F.posAbove);
  const n = field(F.negAbove);
  const total = m + n;
  const reasons: NullReasons = {};
  const isProbability = scoreKind === 'probability';
  const sumScore = field(F.sumScore);
  const sumSquaredError = field(F.sumScoreSquared) - 2 * field(F.sumScorePositive) + m;
  const prevalence = divideOrNull(m, total);
  const meanScore = divideOrNull(sumScore, total);
  const brier = isProbability ? divideOrNull(Math.max(0, sumSquaredError), total) : null;
  const hasBoth = m > 0 && n > 0;
  const auroc = hasBoth ? finalizeAuroc(pass.ranks, slot) : null;
  const delong = auroc === null ? null : finalizeDelong(pass.ranks, slot, auroc);
  const tp = field(F.flaggedPos);
  const fp = field(F.flaggedNeg);
  const block: PerformanceBlock = {
    n_labeled: total,
    n_pos: m,
    prevalence,
    mean_score: meanScore,
    observed_over_expected: isProbability && total > 0 ? divideOrNull(m, sumScore) : null,
    citl_difference:
      isProbability && prevalence !== null && meanScore !== null ? prevalence - meanScore : null,
    brier,
    brier_scaled:
      brier !== null && prevalence !== null && hasBoth
        ? 1 - brier / (prevalence * (1 - prevalence))
        : null,
    auroc,
    auroc_se_delong: delong === null ? null : delong.se,
    auroc_ci_delong: delong === null ? [null, null] : [delong.ciLow, delong.ciHigh],
    auprc_ap: hasBoth ? finalizeAveragePrecision(pass.ranks, slot) : null,
    at_threshold: computeThresholdMetrics(threshold, tp, fp, n - fp, m - tp),
    null_reasons: reasons,
  };
  explainNulls(block, reasons, isProbability);
  return block;
}

function explainNulls(block: PerformanceBlock, reasons: NullReasons, isProbability: boolean): void {
  const base = block.n_labeled === 0 ? NO_LABELED : ONE_CLASS;
  const probabilityOnly = [
    'observed_over_expected',
    'citl_difference',
    'brier',
    'brier_scaled',
  ] as const;
  for (const key of probabilityOnly) {
    if (block[key] === null) reasons[key] = isProbability ? base : NOT_PROBABILITY;
  }
  if (block.prevalence === null) reasons['prevalence'] = NO_LABELED;
  if (block.mean_score === null) reasons['mean_score'] = NO_LABELED;
  if (block.auroc === null) reasons['auroc'] = base;
  if (block.auprc_ap === null) reasons['auprc_ap'] = base;
  if (block.auroc_se_delong === null) {
    reasons['auroc_se_delong'] =
      block.auroc === null ? base : 'needs at least 2 positives and 2 negatives';
  }
  const at = block.at_threshold;
  const denominators: [keyof typeof at, string][] = [
    ['sensitivity', 'no positive labeled rows'],
    ['specificity', 'no negative labeled rows'],
    ['ppv', 'no flagged labeled rows'],
    ['npv', 'no unflagged labeled rows'],
    ['fpr', 'no negative labeled rows'],
    ['flag_rate', NO_LABELED],
  ];
  for (const [key, reason] of denominators)
    if (at[key] === null) reasons[`at_threshold.${key}`] = reason;
}

/** Performance block plus calibration fits, reliability bins and ROC/PR points (overall, periods). */
export function buildCurvePerformanceBlock(
  pass: TieBlockPassResult,
  slot: number,
  curveIndex: number,
  scoreKind: ScoreKind,
  threshold: number,
): CurvePerformanceBlock {
  const block = buildPerformanceBlock(pass, slot, scoreKind, threshold);
  const sampler = pass.curves.samplers[curveIndex] as CurveSampler;
  const hasBoth = block.n_pos > 0 && block.n_pos < block.n_labeled;
  const curves = hasBoth ? finishCurvePoints(sampler) : null;
  if (curves === null)
    block.null_reasons['curves'] = block.n_labeled === 0 ? NO_LABELED : ONE_CLASS;
  let calibration: CalibrationBlock | null = null;
  if (scoreKind !== 'probability') block.null_reasons['calibration'] = NOT_PROBABILITY;
  else if (!hasBoth)
    block.null_reasons['calibration'] = block.n_labeled === 0 ? NO_LABELED : ONE_CLASS;
  else
    calibration = buildCalibration(
      pass,
      curveIndex,
      pass.curves.points[curveIndex] as WeightedPoints,
      block,
    );
  return { ...block, calibration, curves };
}

function buildCalibration(
  pass: TieBlockPassResult,
  curveIndex: number,
  points: WeightedPoints,
  block: PerformanceBlock,
): CalibrationBlock {
  const fit = pass.curves.fits[curveIndex] ?? fitLogisticRecalibration(points);
  const { bins, ece } = computeReliability(pass.curves.reliability, curveIndex, block.n_labeled);
  if (fit.slope === null || fit.citlLogitIntercept === null) {
    block.null_reasons['calibration.slope'] =
      'logistic recalibration did not converge (separation?)';
  }
  return {
    citl_logit_intercept: fit.citlLogitIntercept,
    slope: fit.slope,
    intercept: fit.intercept,
    ece_10_equal_width: ece,
    reliability_10_equal_width: bins,
  };
}
