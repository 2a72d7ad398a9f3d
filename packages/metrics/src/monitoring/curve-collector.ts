import type { RecalibrationFit } from '../calibration/logistic-recalibration';
import {
  addTieBlockToReliability,
  createReliabilityAccumulator,
  type ReliabilityAccumulator,
} from '../calibration/reliability-accumulator';
import {
  clippedLogit,
  createWeightedPoints,
  pushWeightedPoint,
  type WeightedPoints,
} from '../calibration/weighted-points';
import {
  createCurveSampler,
  offerCurvePoint,
  type CurveSampler,
} from '../classification/curve-points';

/**
 * Extra per-block state for the populations that get calibration and curves (overall, periods):
 * reliability bins, distinct-score points for the recalibration fits, and ROC/PR samplers.
 */
export interface CurveCollector {
  reliability: ReliabilityAccumulator;
  points: WeightedPoints[];
  samplers: CurveSampler[];
  /** Recalibration fits made by the thread that counted the curve (undefined: not fitted yet). */
  fits: (RecalibrationFit | undefined)[];
}

/** One collector entry per curve population, with its labeled totals (for curve sampling). */
export function createCurveCollector(
  totalPos: Float64Array,
  totalNeg: Float64Array,
  count: number,
  capacity: number,
): CurveCollector {
  const indices = Array.from({ length: count }, (_, c) => c);
  return {
    reliability: createReliabilityAccumulator(count),
    points: indices.map(() => createWeightedPoints(capacity)),
    samplers: indices.map((c) => createCurveSampler(totalPos[c] ?? 0, totalNeg[c] ?? 0)),
    fits: indices.map(() => undefined),
  };
}

/**
 * Add a tie block of curve population `c`; tpAfter/fpAfter are its cumulative positives and
 * negatives with score ≥ `score` (including this block). `logit` is the block score's logit.
 */
export function addTieBlockToCurves(
  collector: CurveCollector,
  c: number,
  score: number,
  logit: number,
  pos: number,
  neg: number,
  tpAfter: number,
  fpAfter: number,
): void {
  addTieBlockToReliability(collector.reliability, c, score, pos, neg);
  pushWeightedPoint(collector.points[c] as WeightedPoints, logit, pos, neg);
  offerCurvePoint(collector.samplers[c] as CurveSampler, score, tpAfter, fpAfter);
}

export { clippedLogit };
