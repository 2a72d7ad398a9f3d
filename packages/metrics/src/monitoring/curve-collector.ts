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

/** Where addTieBlockToCurves reads the block's score and its logit. */
export const BLOCK_SCORE = 0;
export const BLOCK_LOGIT = 1;

/**
 * Add a tie block of curve population `c`: its score and logit are `block[BLOCK_SCORE]` and
 * `block[BLOCK_LOGIT]`, its cumulative positives and negatives with score ≥ that score (this block
 * included) are `sums[at]` and `sums[at + 1]`. Doubles travel in typed arrays because the tie-block
 * pass may call this without inlining it, and a double passed as an argument is boxed on the heap:
 * hundreds of thousands of blocks made tens of megabytes of garbage.
 */
export function addTieBlockToCurves(
  collector: CurveCollector,
  c: number,
  block: Float64Array,
  pos: number,
  neg: number,
  sums: Float64Array,
  at: number,
): void {
  const score = block[BLOCK_SCORE] as number;
  addTieBlockToReliability(collector.reliability, c, score, pos, neg);
  pushWeightedPoint(collector.points[c] as WeightedPoints, block[BLOCK_LOGIT] as number, pos, neg);
  offerCurvePoint(
    collector.samplers[c] as CurveSampler,
    score,
    sums[at] as number,
    sums[at + 1] as number,
  );
}

export { clippedLogit };
