import type { PredictionColumns } from '@vigil/metrics';
import type { CategoryDictionary } from './category-dictionary';

const MIN_CAPACITY = 1024;

// One function per array type: a shared generic one sees three maps, and the parser's hot loop,
// into which it is inlined, deoptimises on growth.
function grownF64(old: Float64Array, capacity: number): Float64Array {
  const next = new Float64Array(capacity);
  next.set(old);
  return next;
}

function grownI8(old: Int8Array, capacity: number): Int8Array {
  const next = new Int8Array(capacity);
  next.set(old);
  return next;
}

function grownU16(old: Uint16Array, capacity: number): Uint16Array {
  const next = new Uint16Array(capacity);
  next.set(old);
  return next;
}

/**
 * Typed-array columns that grow as rows arrive. The parser writes cells straight into the public
 * arrays; capacity grows by doubling, or jumps to an estimate from the file size so a large file
 * is allocated about once.
 */
export class ColumnStore {
  capacity = 0;
  score: Float64Array = new Float64Array(0);
  label: Int8Array = new Int8Array(0);
  time: Float64Array = new Float64Array(0);
  codes: Uint16Array[];
  numeric: Float64Array[];

  constructor(
    private readonly hasTime: boolean,
    categoricalCount: number,
    numericCount: number,
  ) {
    this.codes = Array.from({ length: categoricalCount }, () => new Uint16Array(0));
    this.numeric = Array.from({ length: numericCount }, () => new Float64Array(0));
  }

  /** Makes room for at least `rows` rows. */
  reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const capacity = Math.max(rows, MIN_CAPACITY, this.capacity * 2);
    this.score = grownF64(this.score, capacity);
    this.label = grownI8(this.label, capacity);
    if (this.hasTime) this.time = grownF64(this.time, capacity);
    this.codes = this.codes.map((c) => grownU16(c, capacity));
    this.numeric = this.numeric.map((c) => grownF64(c, capacity));
    this.capacity = capacity;
  }

  /** The first `rowCount` rows as PredictionColumns (views, no copy). */
  toColumns(
    rowCount: number,
    categorical: readonly { name: string; dictionary: CategoryDictionary }[],
    numericNames: readonly string[],
  ): PredictionColumns {
    return {
      rowCount,
      score: this.score.subarray(0, rowCount),
      label: this.label.subarray(0, rowCount),
      timeMs: this.hasTime ? this.time.subarray(0, rowCount) : null,
      categorical: categorical.map(({ name, dictionary }, i) => ({
        name,
        levels: dictionary.levels,
        codes: (this.codes[i] ?? new Uint16Array(0)).subarray(0, rowCount),
      })),
      numeric: numericNames.map((name, i) => ({
        name,
        values: (this.numeric[i] ?? new Float64Array(0)).subarray(0, rowCount),
      })),
    };
  }
}
