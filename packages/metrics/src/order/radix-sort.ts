const DIGIT_BITS = 11;
const BUCKETS = 1 << DIGIT_BITS;

/** Keys (low word, optional high word) and payload words sorted together. */
export interface KeyedRows {
  keyLo: Uint32Array;
  keyHi: Uint32Array | null;
  payload: Uint32Array[];
}

/**
 * Stable LSD radix sort of unsigned keys (up to 64 bits as hi:lo words) carrying payload words,
 * 11-bit digits; `keyBits` bounds the key width, and passes where every key shares the digit are
 * skipped. O(passes · n), sequential reads and bucketed writes (no comparator, no random reads).
 */
export function radixSortKeyed(rows: KeyedRows, keyBits: number): KeyedRows {
  const n = rows.keyLo.length;
  let cur = rows;
  let spare: KeyedRows = {
    keyLo: new Uint32Array(n),
    keyHi: rows.keyHi === null ? null : new Uint32Array(n),
    payload: rows.payload.map(() => new Uint32Array(n)),
  };
  const counts = new Int32Array(BUCKETS);
  const positions = new Uint32Array(n);
  for (let word = 0; word < 2; word++) {
    const wordBits = Math.min(32, keyBits - 32 * word);
    for (let shift = 0; shift < wordBits; shift += DIGIT_BITS) {
      const src = word === 0 ? cur.keyLo : cur.keyHi;
      if (src === null) break;
      const span = Math.min(DIGIT_BITS, 32 - shift);
      const mask = span === 32 ? 0xffffffff : (1 << span) - 1;
      if (!countDigits(src, shift, mask, counts)) continue;
      scatter(cur, spare, src, shift, mask, counts, positions);
      [cur, spare] = [spare, cur];
    }
  }
  return cur;
}

/** Histogram of one digit, turned into start offsets; false when all keys share the digit. */
function countDigits(src: Uint32Array, shift: number, mask: number, counts: Int32Array): boolean {
  counts.fill(0);
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const d = ((src[i] as number) >>> shift) & mask;
    counts[d] = (counts[d] as number) + 1;
  }
  if (n === 0 || counts[((src[0] as number) >>> shift) & mask] === n) return false;
  let sum = 0;
  for (let d = 0; d <= mask; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  return true;
}

function scatter(
  from: KeyedRows,
  to: KeyedRows,
  src: Uint32Array,
  shift: number,
  mask: number,
  counts: Int32Array,
  positions: Uint32Array,
): void {
  const n = src.length;
  for (let i = 0; i < n; i++) {
    const d = ((src[i] as number) >>> shift) & mask;
    const at = counts[d] as number;
    counts[d] = at + 1;
    positions[i] = at;
  }
  moveWords(from.keyLo, to.keyLo, positions);
  if (from.keyHi !== null && to.keyHi !== null) moveWords(from.keyHi, to.keyHi, positions);
  from.payload.forEach((words, w) => moveWords(words, to.payload[w] as Uint32Array, positions));
}

function moveWords(from: Uint32Array, to: Uint32Array, positions: Uint32Array): void {
  const n = from.length;
  for (let i = 0; i < n; i++) to[positions[i] as number] = from[i] as number;
}
