/** Reads the header row of a prediction log. */
import { COMMA, CR, EOF, findFieldEnd, LF, QUOTE } from './csv-bytes';
import { readQuotedField, quotedResult } from './csv-quoted';

/** Header names and the offset after the header line, or null when the line is incomplete. */
export function readHeader(buf: Buffer): { names: string[]; end: number; newlines: number } | null {
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
