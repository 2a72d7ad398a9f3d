/**
 * Running sums of the label-based metrics for many populations ("slots") at once, fed with tie
 * blocks in DESCENDING score order (spec §5.2–3). A tie block of a slot is (pos, neg): its labeled
 * positives and negatives sharing one score. One flat Float64Array, STRIDE numbers per slot, so an
 * update touches one cache line and does no division except for average precision.
 */
export interface RankAccumulator {
  slotCount: number;
  sums: Float64Array;
}

/** Field offsets inside a slot's STRIDE numbers. */
export const F = {
  /** Positives / negatives in blocks already added (= totals once the pass is done). */
  posAbove: 0,
  negAbove: 1,
  /** Σ over positives of 2b, b = negatives above + ½ tied negatives (exact integer). */
  twiceB: 2,
  /** Σ over positives of (2b)². */
  twiceBSquared: 3,
  /** Σ over negatives of 2c, c = positives above + ½ tied positives (exact integer). */
  twiceC: 4,
  twiceCSquared: 5,
  /** Σ over blocks with positives of pos·TP/(TP+FP) at that threshold (average precision). */
  precisionWeighted: 6,
  /** Σ score·rows, Σ score²·rows, Σ score·positives (mean score, Brier). */
  sumScore: 7,
  sumScoreSquared: 8,
  sumScorePositive: 9,
  /** Positives / negatives with score ≥ threshold (set by snapshotFlagged). */
  flaggedPos: 10,
  flaggedNeg: 11,
} as const;
export const STRIDE = 12;

/** Allocate zeroed accumulators for `slotCount` populations. */
export function createRankAccumulator(slotCount: number): RankAccumulator {
  return { slotCount, sums: new Float64Array(slotCount * STRIDE) };
}

/** Read one field of one slot. */
export function readField(acc: RankAccumulator, slot: number, field: number): number {
  return acc.sums[slot * STRIDE + field] as number;
}

/**
 * Add one tie block (pos positives, neg negatives at `score`) of `slot`. Blocks must come in
 * strictly descending score order. Tie rule: a tied positive/negative pair counts ½ (Mann–Whitney).
 */
export function addTieBlockToRanks(
  acc: RankAccumulator,
  slot: number,
  score: number,
  pos: number,
  neg: number,
): void {
  const s = acc.sums;
  const o = slot * STRIDE;
  const posAbove = s[o] as number;
  const negAbove = s[o + 1] as number;
  if (pos > 0) {
    const twiceB = 2 * negAbove + neg;
    s[o + 2] = (s[o + 2] as number) + pos * twiceB;
    s[o + 3] = (s[o + 3] as number) + pos * twiceB * twiceB;
    const tp = posAbove + pos;
    s[o + 6] = (s[o + 6] as number) + (pos * tp) / (tp + negAbove + neg);
    s[o + 9] = (s[o + 9] as number) + score * pos;
  }
  if (neg > 0) {
    const twiceC = 2 * posAbove + pos;
    s[o + 4] = (s[o + 4] as number) + neg * twiceC;
    s[o + 5] = (s[o + 5] as number) + neg * twiceC * twiceC;
  }
  const rows = pos + neg;
  s[o] = posAbove + pos;
  s[o + 1] = negAbove + neg;
  s[o + 7] = (s[o + 7] as number) + score * rows;
  s[o + 8] = (s[o + 8] as number) + score * score * rows;
}

/**
 * Record, for every slot, the positives/negatives added so far as the flagged counts. Called once
 * just before the first block with score < threshold (or after the last block): in descending
 * order these are exactly the rows with score ≥ threshold.
 */
export function snapshotFlagged(acc: RankAccumulator): void {
  const s = acc.sums;
  for (let o = 0; o < s.length; o += STRIDE) {
    s[o + 10] = s[o] as number;
    s[o + 11] = s[o + 1] as number;
  }
}
