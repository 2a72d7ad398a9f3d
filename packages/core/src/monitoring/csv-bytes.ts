/** Byte values and small helpers shared by the CSV field parsers. */
export const COMMA = 44;
export const LF = 10;
export const CR = 13;
export const QUOTE = 34;
/** What a read past the end of a buffer yields; it also ends a field. */
export const EOF = -1;

/** Status of one parsed cell. */
export const cell = { ok: 0, missing: 1, unparseable: 2, outOfRange: 3 } as const;
export type CellStatus = (typeof cell)[keyof typeof cell];

/** True for the bytes that end an unquoted field. */
export function isFieldEnd(c: number): boolean {
  return c === COMMA || c === LF || c === CR || c === EOF;
}

/** Offset of the byte that ends the unquoted field starting at `pos`. */
export function findFieldEnd(buf: Uint8Array, pos: number): number {
  let c = buf[pos] ?? EOF;
  while (c !== COMMA && c !== LF && c !== CR && c !== EOF) c = buf[++pos] ?? EOF;
  return pos;
}

// Tokens that R, pandas and spreadsheets write for "no value"; they mean missing, not invalid.
const missingTokens = new Set(['', 'na', 'n/a', 'nan', 'null', 'none']);

/** True when trimmed text is empty or a conventional missing-value token. */
export function isMissingText(text: string): boolean {
  return text.length <= 4 && missingTokens.has(text.trim().toLowerCase());
}
