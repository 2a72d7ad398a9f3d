/** Number of equal-width reliability bins (spec §2). */
export const RELIABILITY_BINS = 10;

/**
 * Per-population reliability bins (bin = min(⌊score·10⌋, 9)): row count, Σscore and Σlabel.
 * Only meaningful for scores in [0,1]; other values are clamped into the end bins.
 */
export interface ReliabilityAccumulator {
  binCount: Float64Array;
  binSumScore: Float64Array;
  binSumLabel: Float64Array;
}

/** Allocate zeroed bins for `populationCount` populations. */
export function createReliabilityAccumulator(populationCount: number): ReliabilityAccumulator {
  const size = populationCount * RELIABILITY_BINS;
  return {
    binCount: new Float64Array(size),
    binSumScore: new Float64Array(size),
    binSumLabel: new Float64Array(size),
  };
}

/** Reliability bin of a probability: [k/10, (k+1)/10), the last bin closed at 1. */
export function reliabilityBin(score: number): number {
  return Math.min(Math.max(Math.floor(score * RELIABILITY_BINS), 0), RELIABILITY_BINS - 1);
}

/** Add a tie block (pos positives, neg negatives at `score`) of population `index`. */
export function addTieBlockToReliability(
  acc: ReliabilityAccumulator,
  index: number,
  score: number,
  pos: number,
  neg: number,
): void {
  const rows = pos + neg;
  const bin = index * RELIABILITY_BINS + reliabilityBin(score);
  acc.binCount[bin] = (acc.binCount[bin] as number) + rows;
  acc.binSumScore[bin] = (acc.binSumScore[bin] as number) + score * rows;
  acc.binSumLabel[bin] = (acc.binSumLabel[bin] as number) + pos;
}
