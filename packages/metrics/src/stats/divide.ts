/** a / b, or null when b is 0 (a zero denominator never becomes NaN/Infinity in a report). */
export function divideOrNull(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Replace a non-finite number by null (for figures that may fail to converge). */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
