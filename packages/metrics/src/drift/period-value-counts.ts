import { findDecimalGrid, gridKey, gridValue } from '../order/decimal-scale';
import {
  createValueCounts,
  pushValueCount,
  valueCountsFromSorted,
  type ValueCounts,
} from './value-counts';

/** Largest key range handled by the histogram path (4 Mi buckets per period). */
const MAX_HISTOGRAM_RANGE = 1 << 22;

/**
 * Reference/current ValueCounts of a numeric column. `periodOf(row)` gives 0 (reference),
 * 1 (current) or anything else (neither); NaN values are missing and left out.
 * Fixed-point columns (integers such as heart rate and age, or 2-decimal lab values) are
 * counted in a histogram, O(n + range) (spec §5.5); other columns are sorted per period.
 */
export function buildPeriodValueCounts(values: Float64Array, periodOf: Uint8Array): ValueCounts {
  const grid = findDecimalGrid(values);
  if (grid !== null && grid.maxKey - grid.minKey < MAX_HISTOGRAM_RANGE) {
    const range = grid.maxKey - grid.minKey + 1;
    const counts = new Int32Array(range * 2);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      const p = periodOf[i] as number;
      if (v !== v || p > 1) continue;
      const at = gridKey(v, grid) * 2 + p;
      counts[at] = (counts[at] as number) + 1;
    }
    const vc = createValueCounts(1024);
    for (let k = 0; k < range; k++) {
      const r = counts[2 * k] as number;
      const c = counts[2 * k + 1] as number;
      if (r + c > 0) pushValueCount(vc, gridValue(k, grid), r, c);
    }
    return vc;
  }
  return sortedPeriodValueCounts(values, periodOf);
}

function sortedPeriodValueCounts(values: Float64Array, periodOf: Uint8Array): ValueCounts {
  let nRef = 0;
  let nCur = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    if (periodOf[i] === 0) nRef++;
    else if (periodOf[i] === 1) nCur++;
  }
  const ref = new Float64Array(nRef);
  const cur = new Float64Array(nCur);
  for (let i = 0, r = 0, c = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v !== v) continue;
    if (periodOf[i] === 0) ref[r++] = v + 0;
    else if (periodOf[i] === 1) cur[c++] = v + 0;
  }
  ref.sort();
  cur.sort();
  return valueCountsFromSorted(ref, cur);
}
