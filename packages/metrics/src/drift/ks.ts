import { kolmogorovTwoSidedSf } from './kolmogorov-distribution';
import type { ValueCounts } from './value-counts';

/**
 * Two-sample Kolmogorov–Smirnov D = sup_x |F_ref(x) − F_cur(x)| over the distinct values
 * (scipy `ks_2samp`). Edge case: an empty period → null. Tolerance vs anchor: 1e-12 (exact counts).
 */
export function computeKsStatistic(vc: ValueCounts): number | null {
  if (vc.refTotal === 0 || vc.curTotal === 0) return null;
  let cumRef = 0;
  let cumCur = 0;
  let d = 0;
  for (let i = 0; i < vc.length; i++) {
    cumRef += vc.refCounts[i] as number;
    cumCur += vc.curCounts[i] as number;
    const diff = Math.abs(cumRef / vc.refTotal - cumCur / vc.curTotal);
    if (diff > d) d = diff;
  }
  return d;
}

/**
 * Asymptotic two-sided p-value of the two-sample KS test as scipy's `ks_2samp(method='asymp')`:
 * kstwo.sf(D, round(m·n/(m+n))) with round half to even. Informative only: with 10⁶ rows any
 * shift is "significant"; alert on D or PSI. Tolerance: relative 1e-3 (scipy uses exact
 * p-values when both samples have ≤ 10 000 rows; we do not).
 */
export function computeKsPValue(d: number, nRef: number, nCur: number): number {
  const [m, n] = nRef >= nCur ? [nRef, nCur] : [nCur, nRef];
  const en = roundHalfEven((m * n) / (m + n));
  return kolmogorovTwoSidedSf(en, d);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
