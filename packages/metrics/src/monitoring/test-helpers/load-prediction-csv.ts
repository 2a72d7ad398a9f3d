/**
 * TEST-ONLY loader: CSV bytes (the generator's shape: header, comma-separated, no quoted fields)
 * → PredictionColumns. The real, validating parser lives in the ingestion package; this one
 * exists so the metrics tests can run on generated files.
 */
import { daysFromCivil, MS_PER_DAY } from '../../time/civil-date';
import { MISSING_CODE, type PredictionColumns } from '../prediction-columns';

const COMMA = 44;
const NEWLINE = 10;
const CR = 13;

export interface CsvColumnNames {
  score: string;
  label: string;
  time: string | null;
  categorical: string[];
  numeric: string[];
}

export const GENERATOR_COLUMNS: CsvColumnNames = {
  score: 'score',
  label: 'label',
  time: 'scored_at',
  categorical: ['sex', 'race_ethnicity', 'age_group', 'payer', 'site'],
  numeric: ['lactate', 'heart_rate', 'age'],
};

function text(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

/** Decimal number; NaN when empty or unparseable. Plain decimals are exact (int / 10^k). */
export function parseNumberBytes(bytes: Uint8Array, start: number, end: number): number {
  if (start >= end) return NaN;
  let i = start;
  let negative = false;
  if (bytes[i] === 45) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  let seenDot = false;
  for (; i < end; i++) {
    const c = bytes[i] ?? 0;
    if (c === 46 && !seenDot) seenDot = true;
    else if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (seenDot) decimals++;
    } else break;
  }
  if (i === end && digits > 0 && digits <= 15) {
    const v = mantissa / 10 ** decimals;
    return negative ? -v : v;
  }
  const fallback = Number(text(bytes, start, end));
  return text(bytes, start, end).trim() === '' ? NaN : fallback;
}

/** 'YYYY-MM-DDTHH:MM:SSZ' → epoch ms; NaN for any other shape. */
export function parseIsoSecondsBytes(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 20) return NaN;
  const n = (from: number, len: number): number =>
    parseNumberBytes(bytes, start + from, start + from + len);
  const days = daysFromCivil(n(0, 4), n(5, 2), n(8, 2));
  return days * MS_PER_DAY + (n(11, 2) * 3600 + n(14, 2) * 60 + n(17, 2)) * 1000;
}

function splitLines(bytes: Uint8Array): number[] {
  const starts: number[] = [0];
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === NEWLINE && i + 1 < bytes.length) starts.push(i + 1);
  return starts;
}

/** Parse generator-shaped CSV bytes into columns (test helper; no quoting, no validation report). */
export function loadPredictionCsv(
  bytes: Uint8Array,
  names: CsvColumnNames = GENERATOR_COLUMNS,
): PredictionColumns {
  const starts = splitLines(bytes);
  const rowCount = starts.length - 1;
  const headerEnd = (starts[1] ?? bytes.length) - 1;
  const header = text(bytes, 0, headerEnd).replace(/\r$/, '').split(',');
  const at = (name: string): number => header.indexOf(name);
  const cols: PredictionColumns = {
    rowCount,
    score: new Float64Array(rowCount),
    label: new Int8Array(rowCount),
    timeMs: names.time === null ? null : new Float64Array(rowCount),
    categorical: names.categorical.map((name) => ({
      name,
      levels: [],
      codes: new Uint16Array(rowCount),
    })),
    numeric: names.numeric.map((name) => ({ name, values: new Float64Array(rowCount) })),
  };
  const fieldIndex = header.map(() => -1);
  const setRole = (name: string, role: number): void => {
    const i = at(name);
    if (i >= 0) fieldIndex[i] = role;
  };
  setRole(names.score, 0);
  setRole(names.label, 1);
  if (names.time !== null) setRole(names.time, 2);
  names.categorical.forEach((n, k) => setRole(n, 100 + k));
  names.numeric.forEach((n, k) => setRole(n, 200 + k));
  const dictionaries = names.categorical.map(() => new Map<string, number>());
  for (let r = 0; r < rowCount; r++) {
    let lineEnd = (starts[r + 2] ?? bytes.length + 1) - 1;
    if (bytes[lineEnd - 1] === CR) lineEnd--;
    let fieldStart = starts[r + 1] ?? 0;
    for (let f = 0; f < header.length; f++) {
      let e = fieldStart;
      while (e < lineEnd && bytes[e] !== COMMA) e++;
      storeField(cols, dictionaries, fieldIndex[f] ?? -1, r, bytes, fieldStart, e);
      fieldStart = e + 1;
    }
  }
  return cols;
}

function storeField(
  cols: PredictionColumns,
  dictionaries: Map<string, number>[],
  role: number,
  r: number,
  bytes: Uint8Array,
  start: number,
  end: number,
): void {
  if (role === 0) cols.score[r] = parseNumberBytes(bytes, start, end);
  else if (role === 1) {
    const v = parseNumberBytes(bytes, start, end);
    cols.label[r] = v === 0 || v === 1 ? v : -1;
  } else if (role === 2 && cols.timeMs !== null)
    cols.timeMs[r] = parseIsoSecondsBytes(bytes, start, end);
  else if (role >= 200) {
    const column = cols.numeric[role - 200];
    if (column !== undefined) column.values[r] = parseNumberBytes(bytes, start, end);
  } else if (role >= 100) {
    const column = cols.categorical[role - 100];
    const dict = dictionaries[role - 100];
    if (column === undefined || dict === undefined) return;
    if (start === end) {
      column.codes[r] = MISSING_CODE;
      return;
    }
    const value = text(bytes, start, end);
    let code = dict.get(value);
    if (code === undefined) {
      code = column.levels.length;
      column.levels.push(value);
      dict.set(value, code);
    }
    column.codes[r] = code;
  }
}
