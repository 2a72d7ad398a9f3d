const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);

/**
 * Write the order-preserving unsigned 64-bit pattern of a finite double into hi[at], lo[at]:
 * positive → sign bit set; negative → all bits flipped. −0 is folded into +0.
 */
export function sortableBitsOf(v: number, hi: Uint32Array, lo: Uint32Array, at: number): void {
  scratch[0] = v + 0;
  const h = words[1] as number;
  const l = words[0] as number;
  const negative = h >>> 31 === 1;
  hi[at] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
  lo[at] = negative ? ~l >>> 0 : l;
}

/** Inverse of sortableBitsOf. */
export function floatFromSortableBits(hi: number, lo: number): number {
  const wasPositive = hi >>> 31 === 1;
  words[1] = wasPositive ? (hi & 0x7fffffff) >>> 0 : ~hi >>> 0;
  words[0] = wasPositive ? lo : ~lo >>> 0;
  return scratch[0] as number;
}
