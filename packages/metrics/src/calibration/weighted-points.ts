/**
 * Distinct-score points of one population for the logistic recalibration fits: per distinct score,
 * its logit and the number of positive and negative labeled rows. Growable, typed storage.
 */
export interface WeightedPoints {
  logit: Float64Array;
  pos: Float64Array;
  neg: Float64Array;
  length: number;
}

/** Empty point buffer with room for `capacity` points (grows by doubling). */
export function createWeightedPoints(capacity = 1024): WeightedPoints {
  const c = Math.max(1, capacity);
  return {
    logit: new Float64Array(c),
    pos: new Float64Array(c),
    neg: new Float64Array(c),
    length: 0,
  };
}

/** Append one point (a tie block of the population). */
export function pushWeightedPoint(
  points: WeightedPoints,
  logit: number,
  pos: number,
  neg: number,
): void {
  if (points.length === points.logit.length) grow(points);
  const i = points.length;
  points.logit[i] = logit;
  points.pos[i] = pos;
  points.neg[i] = neg;
  points.length = i + 1;
}

function grow(points: WeightedPoints): void {
  const size = points.logit.length * 2;
  const logit = new Float64Array(size);
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  logit.set(points.logit);
  pos.set(points.pos);
  neg.set(points.neg);
  points.logit = logit;
  points.pos = pos;
  points.neg = neg;
}

const CLIP = 1e-15;

/** logit(p) = ln(p/(1−p)) with p clipped to [1e-15, 1 − 1e-15] (spec §2, as the anchor). */
export function clippedLogit(probability: number): number {
  const p = Math.min(Math.max(probability, CLIP), 1 - CLIP);
  return Math.log(p / (1 - p));
}
