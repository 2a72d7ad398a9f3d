import { type CellStatus, cell, findFieldEnd, isFieldEnd, isMissingText } from './csv-bytes';

// Byte values as local literals so that per-byte loops compare against constants, not against
// imported bindings (which V8 reads through a module cell on each use).
const EOF = -1;

/** Result slot of {@link parseTimeField}; a typed slot, like `decimalResult`, so writes never allocate. */
export const timeResult: { value: Float64Array; status: CellStatus } = {
  value: new Float64Array(1),
  status: 0,
};

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const EXPLICIT_ZONE = /(Z|[+-]\d\d:?\d\d|\b(UTC|GMT))$/i;

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Value of the two ASCII digits at `pos`, or -1 when either is not a digit. */
function twoDigits(buf: Uint8Array, pos: number): number {
  const hi = (buf[pos] ?? EOF) - 48;
  const lo = (buf[pos + 1] ?? EOF) - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : -1;
}

function fourDigits(buf: Uint8Array, pos: number): number {
  const hi = twoDigits(buf, pos);
  const lo = twoDigits(buf, pos + 2);
  return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
}

// Logs are in time order, so consecutive rows nearly always share a date: remember the last one.
let cachedDateKey = -1;
let cachedDays = 0;

/** Days since 1970-01-01 of a date (small integers, never boxed), or NaN when it does not exist. */
function epochDays(year: number, month: number, day: number): number {
  const key = (year * 100 + month) * 100 + day;
  if (key === cachedDateKey) return cachedDays;
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return Number.NaN;
  cachedDateKey = key;
  cachedDays = daysFromCivil(year, month, day);
  return cachedDays;
}

/**
 * Parses `YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][Z|±HH[:]MM]` at `pos` by byte offsets (UTC when no
 * offset) and returns the end offset, or -1 when the field has another shape.
 */
function parseIsoBytes(buf: Uint8Array, pos: number): number {
  fractionMs = 0;
  if (buf[pos + 4] !== 45 || buf[pos + 7] !== 45) return -1;
  const days = epochDays(fourDigits(buf, pos), twoDigits(buf, pos + 5), twoDigits(buf, pos + 8));
  if (Number.isNaN(days)) return -1;
  let ms = days * MS_PER_DAY;
  let q = pos + 10;
  const sep = buf[q] ?? EOF;
  if (sep === 84 || sep === 32) {
    const hour = twoDigits(buf, q + 1);
    const minute = twoDigits(buf, q + 4);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || buf[q + 3] !== 58) return -1;
    ms += (hour * 60 + minute) * MS_PER_MINUTE;
    q += 6;
    if (buf[q] === 58) {
      const second = twoDigits(buf, q + 1);
      if (second < 0 || second > 59) return -1;
      ms += second * 1000;
      q += 3;
      if (buf[q] === 46) q = addFraction(buf, q + 1);
    }
    q = applyZone(buf, q);
    if (q < 0) return -1;
    ms -= zoneOffsetMinutes * MS_PER_MINUTE;
    ms += fractionMs;
  }
  if (!isFieldEnd(buf[q] ?? EOF)) return -1;
  timeResult.value[0] = ms;
  timeResult.status = cell.ok;
  return q;
}

/**
 * The shape nearly every log uses, `YYYY-MM-DDTHH:MM:SSZ`, checked by its separator offsets and
 * read without the optional-part branches of {@link parseIsoBytes}; -1 for any other shape (which
 * then takes the general path, so results are identical).
 */
function parseUtcSecondsBytes(buf: Uint8Array, pos: number): number {
  if (
    buf[pos + 10] !== 84 ||
    buf[pos + 13] !== 58 ||
    buf[pos + 16] !== 58 ||
    buf[pos + 19] !== 90 ||
    buf[pos + 4] !== 45 ||
    buf[pos + 7] !== 45 ||
    !isFieldEnd(buf[pos + 20] ?? EOF)
  )
    return -1;
  const hour = twoDigits(buf, pos + 11);
  const minute = twoDigits(buf, pos + 14);
  const second = twoDigits(buf, pos + 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  const days = epochDays(fourDigits(buf, pos), twoDigits(buf, pos + 5), twoDigits(buf, pos + 8));
  if (days !== days) return -1;
  timeResult.value[0] = days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  timeResult.status = cell.ok;
  return pos + 20;
}

let fractionMs = 0;
let zoneOffsetMinutes = 0;

function addFraction(buf: Uint8Array, q: number): number {
  let scale = 100;
  let value = 0;
  let d = (buf[q] ?? EOF) - 48;
  while (d >= 0 && d <= 9) {
    value += d * scale;
    scale /= 10;
    d = (buf[++q] ?? EOF) - 48;
  }
  // Sub-millisecond digits are truncated, as Date.parse does.
  fractionMs = Math.floor(value);
  return q;
}

function applyZone(buf: Uint8Array, q: number): number {
  zoneOffsetMinutes = 0;
  const c = buf[q] ?? EOF;
  if (c === 90) return q + 1;
  if (c !== 43 && c !== 45) return q;
  const hours = twoDigits(buf, q + 1);
  const colon = buf[q + 3] === 58 ? 1 : 0;
  const minutes = twoDigits(buf, q + 3 + colon);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return -1;
  zoneOffsetMinutes = (c === 45 ? -1 : 1) * (hours * 60 + minutes);
  return q + 5 + colon;
}

/**
 * Parses the unquoted timestamp field at `pos` into epoch ms UTC (`timeResult`) and returns the
 * offset of the byte that ends it. Non-ISO shapes fall back to Date.parse.
 */
export function parseTimeField(buf: Uint8Array, pos: number): number {
  if (isFieldEnd(buf[pos] ?? EOF)) {
    timeResult.value[0] = Number.NaN;
    timeResult.status = cell.missing;
    return pos;
  }
  const fast = parseUtcSecondsBytes(buf, pos);
  if (fast >= 0) return fast;
  const end = parseIsoBytes(buf, pos);
  if (end >= 0) return end;
  const fieldEnd = findFieldEnd(buf, pos);
  parseTimeText(Buffer.from(buf.buffer, buf.byteOffset + pos, fieldEnd - pos).toString('utf8'));
  return fieldEnd;
}

/** Parses timestamp text (a quoted cell or an unusual shape) into `timeResult`, UTC by default. */
export function parseTimeText(text: string): void {
  const trimmed = text.trim();
  timeResult.status = cell.ok;
  if (isMissingText(trimmed)) {
    timeResult.value[0] = Number.NaN;
    timeResult.status = cell.missing;
    return;
  }
  const bytes = Buffer.from(trimmed, 'utf8');
  if (parseIsoBytes(bytes, 0) === bytes.length) return;
  // Date.parse reads zone-less non-ISO text as local time; the spec says UTC.
  let ms = EXPLICIT_ZONE.test(trimmed) ? Date.parse(trimmed) : Date.parse(`${trimmed}Z`);
  if (Number.isNaN(ms)) ms = Date.parse(`${trimmed} UTC`);
  timeResult.value[0] = ms;
  if (Number.isNaN(ms)) timeResult.status = cell.unparseable;
}

/** Epoch ms UTC of an ISO-8601 (or Date.parse-able) timestamp, UTC when it has no offset; NaN when unreadable. */
export function parseTimestamp(text: string): number {
  parseTimeText(text);
  return timeResult.status === cell.ok ? (timeResult.value[0] ?? Number.NaN) : Number.NaN;
}
