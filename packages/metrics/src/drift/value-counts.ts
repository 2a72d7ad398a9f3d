/**
 * A numeric column of two periods summarised without loss: its distinct values ascending and,
 * per value, how many reference and current rows hold it. Every drift figure (quantile edges,
 * PSI/JS bins, KS, Wasserstein, means) is a linear walk over this. Missing values are excluded.
 */
export interface ValueCounts {
  values: Float64Array;
  refCounts: Float64Array;
  curCounts: Float64Array;
  length: number;
  refTotal: number;
  curTotal: number;
}

/** Empty, growable ValueCounts with room for `capacity` distinct values. */
export function createValueCounts(capacity = 1024): ValueCounts {
  const c = Math.max(1, capacity);
  return {
    values: new Float64Array(c),
    refCounts: new Float64Array(c),
    curCounts: new Float64Array(c),
    length: 0,
    refTotal: 0,
    curTotal: 0,
  };
}

/** Append a value strictly greater than the last one, with its reference and current counts. */
export function pushValueCount(
  vc: ValueCounts,
  value: number,
  refCount: number,
  curCount: number,
): void {
  if (vc.length === vc.values.length) growValueCounts(vc);
  const i = vc.length;
  vc.values[i] = value;
  vc.refCounts[i] = refCount;
  vc.curCounts[i] = curCount;
  vc.length = i + 1;
  vc.refTotal += refCount;
  vc.curTotal += curCount;
}

function growValueCounts(vc: ValueCounts): void {
  const size = vc.values.length * 2;
  const values = new Float64Array(size);
  const refCounts = new Float64Array(size);
  const curCounts = new Float64Array(size);
  values.set(vc.values);
  refCounts.set(vc.refCounts);
  curCounts.set(vc.curCounts);
  vc.values = values;
  vc.refCounts = refCounts;
  vc.curCounts = curCounts;
}

/**
 * Merge two ascending-sorted samples (reference, current; no NaN) into ValueCounts.
 * Linear in the total size.
 */
export function valueCountsFromSorted(ref: Float64Array, cur: Float64Array): ValueCounts {
  const vc = createValueCounts(Math.min(ref.length + cur.length, 1 << 16));
  let i = 0;
  let j = 0;
  while (i < ref.length || j < cur.length) {
    const a = i < ref.length ? (ref[i] as number) : Infinity;
    const b = j < cur.length ? (cur[j] as number) : Infinity;
    const v = a <= b ? a : b;
    let r = 0;
    let c = 0;
    while (i < ref.length && ref[i] === v) {
      i++;
      r++;
    }
    while (j < cur.length && cur[j] === v) {
      j++;
      c++;
    }
    if (r === 0 && c === 0) break;
    pushValueCount(vc, v, r, c);
  }
  return vc;
}
