import { type CellStatus, cell, findFieldEnd, isFieldEnd, isMissingText } from './csv-bytes';

// Byte values as local literals so that per-byte loops compare against constants, not against
// imported bindings (which V8 reads through a module cell on each use).
const EOF = -1;

/**
 * Result slot of {@link parseDecimalField}, reused so the hot loop allocates nothing. The value
 * lives in a typed array because V8 boxes a double stored in an object field on every write.
 */
export const decimalResult: { value: Float64Array; status: CellStatus } = {
  value: new Float64Array(1),
  status: 0,
};

// Exact powers of ten: with a mantissa below 2^53 one multiply or divide by these is correctly
// rounded (Clinger's fast path), so the fast path returns exactly what Number() would.
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const MAX_FAST_DIGITS = 15;
const DECIMAL_SHAPE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Parses the unquoted decimal field that starts at `pos` (`0.123456`, `-12.5`, `1e-3`) and
 * returns the offset of the byte that ends it; the value and status go to `decimalResult`.
 * Other shapes fall back to Number() on the field text.
 */
export function parseDecimalField(buf: Uint8Array, pos: number): number {
  if (buf[pos] === 48 && buf[pos + 1] === 46) {
    const end = parseZeroPointSix(buf, pos);
    if (end >= 0) return end;
  }
  const start = pos;
  let c = buf[pos] ?? EOF;
  if (isFieldEnd(c)) {
    decimalResult.value[0] = Number.NaN;
    decimalResult.status = cell.missing;
    return pos;
  }
  let negative = false;
  if (c === 45 || c === 43) {
    negative = c === 45;
    c = buf[++pos] ?? EOF;
  }
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  while (c >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    c = buf[++pos] ?? EOF;
  }
  if (c === 46) {
    c = buf[++pos] ?? EOF;
    while (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      scale++;
      c = buf[++pos] ?? EOF;
    }
  }
  let exponent = 0;
  if ((c === 101 || c === 69) && digits > 0) {
    c = buf[++pos] ?? EOF;
    const expNegative = c === 45;
    if (c === 45 || c === 43) c = buf[++pos] ?? EOF;
    let expDigits = 0;
    while (c >= 48 && c <= 57 && expDigits < 6) {
      exponent = exponent * 10 + (c - 48);
      expDigits++;
      c = buf[++pos] ?? EOF;
    }
    if (expDigits === 0) return parseDecimalSlow(buf, start);
    if (expNegative) exponent = -exponent;
  }
  const power = exponent - scale;
  if (!isFieldEnd(c) || digits === 0 || digits > MAX_FAST_DIGITS || power < -22 || power > 22) {
    return parseDecimalSlow(buf, start);
  }
  const magnitude = power < 0 ? mantissa / (POW10[-power] ?? 1) : mantissa * (POW10[power] ?? 1);
  decimalResult.value[0] = negative ? -magnitude : magnitude;
  decimalResult.status = cell.ok;
  return pos;
}

/** Value of the ASCII digit at `pos`, or a value > 9 when it is not a digit (unsigned compare). */
function digitAt(buf: Uint8Array, pos: number): number {
  return ((buf[pos] ?? EOF) - 48) >>> 0;
}

/**
 * `0.dddddd` exactly (the usual probability shape) without the general loop's per-digit
 * bookkeeping; the same single correctly rounded division as the general path, so the same
 * double. -1 for any other shape.
 */
function parseZeroPointSix(buf: Uint8Array, pos: number): number {
  const d1 = digitAt(buf, pos + 2);
  const d2 = digitAt(buf, pos + 3);
  const d3 = digitAt(buf, pos + 4);
  const d4 = digitAt(buf, pos + 5);
  const d5 = digitAt(buf, pos + 6);
  const d6 = digitAt(buf, pos + 7);
  if (d1 > 9 || d2 > 9 || d3 > 9 || d4 > 9 || d5 > 9 || d6 > 9) return -1;
  if (!isFieldEnd(buf[pos + 8] ?? EOF)) return -1;
  const mantissa = ((((d1 * 10 + d2) * 10 + d3) * 10 + d4) * 10 + d5) * 10 + d6;
  decimalResult.value[0] = mantissa / 1e6;
  decimalResult.status = cell.ok;
  return pos + 8;
}

function parseDecimalSlow(buf: Uint8Array, start: number): number {
  const end = findFieldEnd(buf, start);
  parseDecimalText(Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('utf8'));
  return end;
}

/** Parses decimal text (a quoted cell or an unusual shape) into `decimalResult`. */
export function parseDecimalText(text: string): void {
  const trimmed = text.trim();
  if (isMissingText(trimmed)) {
    decimalResult.value[0] = Number.NaN;
    decimalResult.status = cell.missing;
  } else if (DECIMAL_SHAPE.test(trimmed)) {
    decimalResult.value[0] = Number(trimmed);
    decimalResult.status = Number.isFinite(decimalResult.value[0]) ? cell.ok : cell.outOfRange;
  } else {
    decimalResult.value[0] = Number.NaN;
    decimalResult.status = cell.unparseable;
  }
}
