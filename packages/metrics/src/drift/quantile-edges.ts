import type { ValueCounts } from './value-counts';

/** Number of PSI bins: edges at the reference deciles 0.1 … 0.9 (spec §2). */
export const PSI_BINS = 10;

/**
 * The k-th smallest reference value (0-based) by walking cumulative counts from index `from`.
 * Returns the value and the index at which it was found, for a monotone sequence of calls.
 */
function orderStatistic(
  vc: ValueCounts,
  k: number,
  from: { index: number; below: number },
): number {
  while (from.index < vc.length) {
    const c = vc.refCounts[from.index] as number;
    if (k < from.below + c) return vc.values[from.index] as number;
    from.below += c;
    from.index++;
  }
  return vc.values[vc.length - 1] as number;
}

/**
 * numpy `quantile(ref, q, method='linear')` (Hyndman & Fan type 7) at q = 0.1 … 0.9 of the
 * reference, deduplicated (np.unique): h = (n−1)·q, lo = ⌊h⌋, γ = h − lo, value = a + (b−a)·γ, or
 * b − (b−a)·(1−γ) when γ ≥ 0.5 (numpy's `_lerp`, reproduced for bit-level agreement).
 * Edge case: no reference values → []. Tolerance vs numpy: 1e-12.
 */
export function referenceDecileEdges(vc: ValueCounts): number[] {
  const n = vc.refTotal;
  if (n === 0) return [];
  const cursor = { index: 0, below: 0 };
  const edges: number[] = [];
  for (let k = 1; k < PSI_BINS; k++) {
    const h = (n - 1) * (k / PSI_BINS);
    const lo = Math.floor(h);
    const gamma = h - lo;
    const a = orderStatistic(vc, lo, cursor);
    const b = orderStatistic(vc, Math.min(lo + 1, n - 1), { ...cursor });
    const diff = b - a;
    const value = gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
    if (edges.length === 0 || value !== edges[edges.length - 1]) edges.push(value);
  }
  return edges;
}

/**
 * Counts per PSI bin: bin = number of edges ≤ x, i.e. (−∞,e₁), [e₁,e₂), …, [e_k,∞)
 * (numpy searchsorted side='right'). Returns [reference counts, current counts].
 */
export function binCounts(vc: ValueCounts, edges: number[]): [number[], number[]] {
  const ref = new Array<number>(edges.length + 1).fill(0);
  const cur = new Array<number>(edges.length + 1).fill(0);
  let bin = 0;
  for (let i = 0; i < vc.length; i++) {
    const v = vc.values[i] as number;
    while (bin < edges.length && (edges[bin] as number) <= v) bin++;
    ref[bin] = (ref[bin] as number) + (vc.refCounts[i] as number);
    cur[bin] = (cur[bin] as number) + (vc.curCounts[i] as number);
  }
  return [ref, cur];
}
