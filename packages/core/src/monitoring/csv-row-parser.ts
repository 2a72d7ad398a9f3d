// The columns contract alone: this module also runs in the parse worker, which loads no more.
import { MISSING_CODE } from '@vigil/metrics/columns';
import { CategoryDictionary } from './category-dictionary';
import type { ColumnPlan } from './csv-columns';
import { cell, findFieldEnd, isFieldEnd } from './csv-bytes';
import { labelFromText, labelResult, quotedResult, readQuotedField } from './csv-quoted';
import type { ColumnStore } from './column-store';
import { decimalResult, parseDecimalField, parseDecimalText } from './decimal-field';
import type { IssueLog } from './issue-log';
import { parseTimeField, parseTimeText, timeResult } from './iso-time';
import { MonitoringInputError } from './monitoring-input.error';

// Byte values as local literals so that per-byte loops compare against constants, not against
// imported bindings (which V8 reads through a module cell on each use).
const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const EOF = -1;

// Literal copies of columnKind so the cell switch compares against constants.
const SCORE = 1;
const LABEL = 2;
const TIME = 3;
const CATEGORICAL = 4;
const NUMERIC = 5;

/** What a label column holds and how a score is checked. */
export interface CellRules {
  isProbability: boolean;
  positiveLabel: string | null;
}

/**
 * The hot loop: a byte-level state machine that walks complete rows of a buffer and writes each
 * cell straight into the column store, without row objects or per-cell strings.
 */
export class CsvRowParser {
  rowCount = 0;
  /** 1-based file line on which the next row starts. */
  line: number;
  readonly dictionaries: CategoryDictionary[];
  private rowNewlines = 0;
  private readonly positiveBytes: Buffer | null;

  constructor(
    private readonly plan: ColumnPlan,
    private readonly store: ColumnStore,
    private readonly issues: IssueLog,
    private readonly rules: CellRules,
    firstLine: number,
  ) {
    this.line = firstLine;
    this.dictionaries = plan.categorical.map(() => new CategoryDictionary());
    this.positiveBytes = rules.positiveLabel === null ? null : Buffer.from(rules.positiveLabel);
  }

  /**
   * Parses the rows in `buf[start, limit)`, where `limit` follows a line feed, and returns the
   * offset where parsing stopped: `limit`, or the start of a row whose quoted field runs past it.
   */
  parseRows(buf: Buffer, start: number, limit: number): number {
    let pos = start;
    while (pos < limit) {
      const c = buf[pos] ?? EOF;
      if (c === LF || (c === CR && buf[pos + 1] === LF)) {
        pos += c === LF ? 1 : 2;
        this.line++;
        continue;
      }
      const row = this.rowCount;
      if (row >= this.store.capacity) this.store.reserve(row + 1);
      this.rowNewlines = 0;
      const end = this.parseRow(buf, pos, limit, row);
      if (end < 0) {
        this.issues.discardPending();
        return pos;
      }
      pos = end + (buf[end] === CR ? 1 : 0);
      if (buf[pos] === LF) pos++;
      if (this.issues.hasPending) this.issues.commitPending(this.line);
      this.line += 1 + this.rowNewlines;
      this.rowCount = row + 1;
    }
    return pos;
  }

  /**
   * Parses one row's cells and returns the offset of the byte that ends the row, or -1 when a
   * quoted field runs past `limit`. Kept as one switch so that each cell costs one call at most.
   */
  private parseRow(buf: Buffer, pos: number, limit: number, row: number): number {
    const { kinds, slots } = this.plan;
    const store = this.store;
    for (let col = 0; ; col++) {
      if (col >= kinds.length || buf[pos] === QUOTE) {
        pos = this.parseOtherCell(buf, pos, limit, col, row);
        if (pos < 0) return -1;
      } else {
        switch (kinds[col] ?? 0) {
          case SCORE: {
            pos = parseDecimalField(buf, pos);
            const value = decimalResult.value[0] ?? Number.NaN;
            if (
              decimalResult.status > cell.missing ||
              (this.rules.isProbability && (value < 0 || value > 1))
            ) {
              this.storeScore(col, row);
            } else store.score[row] = value;
            break;
          }
          case NUMERIC: {
            pos = parseDecimalField(buf, pos);
            if (decimalResult.status > cell.missing) this.noteIssue(col, decimalResult.status);
            const column = store.numeric[slots[col] ?? 0];
            if (column !== undefined) column[row] = decimalResult.value[0] ?? Number.NaN;
            break;
          }
          case CATEGORICAL: {
            const slot = slots[col] ?? 0;
            const dictionary = this.dictionaries[slot];
            const codes = store.codes[slot];
            if (dictionary === undefined || codes === undefined) return -1;
            pos = dictionary.readField(buf, pos);
            if (dictionary.code < 0) this.storeCode(col, row, dictionary.code);
            codes[row] = dictionary.code;
            break;
          }
          case TIME:
            pos = parseTimeField(buf, pos);
            if (timeResult.status > cell.missing) this.noteIssue(col, timeResult.status);
            store.time[row] = timeResult.value[0] ?? Number.NaN;
            break;
          case LABEL:
            pos = this.parseLabel(buf, pos, col, row);
            break;
          default:
            pos = findFieldEnd(buf, pos);
        }
      }
      if (buf[pos] !== COMMA) {
        for (let rest = col + 1; rest < kinds.length; rest++) this.fillMissing(rest, row);
        return pos;
      }
      pos++;
    }
  }

