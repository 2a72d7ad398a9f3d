import { COMMA, CR, EOF, findFieldEnd, LF, QUOTE } from './csv-bytes';
import { readQuotedField, quotedResult } from './csv-quoted';

/** The header row of a prediction log. */
export interface CsvHeader {
  names: string[];
  /** Offset just after the header line. */
  end: number;
  /** Line breaks inside quoted header names (they shift every later line number). */
  newlines: number;
}

/** Reads the header row at the start of `buf`; null when the line is incomplete. */
export function readHeader(buf: Buffer): CsvHeader | null {
  const names: string[] = [];
  let newlines = 0;
  let pos = 0;
  for (;;) {
    let end: number;
    if (buf[pos] === QUOTE) {
      end = readQuotedField(buf, pos, buf.length);
      if (end < 0) return null;
      names.push(quotedResult.text.trim());
      newlines += quotedResult.newlines;
    } else {
      end = findFieldEnd(buf, pos);
      if (end >= buf.length) return null;
      names.push(buf.toString('utf8', pos, end).trim());
    }
    const c = buf[end] ?? EOF;
    pos = end + 1;
    if (c === COMMA) continue;
    if (c === CR && pos >= buf.length) return null;
    if (c === CR && buf[pos] === LF) pos++;
    return { names, end: pos, newlines };
  }
}

/** Length of a UTF-8 byte order mark at the start of `buf` (0 or 3). */
export function bomLength(buf: Uint8Array): number {
  return buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
}
