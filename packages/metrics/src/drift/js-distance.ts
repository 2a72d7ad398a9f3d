/**
 * Jensen–Shannon distance (√divergence, natural log) between the bin shares of two periods,
 * without the PSI epsilon; computed as scipy.spatial.distance.jensenshannon: shares renormalised,
 * m = (p+q)/2, JS = √(½Σ p·ln(p/m) + ½Σ q·ln(q/m)), 0·ln 0 = 0 (Lin 1991; Evidently threshold 0.1).
 * Edge case: an empty period → null; round-off below 0 is clamped to 0. Tolerance 1e-9.
 */
export function computeJsDistance(
  refCounts: number[],
  curCounts: number[],
  refTotal: number,
  curTotal: number,
): number | null {
  if (refTotal === 0 || curTotal === 0) return null;
  const p = refCounts.map((c) => c / refTotal);
  const q = curCounts.map((c) => c / curTotal);
  const sumP = p.reduce((s, x) => s + x, 0);
  const sumQ = q.reduce((s, x) => s + x, 0);
  let left = 0;
  let right = 0;
  for (let b = 0; b < p.length; b++) {
    const pb = (p[b] ?? 0) / sumP;
    const qb = (q[b] ?? 0) / sumQ;
    const mb = (pb + qb) / 2;
    if (pb > 0) left += pb * Math.log(pb / mb);
    if (qb > 0) right += qb * Math.log(qb / mb);
  }
  return Math.sqrt(Math.max(0, (left + right) / 2));
}