  private parseLabel(buf: Buffer, pos: number, col: number, row: number): number {
    const c = buf[pos] ?? EOF;
    if ((c === 48 || c === 49) && this.positiveBytes === null && isFieldEnd(buf[pos + 1] ?? EOF)) {
      this.store.label[row] = c - 48;
      return pos + 1;
    }
    const end = findFieldEnd(buf, pos);
    const positive = this.positiveBytes;
    if (positive !== null && end - pos > 4 && buf[pos] !== 32 && buf[end - 1] !== 32) {
      // Longer than any missing-value token and untrimmed: a byte comparison settles it.
      this.store.label[row] = positive.equals(buf.subarray(pos, end)) ? 1 : 0;
      return end;
    }
    labelFromText(buf.toString('utf8', pos, end), this.rules.positiveLabel);
    this.storeLabel(col, row);
    return end;
  }

  /** A quoted cell, or a cell beyond the header's columns (ignored). */
  private parseOtherCell(
    buf: Buffer,
    pos: number,
    limit: number,
    col: number,
    row: number,
  ): number {
    if (col >= this.plan.kinds.length) return this.skipCell(buf, pos, limit);
    const end = readQuotedField(buf, pos, limit);
    if (end < 0) return end;
    const text = quotedResult.text;
    this.rowNewlines += quotedResult.newlines;
    const kind = this.plan.kinds[col];
    if (kind === SCORE || kind === NUMERIC) {
      parseDecimalText(text);
      if (kind === SCORE) this.storeScore(col, row);
      else this.storeNumeric(col, row);
    } else if (kind === LABEL) {
      labelFromText(text, this.rules.positiveLabel);
      this.storeLabel(col, row);
    } else if (kind === TIME) {
      parseTimeText(text);
      this.storeTime(col, row);
    } else if (kind === CATEGORICAL) {
      const dictionary = this.dictionaries[this.plan.slots[col] ?? 0];
      if (dictionary !== undefined) this.storeCode(col, row, dictionary.codeOf(text));
    }
    return end;
  }

  private skipCell(buf: Buffer, pos: number, limit: number): number {
    if (buf[pos] !== QUOTE) return findFieldEnd(buf, pos);
    const end = readQuotedField(buf, pos, limit);
    if (end >= 0) this.rowNewlines += quotedResult.newlines;
    return end;
  }

  private storeScore(col: number, row: number): void {
    let value = decimalResult.value[0] ?? Number.NaN;
    if (decimalResult.status > cell.missing) this.noteIssue(col, decimalResult.status);
    else if (this.rules.isProbability && (value < 0 || value > 1)) {
      this.noteIssue(col, cell.outOfRange);
      value = Number.NaN;
    }
    this.store.score[row] = value;
  }

  private storeNumeric(col: number, row: number): void {
    if (decimalResult.status > cell.missing) this.noteIssue(col, decimalResult.status);
    const column = this.store.numeric[this.plan.slots[col] ?? 0];
    if (column !== undefined) column[row] = decimalResult.value[0] ?? Number.NaN;
  }

  private storeLabel(col: number, row: number): void {
    if (labelResult.status > cell.missing) this.noteIssue(col, labelResult.status);
    this.store.label[row] = labelResult.value;
  }

  private storeTime(col: number, row: number): void {
    if (timeResult.status > cell.missing) this.noteIssue(col, timeResult.status);
    this.store.time[row] = timeResult.value[0] ?? Number.NaN;
  }

  private storeCode(col: number, row: number, code: number): void {
    if (code < 0) {
      const column = this.plan.names[col] ?? '';
      throw new MonitoringInputError(
        'too_many_levels',
        `Column "${column}" has more than 65534 distinct values (line ${this.line}); it cannot be a subgroup attribute.`,
        { column, line: this.line },
      );
    }
    const codes = this.store.codes[this.plan.slots[col] ?? 0];
    if (codes !== undefined) codes[row] = code;
  }

  private noteIssue(col: number, status: number): void {
    this.issues.add(col, status === cell.outOfRange ? 'out_of_range' : 'unparseable');
  }

  private fillMissing(col: number, row: number): void {
    const kind = this.plan.kinds[col];
    const slot = this.plan.slots[col] ?? 0;
    if (kind === SCORE) this.store.score[row] = Number.NaN;
    else if (kind === LABEL) this.store.label[row] = -1;
    else if (kind === TIME) this.store.time[row] = Number.NaN;
    else if (kind === CATEGORICAL) this.store.codes[slot]?.fill(MISSING_CODE, row, row + 1);
    else if (kind === NUMERIC) this.store.numeric[slot]?.fill(Number.NaN, row, row + 1);
  }
}
