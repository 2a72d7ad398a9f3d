import type { PsiBand } from '../monitoring/report.types';

/** Share used in place of an empty bin (spec §2; no renormalisation). */
export const PSI_EPSILON = 1e-4;

/**
 * Population stability index: PSI = Σ_b (c_b − r_b)·ln(c_b/r_b) with r_b, c_b the reference and
 * current shares of bin b, an empty share replaced by 1e-4 (Siddiqi 2006; credit-risk convention).
 * Edge case: an empty period → null. Tolerance vs anchor: 1e-9.
 */
export function computePsi(
  refCounts: number[],
  curCounts: number[],
  refTotal: number,
  curTotal: number,
): number | null {
  if (refTotal === 0 || curTotal === 0) return null;
  let psi = 0;
  for (let b = 0; b < refCounts.length; b++) {
    const r = shareOrEpsilon(refCounts[b] ?? 0, refTotal);
    const c = shareOrEpsilon(curCounts[b] ?? 0, curTotal);
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}

function shareOrEpsilon(count: number, total: number): number {
  const share = count / total;
  return share === 0 ? PSI_EPSILON : share;
}

/** PSI band: < 0.1 stable, 0.1–0.25 moderate, ≥ 0.25 major. Edge case: null → null. */
export function psiBand(psi: number | null): PsiBand | null {
  if (psi === null) return null;
  if (psi >= 0.25) return 'major';
  return psi >= 0.1 ? 'moderate' : 'stable';
}
