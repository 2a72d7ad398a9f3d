import { closeSync, openSync, readSync } from 'node:fs';
import type { PredictionCsvOptions } from './csv-columns';
import { type ParsedRange, PredictionCsvParser } from './prediction-csv.parser';
import { type ColumnViews, SharedColumnStore } from './shared-columns';

// Small reads: every fresh page costs a fault, and 2 MiB reads cost no more per byte than 8 MiB.
const CHUNK_BYTES = 2 << 20;

/** One byte range of a plain CSV file to parse into shared column views. */
export interface RangeJob {
  path: string;
  /** The file's bytes up to the first data row (BOM and header line). */
  header: Uint8Array;
  /** Byte offsets: `start` begins a row; `end` follows a line feed or is the end of the file. */
  start: number;
  end: number;
  options: PredictionCsvOptions;
  views: ColumnViews;
}

/**
 * Parses bytes [start, end) of the file as if they followed the header directly: line numbers
 * count from the first data line, and the caller shifts them by the lines of the ranges before.
 * @throws RangeFullError (the caller parses the range itself), MonitoringInputError
 */
export function parseRange(job: RangeJob, onChunk?: (bytes: number) => void): ParsedRange {
  const parser = new PredictionCsvParser(
    job.options,
    () => new SharedColumnStore(job.views, false),
  );
  parser.push(job.header);
  const fd = openSync(job.path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let pos = job.start; pos < job.end;) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK_BYTES, job.end - pos), pos);
      if (n === 0) break;
      parser.push(buf.subarray(0, n));
      pos += n;
      onChunk?.(n);
    }
  } finally {
    closeSync(fd);
  }
  return parser.finishRange();
}
