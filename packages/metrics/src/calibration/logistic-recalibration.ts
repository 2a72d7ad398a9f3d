import { finiteOrNull } from '../stats/divide';
import { createWeightedPoints, pushWeightedPoint, type WeightedPoints } from './weighted-points';

const MAX_ITERATIONS = 100;
const STEP_TOLERANCE = 1e-13;
/**
 * Newton converges quadratically near the optimum: once a step is this small and a thousandth of
 * the step before, the error left is of the order of its square (~1e-16), and one more pass over
 * every point would only confirm it.
 */
const QUADRATIC_STEP = 1e-8;
const QUADRATIC_SHRINK = 1e-3;
const COARSE_ABOVE = 16_384;
const COARSE_POINTS = 2_048;

export interface RecalibrationFit {
  citlLogitIntercept: number | null;
  slope: number | null;
  intercept: number | null;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Calibration-in-the-large intercept a in logit P(y=1) = a + x (x = logit(score) as offset), and
 * calibration intercept/slope (a, b) in logit P(y=1) = a + b·x, both unpenalised maximum
 * likelihood by Newton–Raphson from a = 0 (b = 1), stopping when every step is < 1e-13, or is
 * < 1e-8 after shrinking a thousandfold (quadratic convergence), or after 100 iterations (Cox 1958;
 * Van Calster et al. 2016). Works on distinct-score points weighted by their positive/negative
 * counts, which is the same likelihood as per-row data.
 * Edge case: separation or a singular Hessian → null (never NaN). Tolerance vs anchor: 1e-6.
 */
export function fitLogisticRecalibration(points: WeightedPoints): RecalibrationFit {
  let startA = 0;
  let start = { slope: 1, intercept: 0 };
  if (points.length > COARSE_ABOVE) {
    // Warm start from a fit on ~2k merged neighbouring points: Newton then needs only the last
    // few full-data iterations, and the stopping rule still applies to the full likelihood.
    const coarse = coarsenPoints(points, COARSE_POINTS);
    const a = fitOffsetIntercept(coarse, 0);
    const fit = fitSlopeAndIntercept(coarse, 0, 1);
    if (Number.isFinite(a)) startA = a;
    if (Number.isFinite(fit.slope) && Number.isFinite(fit.intercept)) start = fit;
  }
  const slopeFit = fitSlopeAndIntercept(points, start.intercept, start.slope);
  return {
    citlLogitIntercept: finiteOrNull(fitOffsetIntercept(points, startA)),
    slope: finiteOrNull(slopeFit.slope),
    intercept: finiteOrNull(slopeFit.intercept),
  };
}

function fitOffsetIntercept(points: WeightedPoints, startA: number): number {
  let a = startA;
  let previous = Number.POSITIVE_INFINITY;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    let g = 0;
    let h = 0;
    for (let i = 0; i < points.length; i++) {
      const pos = points.pos[i] as number;
      const rows = pos + (points.neg[i] as number);
      const mu = sigmoid(a + (points.logit[i] as number));
      g += pos - rows * mu;
      h += rows * mu * (1 - mu);
    }
    const step = Math.abs(g / h);
    a += g / h;
    if (converged(step, previous)) break;
    previous = step;
  }
  return a;
}

function fitSlopeAndIntercept(
  points: WeightedPoints,
  startA: number,
  startB: number,
): { slope: number; intercept: number } {
  let a = startA;
  let b = startB;
  let previous = Number.POSITIVE_INFINITY;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 0;
    let h01 = 0;
    let h11 = 0;
    for (let i = 0; i < points.length; i++) {
      const x = points.logit[i] as number;
      const pos = points.pos[i] as number;
      const rows = pos + (points.neg[i] as number);
      const mu = sigmoid(a + b * x);
      const r = pos - rows * mu;
      const w = rows * mu * (1 - mu);
      g0 += r;
      g1 += r * x;
      h00 += w;
      h01 += w * x;
      h11 += w * x * x;
    }
    const det = h00 * h11 - h01 * h01;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (-h01 * g0 + h00 * g1) / det;
    a += da;
    b += db;
    const step = Math.max(Math.abs(da), Math.abs(db));
    if (converged(step, previous)) break;
    previous = step;
  }
  return { slope: b, intercept: a };
}

/** Newton's stopping rule; a NaN step (singular Hessian) stops too. */
function converged(step: number, previous: number): boolean {
  if (!(step >= STEP_TOLERANCE)) return true;
  return step < QUADRATIC_STEP && step < previous * QUADRATIC_SHRINK;
}

/** Merge runs of neighbouring points into `target` points (row-weighted mean logit, summed counts). */
function coarsenPoints(points: WeightedPoints, target: number): WeightedPoints {
  const per = Math.ceil(points.length / target);
  const out = createWeightedPoints(target + 1);
  for (let start = 0; start < points.length; start += per) {
    let pos = 0;
    let neg = 0;
    let weightedLogit = 0;
    for (let i = start; i < Math.min(points.length, start + per); i++) {
      const p = points.pos[i] as number;
      const q = points.neg[i] as number;
      pos += p;
      neg += q;
      weightedLogit += (p + q) * (points.logit[i] as number);
    }
    if (pos + neg > 0) pushWeightedPoint(out, weightedLogit / (pos + neg), pos, neg);
  }
  return out;
}
