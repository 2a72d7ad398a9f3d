import { type CellStatus, cell, EOF, isFieldEnd, isMissingText, QUOTE } from './csv-bytes';

/** Result slot of {@link readQuotedField}. */
export const quotedResult = { text: '', newlines: 0 };

/**
 * Reads the RFC 4180 quoted field that starts at `pos` (doubled quotes unescaped, newlines kept)
 * and returns the offset of the byte that ends it, or -1 when `limit` comes first, meaning the
 * field continues in data not yet seen. Bytes between the closing quote and the delimiter are
 * kept, as spreadsheet programs do, rather than rejecting the row.
 */
export function readQuotedField(buf: Buffer, pos: number, limit: number): number {
  let text = '';
  let newlines = 0;
  let segment = pos + 1;
  let i = segment;
  for (;;) {
    if (i + 1 >= limit) return -1;
    const c = buf[i];
    if (c === QUOTE) {
      text += buf.toString('utf8', segment, i);
      if (buf[i + 1] !== QUOTE) break;
      text += '"';
      i += 2;
      segment = i;
      continue;
    }
    if (c === 10) newlines++;
    i++;
  }
  let end = i + 1;
  while (!isFieldEnd(buf[end] ?? EOF)) end++;
  if (end > i + 1) text += buf.toString('utf8', i + 1, end);
  quotedResult.text = text;
  quotedResult.newlines = newlines;
  return end;
}

/** Result slot of {@link labelFromText}. */
export const labelResult: { value: number; status: CellStatus } = { value: -1, status: 0 };
const DECIMAL_SHAPE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads an outcome: with a positive label, that value is 1 and any other non-empty value 0;
 * otherwise 0/1 (also `1.0`), true/false and yes/no, any case. Empty means not yet known.
 */
export function labelFromText(text: string, positiveLabel: string | null): void {
  const trimmed = text.trim();
  labelResult.status = cell.ok;
  if (isMissingText(trimmed)) {
    labelResult.value = -1;
    labelResult.status = cell.missing;
  } else if (positiveLabel !== null) {
    labelResult.value = trimmed === positiveLabel ? 1 : 0;
  } else {
    labelResult.value = binaryValue(trimmed);
  }
}

function binaryValue(trimmed: string): number {
  const lower = trimmed.toLowerCase();
  if (lower === 'true' || lower === 'yes') return 1;
  if (lower === 'false' || lower === 'no') return 0;
  if (!DECIMAL_SHAPE.test(trimmed)) {
    labelResult.status = cell.unparseable;
    return -1;
  }
  const value = Number(trimmed);
  if (value === 0 || value === 1) return value;
  labelResult.status = cell.outOfRange;
  return -1;
}
