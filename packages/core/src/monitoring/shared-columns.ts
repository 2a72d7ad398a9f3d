import type { ColumnPlan } from './csv-columns';
import { ColumnStore } from './column-store';

/** Typed-array columns of a row range (views into memory that two threads share). */
export interface ColumnViews {
  score: Float64Array;
  label: Int8Array;
  time: Float64Array | null;
  codes: Uint16Array[];
  numeric: Float64Array[];
}

/** Thrown when a range has more rows than its share of the shared columns. */
export class RangeFullError extends Error {
  constructor() {
    super('the row range outgrew its share of the shared columns');
  }
}

function sharedF64(rows: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(rows * 8));
}

/**
 * Allocates the file's columns once, in memory both threads can write. Pages nobody writes are
 * never touched, so generous headroom costs address space only.
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
 * codes through `remaps` (null: the range's codes already match the joined dictionary).
 */
export function moveRows(
  columns: ColumnViews,
  from: number,
  to: number,
  count: number,
  remaps: readonly (Uint16Array | null)[],
): void {
  const move = (values: { copyWithin(target: number, start: number, end: number): unknown }) =>
    from !== to && values.copyWithin(to, from, from + count);
  move(columns.score);
  move(columns.label);
  if (columns.time !== null) move(columns.time);
  columns.numeric.forEach(move);
  columns.codes.forEach((codes, i) => {
    const remap = remaps[i] ?? null;
    if (remap === null) move(codes);
    else for (let k = 0; k < count; k++) codes[to + k] = remap[codes[from + k] ?? 0] ?? 0;
  });
}

/**
 * A column store over shared views with a row limit. While `growable`, passing the limit grows
 * it like any store (into private memory: the parse carries on alone); once another thread owns
 * the rows past the limit, passing it throws RangeFullError instead.
 */
export class SharedColumnStore extends ColumnStore {
  growable: boolean;

  constructor(views: ColumnViews, growable: boolean) {
    super(views.time !== null, views.codes.length, views.numeric.length);
    this.score = views.score;
    this.label = views.label;
    if (views.time !== null) this.time = views.time;
    this.codes = views.codes;
    this.numeric = views.numeric;
    this.capacity = views.score.length;
    this.growable = growable;
  }

  /** True while the rows written so far live in the shared memory. */
  get isShared(): boolean {
    return this.score.buffer instanceof SharedArrayBuffer;
  }

  /** Caps the rows this store may hold; false when it already holds more. */
  limitTo(rows: number, rowsWritten: number): boolean {
    if (rowsWritten > rows || !this.isShared) return false;
    this.capacity = rows;
    this.growable = false;
    return true;
  }

  override reserve(rows: number): void {
    if (rows <= this.capacity) return;
    if (!this.growable) throw new RangeFullError();
    // Only the rows below the limit are this store's: copy those into the grown columns.
    const mine = <T extends { subarray(start: number, end: number): T }>(values: T): T =>
      values.subarray(0, this.capacity);
    this.score = mine(this.score);
    this.label = mine(this.label);
    this.time = mine(this.time);
    this.codes = this.codes.map(mine);
    this.numeric = this.numeric.map(mine);
    super.reserve(rows);
  }
}
