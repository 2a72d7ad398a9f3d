import type { ColumnPlan } from './csv-columns';
import { ColumnStore } from './column-store';

/** Typed-array columns of a row range (views into shared memory when parsing in parallel). */
export interface ColumnViews {
  score: Float64Array;
  label: Int8Array;
  time: Float64Array | null;
  codes: Uint16Array[];
  numeric: Float64Array[];
}

/** Thrown when a range has more rows than its share of the shared columns was sized for. */
export class RangeFullError extends Error {
  constructor() {
    super('the row range outgrew its share of the shared columns');
  }
}

/**
 * A column store over fixed views: it cannot grow, because another thread writes the rows that
 * follow; running out of room throws RangeFullError and the caller parses on one thread instead.
 */
export class FixedColumnStore extends ColumnStore {
  constructor(views: ColumnViews) {
    super(views.time !== null, views.codes.length, views.numeric.length);
    this.score = views.score;
    this.label = views.label;
    if (views.time !== null) this.time = views.time;
    this.codes = views.codes;
    this.numeric = views.numeric;
    this.capacity = views.score.length;
  }

  override reserve(rows: number): void {
    if (rows > this.capacity) throw new RangeFullError();
  }
}

function sharedF64(rows: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(rows * 8));
}

/**
 * Allocates the final columns once, in memory both threads can write, so that merging the ranges
 * moves rows in place instead of holding a second copy of every column.
 */
export function allocateSharedColumns(plan: ColumnPlan, rows: number): ColumnViews {
  return {
    score: sharedF64(rows),
    label: new Int8Array(new SharedArrayBuffer(rows)),
    time: plan.hasTime ? sharedF64(rows) : null,
    codes: plan.categorical.map(() => new Uint16Array(new SharedArrayBuffer(rows * 2))),
    numeric: plan.numeric.map(() => sharedF64(rows)),
  };
}

/** Views of rows [start, end) of `columns`. */
export function viewRows(columns: ColumnViews, start: number, end: number): ColumnViews {
  return {
    score: columns.score.subarray(start, end),
    label: columns.label.subarray(start, end),
    time: columns.time?.subarray(start, end) ?? null,
    codes: columns.codes.map((c) => c.subarray(start, end)),
    numeric: columns.numeric.map((c) => c.subarray(start, end)),
  };
}

/**
 * Moves `count` rows from row `from` down to row `to` (to <= from) and rewrites their category
 * codes through `remaps` (null: the range's codes already match the merged dictionary).
 */
export function moveRows(
  columns: ColumnViews,
  from: number,
  to: number,
  count: number,
  remaps: readonly (Uint16Array | null)[],
): void {
  columns.score.copyWithin(to, from, from + count);
  columns.label.copyWithin(to, from, from + count);
  columns.time?.copyWithin(to, from, from + count);
  for (const values of columns.numeric) values.copyWithin(to, from, from + count);
  columns.codes.forEach((codes, i) => {
    const remap = remaps[i] ?? null;
    if (remap === null) codes.copyWithin(to, from, from + count);
    else for (let k = 0; k < count; k++) codes[to + k] = remap[codes[from + k] ?? 0] ?? 0;
  });
}
