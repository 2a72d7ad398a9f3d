import type { ColumnIssue, IngestionSummary, PredictionColumns } from '@vigil/metrics';
import { LF } from './csv-bytes';
import { type ColumnPlan, type PredictionCsvOptions, planColumns } from './csv-columns';
import { bomLength, readHeader } from './csv-header';
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

/** What one byte range of a file yielded; lines are counted from the first data line. */
export interface ParsedRange {
  rowCount: number;
  /** Line breaks consumed (blank lines included): where the next range's line numbers start. */
  linesRead: number;
  issues: ColumnIssue[];
  /** Levels of each categorical column in first-appearance order within this range. */
  levels: string[][];
}

/** Makes the column store once the header is known (a store over shared memory for ranges). */
export type ColumnStoreFactory = (plan: ColumnPlan) => ColumnStore;

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
  private firstLine = 0;

  constructor(
    private readonly options: PredictionCsvOptions = {},
    private readonly makeStore: ColumnStoreFactory = defaultStore,
  ) {}

  /** The column plan, once the header has been read. */
  get columnPlan(): ColumnPlan | null {
    return this.plan;
  }

  /** Rows parsed so far. */
  get rowCount(): number {
    return this.rows?.rowCount ?? 0;
  }

  /**
   * Parses every complete row in `chunk` (with what was carried over from the previous one).
   * @throws MonitoringInputError column_missing, column_conflict, too_many_levels
   */
  push(chunk: Uint8Array): void {
    const data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.rows === null) {
      // The chunk itself is parsed unless the header is incomplete; only then is it kept (copied:
      // the reader reuses the chunk's memory for a later read).
      this.carry = this.carry.length === 0 ? data : Buffer.concat([this.carry, data]);
      this.tryHeader();
      if (this.rows === null && this.carry === data) this.carry = Buffer.from(data);
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
    const { rows, plan, store, issues } = this.drain();
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

  /**
   * Parses what is left of one byte range of a larger file (the header was pushed first) and
   * returns its counts without the whole-file checks, which only the joined columns can answer.
   * @throws MonitoringInputError file_empty, malformed_csv
   */
  finishRange(): ParsedRange {
    const { rows, issues } = this.drain();
    return {
      rowCount: rows.rowCount,
      linesRead: rows.line - this.firstLine,
      issues: issues.list(),
      levels: rows.dictionaries.map((d) => d.levels),
    };
  }

  /** Parses the carried-over tail as a last row ending at end of input. */
  private drain(): { rows: CsvRowParser; plan: ColumnPlan; store: ColumnStore; issues: IssueLog } {
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
      this.carry = EMPTY;
      if (rows.parseRows(rest, 0, rest.length) < rest.length) {
        throw new MonitoringInputError(
          'malformed_csv',
          `A quoted field that starts on line ${rows.line} is never closed.`,
          { line: rows.line },
        );
      }
    }
    return { rows, plan, store, issues };
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
    const buf = this.carry.subarray(bomLength(this.carry));
    const header = readHeader(buf);
    if (header === null) return;
    this.plan = planColumns(header.names, this.options);
    this.store = this.makeStore(this.plan);
    this.issues = new IssueLog(this.plan.names, this.plan.issueRoles);
    const rules = {
      isProbability: (this.options.scoreKind ?? 'probability') === 'probability',
      positiveLabel: this.options.positiveLabel?.trim() ?? null,
    };
    this.firstLine = 2 + header.newlines;
    this.rows = new CsvRowParser(this.plan, this.store, this.issues, rules, this.firstLine);
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

function defaultStore(plan: ColumnPlan): ColumnStore {
  return new ColumnStore(plan.hasTime, plan.categorical.length, plan.numeric.length);
}

function never(): never {
  throw new Error('a categorical column has no dictionary');
}
