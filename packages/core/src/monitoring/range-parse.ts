import { closeSync, openSync, readSync } from 'node:fs';
import type { PredictionCsvOptions } from './csv-columns';
import { type ParsedRange, PredictionCsvParser } from './prediction-csv.parser';
import { type ColumnViews, FixedColumnStore } from './shared-columns';

const QUOTE = 34;
const CHUNK_BYTES = 8 << 20;

/** One byte range of a plain CSV file to parse into fixed column views. */
export interface RangeJob {
  path: string;
  /** The file's bytes up to the first data row (BOM and header line). */
  header: Uint8Array;
  start: number;
  end: number;
  options: PredictionCsvOptions;
  views: ColumnViews;
}

/** Thrown when a range holds a quote: a quoted field may hide a line break, so splitting is unsafe. */
export class QuotedRangeError extends Error {
  constructor() {
    super('the range contains a quote character');
  }
}

/**
 * Parses bytes [start, end) of the file (which begin a row and end after a line feed, or at end of
 * file) as if they followed the header directly: line numbers in the result count from the first
 * data line, and the caller shifts them by the lines of the ranges before.
 * @throws QuotedRangeError, RangeFullError (the caller falls back to one thread), MonitoringInputError
 */
export function parseRange(job: RangeJob, onChunk?: (bytes: number) => void): ParsedRange {
  const parser = new PredictionCsvParser(job.options, () => new FixedColumnStore(job.views));
  parser.push(job.header);
  const fd = openSync(job.path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let pos = job.start; pos < job.end;) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK_BYTES, job.end - pos), pos);
      if (n === 0) break;
      const chunk = buf.subarray(0, n);
      if (chunk.indexOf(QUOTE) >= 0) throw new QuotedRangeError();
      parser.push(chunk);
      pos += n;
      onChunk?.(n);
    }
  } finally {
    closeSync(fd);
  }
  return parser.finishRange();
}
