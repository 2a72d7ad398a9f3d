import { MISSING_CODE, type PredictionColumns } from './prediction-columns';
import { NO_TIME } from './slot-layout';

/** Where one small unsigned field sits in a row's payload words. */
export interface PayloadField {
  word: number;
  shift: number;
  mask: number;
}

/**
 * Bit layout of the per-row payload that travels with the score sort: label (0 negative,
 * 1 positive, 2 missing), timeCode + 1 (0 = no time), and each attribute's code + 1 (0 = missing).
 * Fields never straddle a 32-bit word; as many words as needed.
 */
export interface PayloadLayout {
  words: number;
  label: PayloadField;
  time: PayloadField;
  attributes: PayloadField[];
}

export const LABEL_NEGATIVE = 0;
export const LABEL_POSITIVE = 1;
export const LABEL_MISSING = 2;

const bitsFor = (maxValue: number): number => Math.max(1, 32 - Math.clz32(maxValue));

/** Lay out the payload for the given columns and number of timeCodes. */
export function createPayloadLayout(
  columns: PredictionColumns,
  timeCodeCount: number,
): PayloadLayout {
  let word = 0;
  let used = 0;
  const place = (maxValue: number): PayloadField => {
    const bits = bitsFor(maxValue);
    if (used + bits > 32) {
      word++;
      used = 0;
    }
    const field = { word, shift: used, mask: bits === 32 ? 0xffffffff : (1 << bits) - 1 };
    used += bits;
    return field;
  };
  const label = place(LABEL_MISSING);
  const time = place(timeCodeCount);
  const attributes = columns.categorical.map((c) => place(c.levels.length));
  return { words: word + 1, label, time, attributes };
}

/**
 * Pack every row's label, timeCode and attribute codes into payload words (row order). One loop
 * per field with its word, shift and code mapping hoisted, so the per-row work is a load, an OR
 * and a store (a shared closure over the field made this a measurable share of the report).
 */
export function packRowPayload(
  columns: PredictionColumns,
  timeCode: Uint16Array | null,
  layout: PayloadLayout,
): Uint32Array[] {
  const n = columns.rowCount;
  const words = Array.from({ length: layout.words }, () => new Uint32Array(n));
  packLabels(columns.label, words[layout.label.word] as Uint32Array, layout.label.shift);
  if (timeCode !== null)
    packTimeCodes(timeCode, words[layout.time.word] as Uint32Array, layout.time.shift);
  columns.categorical.forEach((column, a) => {
    const field = layout.attributes[a] as PayloadField;
    packCodes(column.codes, words[field.word] as Uint32Array, field.shift);
  });
  return words;
}

function packLabels(label: Int8Array, target: Uint32Array, shift: number): void {
  const n = target.length;
  for (let i = 0; i < n; i++) {
    const y = label[i] as number;
    const code = y === 1 ? LABEL_POSITIVE : y === 0 ? LABEL_NEGATIVE : LABEL_MISSING;
    target[i] = ((target[i] as number) | (code << shift)) >>> 0;
  }
}

function packTimeCodes(timeCode: Uint16Array, target: Uint32Array, shift: number): void {
  const n = target.length;
  for (let i = 0; i < n; i++) {
    const tc = timeCode[i] as number;
    if (tc !== NO_TIME) target[i] = ((target[i] as number) | ((tc + 1) << shift)) >>> 0;
  }
}

function packCodes(codes: Uint16Array, target: Uint32Array, shift: number): void {
  const n = target.length;
  for (let i = 0; i < n; i++) {
    const code = codes[i] as number;
    if (code !== MISSING_CODE) target[i] = ((target[i] as number) | ((code + 1) << shift)) >>> 0;
  }
}
