import { findDecimalGrid, gridValue, type DecimalGrid } from './decimal-scale';
import { radixSortKeyed, type KeyedRows } from './radix-sort';
import { floatFromSortableBits, sortableBitsOf } from './sortable-float';

/**
 * Rows with a finite score in ascending score order, carried as payload words (whatever the
 * caller packed per row), grouped into tie blocks: sorted rows blockStart[b] … blockStart[b+1]−1
 * all have score blockValue[b].
 */
export interface SortedRows {
  payload: Uint32Array[];
  blockStart: Uint32Array;
  blockValue: Float64Array;
  blockCount: number;
}

/**
 * Sort the rows with a finite score once (spec §5.2), moving their payload words with them so that
 * every later pass reads sequentially. Fixed-point scores (≤ 6 decimals, the usual `0.123456`) get
 * a counting sort on their integer grid index, O(n + range); other doubles an LSD radix sort on
 * their order-preserving 64-bit pattern. No comparator callbacks. NaN rows are left out; −0 equals +0.
 */
export function sortRowsByScore(
  score: Float64Array,
  payload: Uint32Array[],
  memory: SortMemory = 'private',
): SortedRows {
  const grid = findDecimalGrid(score);
  return grid === null
    ? radixSortFloats(score, payload)
    : countingSortOnGrid(score, payload, grid, memory);
}

/**
 * Where the counting sort puts its output: 'shared' memory lets another thread read the sorted
 * rows without a copy (the radix sort's output stays private).
 */
export type SortMemory = 'private' | 'shared';

function u32(length: number, memory: SortMemory): Uint32Array {
  return memory === 'shared'
    ? new Uint32Array(new SharedArrayBuffer(length * 4))
    : new Uint32Array(length);
}

/** True when every array of the sorted rows is in shared memory. */
export function isShared(sorted: SortedRows): boolean {
  return [...sorted.payload, sorted.blockStart, sorted.blockValue].every(
    (a) => a.buffer instanceof SharedArrayBuffer,
  );
}

/** Counting sort on the integer grid key: the bucket histogram is the tie-block structure. */
function countingSortOnGrid(
  score: Float64Array,
  payload: Uint32Array[],
  grid: DecimalGrid,
  memory: SortMemory,
): SortedRows {
  const range = grid.maxKey - grid.minKey + 1;
  const next = new Int32Array(range);
  const n = score.length;
  let finite = 0;
  for (let i = 0; i < n; i++) {
    const v = score[i] as number;
    if (v !== v) continue;
    const k = Math.round(v * grid.scale) - grid.minKey;
    next[k] = (next[k] as number) + 1;
    finite++;
  }
  let blockCount = 0;
  for (let k = 0; k < range; k++) if ((next[k] as number) > 0) blockCount++;
  const blockStart = u32(blockCount + 1, memory);
  const blockValue =
    memory === 'shared'
      ? new Float64Array(new SharedArrayBuffer(blockCount * 8))
      : new Float64Array(blockCount);
  for (let k = 0, b = 0, at = 0; k < range; k++) {
    const c = next[k] as number;
    next[k] = at;
    if (c === 0) continue;
    blockStart[b] = at;
    blockValue[b] = gridValue(k, grid);
    b++;
    at += c;
  }
  blockStart[blockCount] = finite;
  const sortedPayload = payload.map(() => u32(finite, memory));
  const words = payload.length;
  for (let i = 0; i < n; i++) {
    const v = score[i] as number;
    if (v !== v) continue;
    const k = Math.round(v * grid.scale) - grid.minKey;
    const to = next[k] as number;
    next[k] = to + 1;
    for (let w = 0; w < words; w++)
      (sortedPayload[w] as Uint32Array)[to] = (payload[w] as Uint32Array)[i] as number;
  }
  return { payload: sortedPayload, blockStart, blockValue, blockCount };
}

/** LSD radix sort on the order-preserving 64-bit pattern of any finite doubles. */
function radixSortFloats(score: Float64Array, payload: Uint32Array[]): SortedRows {
  let finite = 0;
  for (let i = 0; i < score.length; i++) if (Number.isFinite(score[i])) finite++;
  const rows: KeyedRows = {
    keyLo: new Uint32Array(finite),
    keyHi: new Uint32Array(finite),
    payload: payload.map(() => new Uint32Array(finite)),
  };
  const words = payload.length;
  for (let i = 0, j = 0; i < score.length; i++) {
    const v = score[i] as number;
    if (!Number.isFinite(v) || rows.keyHi === null) continue;
    sortableBitsOf(v, rows.keyHi, rows.keyLo, j);
    for (let w = 0; w < words; w++)
      (rows.payload[w] as Uint32Array)[j] = (payload[w] as Uint32Array)[i] as number;
    j++;
  }
  return buildBlocks(radixSortKeyed(rows, 64), floatFromSortableBits);
}

function buildBlocks(rows: KeyedRows, valueOf: (hi: number, lo: number) => number): SortedRows {
  const { keyLo, keyHi } = rows;
  const n = keyLo.length;
  const isNewBlock = (j: number): boolean =>
    j === 0 || keyLo[j] !== keyLo[j - 1] || (keyHi !== null && keyHi[j] !== keyHi[j - 1]);
  let blockCount = 0;
  for (let j = 0; j < n; j++) if (isNewBlock(j)) blockCount++;
  const blockStart = new Uint32Array(blockCount + 1);
  const blockValue = new Float64Array(blockCount);
  for (let j = 0, b = 0; j < n; j++) {
    if (!isNewBlock(j)) continue;
    blockStart[b] = j;
    blockValue[b] = valueOf(keyHi === null ? 0 : (keyHi[j] as number), keyLo[j] as number);
    b++;
  }
  blockStart[blockCount] = n;
  return { payload: rows.payload, blockStart, blockValue, blockCount };
}
