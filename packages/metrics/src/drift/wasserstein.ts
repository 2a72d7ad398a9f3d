import type { ValueCounts } from './value-counts';

/**
 * Wasserstein-1 distance between the reference and current samples, divided by
 * max(population std of the reference, 0.001) (Evidently's default normed variant):
 * W₁ = Σ_k |F_ref(x_k) − F_cur(x_k)|·(x_{k+1} − x_k) over the distinct values (scipy
 * `wasserstein_distance`). Edge case: an empty period → null. Tolerance vs anchor: 1e-9.
 */
export function computeWassersteinNormed(vc: ValueCounts): number | null {
  if (vc.refTotal === 0 || vc.curTotal === 0) return null;
  let cumRef = 0;
  let cumCur = 0;
  let distance = 0;
  for (let i = 0; i + 1 < vc.length; i++) {
    cumRef += vc.refCounts[i] as number;
    cumCur += vc.curCounts[i] as number;
    const gap = (vc.values[i + 1] as number) - (vc.values[i] as number);
    distance += Math.abs(cumRef / vc.refTotal - cumCur / vc.curTotal) * gap;
  }
  return distance / Math.max(referenceStd(vc), 0.001);
}

/** Mean of the reference (which = 'ref') or current sample. Edge case: empty → null. */
export function sampleMean(vc: ValueCounts, which: 'ref' | 'cur'): number | null {
  const counts = which === 'ref' ? vc.refCounts : vc.curCounts;
  const total = which === 'ref' ? vc.refTotal : vc.curTotal;
  if (total === 0) return null;
  let sum = 0;
  for (let i = 0; i < vc.length; i++) sum += (counts[i] as number) * (vc.values[i] as number);
  return sum / total;
}

/** Population standard deviation (ddof = 0, as np.std) of the reference sample. */
export function referenceStd(vc: ValueCounts): number {
  const mean = sampleMean(vc, 'ref');
  if (mean === null) return 0;
  let ss = 0;
  for (let i = 0; i < vc.length; i++) {
    const d = (vc.values[i] as number) - mean;
    ss += (vc.refCounts[i] as number) * d * d;
  }
  return Math.sqrt(ss / vc.refTotal);
}
