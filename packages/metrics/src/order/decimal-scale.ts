/** Largest decimal scale tried when looking for fixed-point values (6 decimals, as `toFixed(6)`). */
const MAX_SCALE = 1e6;
/** Widest integer range that a counting sort or histogram handles (16 Mi buckets). */
export const MAX_COUNTING_RANGE = 1 << 24;

export interface DecimalGrid {
  /** Values are exactly k / scale for integers k (scale = 10^d). */
  scale: number;
  minKey: number;
  maxKey: number;
}

/**
 * Find the smallest power-of-ten scale s ≤ 1e6 such that every finite value v satisfies
 * Math.round(v·s)/s === v (so v is recovered exactly from its integer key), with a key range
 * small enough for counting. Returns null when there is none (then callers sort instead).
 * NaN entries are skipped. Edge case: no finite values → null.
 */
export function findDecimalGrid(values: Float64Array): DecimalGrid | null {
  for (let scale = 1; scale <= MAX_SCALE; scale *= 10) {
    const grid = tryScale(values, scale);
    if (grid !== null) return grid;
  }
  return null;
}

function tryScale(values: Float64Array, scale: number): DecimalGrid | null {
  let minKey = Infinity;
  let maxKey = -Infinity;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    const k = Math.round(v * scale);
    if (k / scale !== v || Math.abs(k) > 2 ** 52) return null;
    if (k < minKey) minKey = k;
    if (k > maxKey) maxKey = k;
  }
  if (minKey > maxKey || maxKey - minKey >= MAX_COUNTING_RANGE) return null;
  return { scale, minKey, maxKey };
}

/** Integer key of v on a grid (caller guarantees v lies on it). */
export function gridKey(v: number, grid: DecimalGrid): number {
  return Math.round(v * grid.scale) - grid.minKey;
}

/** Value of key k on a grid: exactly the original double (see findDecimalGrid). */
export function gridValue(key: number, grid: DecimalGrid): number {
  return (key + grid.minKey) / grid.scale;
}
