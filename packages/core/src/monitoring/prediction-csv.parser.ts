import type { IngestionSummary, PredictionColumns } from '@vigil/metrics';
import { COMMA, CR, EOF, findFieldEnd, LF, QUOTE } from './csv-bytes';
import { type ColumnPlan, type PredictionCsvOptions, planColumns } from './csv-columns';
import { readQuotedField, quotedResult } from './csv-quoted';
import { CsvRowParser } from './csv-row-parser';
import { ColumnStore } from './column-store';
import { IssueLog } from './issue-log';
import { MonitoringInputError } from './monitoring-input.error';
import { checkUsableRows } from './usable-rows';

/** Columns ready for the metrics engine plus what happened while reading them. */
export interface ParsedPredictions {
  columns: PredictionColumns;
  summary: IngestionSummary;
}

const EMPTY = Buffer.alloc(0);
// Rows to see before trusting a bytes-per-row estimate; 2 % headroom keeps one allocation likely.
const ESTIMATE_AFTER_ROWS = 2048;
const ESTIMATE_HEADROOM = 1.02;

/**
 * Streaming columnar CSV parser for prediction logs: push Buffer chunks of any size (a row or a
 * quoted field may span chunks), then call finish() for typed columns and an ingestion summary.
 */
export class PredictionCsvParser {
  private carry: Buffer = EMPTY;
  private rows: CsvRowParser | null = null;
  private plan: ColumnPlan | null = null;
  private store: ColumnStore | null = null;
  private issues: IssueLog | null = null;
  private bytesParsed = 0;
  private estimated = false;

  constructor(private readonly options: PredictionCsvOptions = {}) {}

  /**
   * Parses every complete row in `chunk` (with what was carried over from the previous one).
   * @throws MonitoringInputError column_missing, column_conflict, too_many_levels
   */
  push(chunk: Uint8Array): void {
    const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.rows === null) {
      this.carry = Buffer.concat([this.carry, data]);
      this.tryHeader();
      return;
    }
    let offset = 0;
    while (this.carry.length > 0) {
      const newline = data.indexOf(LF, offset);
      if (newline < 0) {
        this.carry = Buffer.concat([this.carry, data.subarray(offset)]);
        return;
      }
      this.carry = this.parseInto(Buffer.concat([this.carry, data.subarray(offset, newline + 1)]));
      offset = newline + 1;
    }
    this.carry = this.parseInto(data.subarray(offset), true);
    this.estimateSize();
  }

  /**
   * Parses what is left and returns the columns.
   * @throws MonitoringInputError file_empty, malformed_csv, no_usable_rows, no_labeled_rows,
   *   constant_label
   */
  finish(): ParsedPredictions {
    if (this.rows === null && this.carry.length > 0) {
      this.carry = Buffer.concat([this.carry, Buffer.from([LF])]);
      this.tryHeader();
    }
    const { rows, plan, store, issues } = this;
    if (rows === null || plan === null || store === null || issues === null) {
      throw new MonitoringInputError('file_empty', 'The file is empty: no header row was found.');
    }
    if (this.carry.length > 0) {
      const rest = Buffer.concat([this.carry, Buffer.from([LF])]);
      if (rows.parseRows(rest, 0, rest.length) < rest.length) {
        throw new MonitoringInputError(
          'malformed_csv',
          `A quoted field that starts on line ${rows.line} is never closed.`,
          { line: rows.line },
        );
      }
    }
    const columns = store.toColumns(
      rows.rowCount,
      plan.categorical.map((name, i) => ({ name, dictionary: rows.dictionaries[i] ?? never() })),
      plan.numeric,
    );
    const summary = {
      rowsRead: rows.rowCount,
      issues: issues.list(),
      omittedColumns: plan.omitted,
    };
    checkUsableRows(columns, summary, plan, this.options.positiveLabel?.trim() ?? null);
    return { columns, summary };
  }

  /** Parses whole rows of `buf` and returns a copy of the unparsed tail to carry over. */
  private parseInto(buf: Buffer, toLastNewline = false): Buffer {
    const rows = this.rows;
    if (rows === null) return buf;
    const limit = toLastNewline ? buf.lastIndexOf(LF) + 1 : buf.length;
    const stop = rows.parseRows(buf, 0, limit);
    this.bytesParsed += stop;
    // Copy: the reader may reuse the chunk's memory for its next read.
    return stop === buf.length ? EMPTY : Buffer.from(buf.subarray(stop));
  }

  private tryHeader(): void {
    let buf = this.carry;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    const header = readHeader(buf);
    if (header === null) return;
    this.plan = planColumns(header.names, this.options);
    this.store = new ColumnStore(
      this.plan.hasTime,
      this.plan.categorical.length,
      this.plan.numeric.length,
    );
    this.issues = new IssueLog(this.plan.names, this.plan.issueRoles);
    const rules = {
      isProbability: (this.options.scoreKind ?? 'probability') === 'probability',
      positiveLabel: this.options.positiveLabel?.trim() ?? null,
    };
    this.rows = new CsvRowParser(this.plan, this.store, this.issues, rules, 2 + header.newlines);
    this.carry = EMPTY;
    this.push(buf.subarray(header.end));
  }

  private estimateSize(): void {
    const expected = this.options.expectedBytes;
    const rows = this.rows;
    if (this.estimated || expected === undefined || rows === null || this.store === null) return;
    if (rows.rowCount < ESTIMATE_AFTER_ROWS) return;
    this.estimated = true;
    this.store.reserve(
      Math.ceil((expected / this.bytesParsed) * rows.rowCount * ESTIMATE_HEADROOM),
    );
  }
}

function never(): never {
  throw new Error('a categorical column has no dictionary');
}

/** Header names and the offset after the header line, or null when the line is incomplete. */
function readHeader(buf: Buffer): { names: string[]; end: number; newlines: number } | null {
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
