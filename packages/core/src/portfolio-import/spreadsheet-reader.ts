import { type ImportFormat, portfolioImportLimits } from '@vigil/contracts';
import type ExcelJS from 'exceljs';
import { DomainError } from '../errors';
import { parseCsv } from './csv';

/** A sheet as text: unique headers and the data rows, numbered as a person sees them. */
export interface SheetData {
  headers: string[];
  headerRowNumber: number;
  rows: SheetRow[];
}

export interface SheetRow {
  rowNumber: number;
  cells: string[];
}

/**
 * Reads a CSV or XLSX file (the first worksheet that has data). The first row naming at least two
 * columns holds the headers (title lines above it are skipped); blank rows are skipped but keep their numbers, so errors point at the right row.
 * @throws DomainError validation_failed (unreadable, no headers, too many rows or columns)
 */
export async function readSpreadsheet(format: ImportFormat, bytes: Buffer): Promise<SheetData> {
  if (bytes.length > portfolioImportLimits.fileMaxBytes) {
    throw new DomainError(
      'payload_too_large',
      `The file is larger than ${portfolioImportLimits.fileMaxBytes / 1024 / 1024} MiB`,
    );
  }
  const records = format === 'csv' ? csvRecords(bytes) : await xlsxRecords(bytes);
  return toSheet(records);
}

function csvRecords(bytes: Buffer): { rowNumber: number; cells: string[] }[] {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return parseCsv(text).map((cells, i) => ({ rowNumber: i + 1, cells }));
}

async function xlsxRecords(bytes: Buffer): Promise<{ rowNumber: number; cells: string[] }[]> {
  // Loaded on first use: the library takes half a second to load and most commands never need it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    // exceljs' typings predate Node's generic Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new DomainError(
      'validation_failed',
      'The file is not a readable Excel workbook (.xlsx)',
      { cause: error },
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  if (sheet.rowCount > portfolioImportLimits.rowsMax + 1)
    throw tooMany('rows', portfolioImportLimits.rowsMax);
  const records: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push({ rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return records;
}

/** The text a person sees in a cell: formulas by their result, dates as ISO dates, links by their text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return value.toISOString().endsWith('T00:00:00.000Z')
      ? value.toISOString().slice(0, 10)
      : value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value)
    return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('error' in value) return '';
  return '';
}

function toSheet(records: { rowNumber: number; cells: string[] }[]): SheetData {
  const nonBlank = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  // A title line above the table ("AI inventory, March") fills one cell; the header row names several columns.
  const headerIndex = Math.max(
    0,
    nonBlank.slice(0, 10).findIndex((r) => r.cells.filter((c) => c.trim() !== '').length >= 2),
  );
  const [headerRecord, ...data] = nonBlank.slice(headerIndex);
  if (!headerRecord)
    throw new DomainError(
      'validation_failed',
      'The file has no header row; the first row must name the columns',
    );
  const width = lastFilled(headerRecord.cells);
  if (width > portfolioImportLimits.columnsMax)
    throw tooMany('columns', portfolioImportLimits.columnsMax);
  if (data.length > portfolioImportLimits.rowsMax)
    throw tooMany('rows', portfolioImportLimits.rowsMax);
  const headers = uniqueHeaders(headerRecord.cells.slice(0, width));
  const rows = data.map((r) => ({
    rowNumber: r.rowNumber,
    cells: headers.map((_, i) =>
      undoFormulaGuard((r.cells[i] ?? '').trim()).slice(0, portfolioImportLimits.cellMaxLength),
    ),
  }));
  return { headers, headerRowNumber: headerRecord.rowNumber, rows };
}

function lastFilled(cells: readonly string[]): number {
  let n = cells.length;
  while (n > 0 && (cells[n - 1] ?? '').trim() === '') n -= 1;
  return n;
}

/** Blank headers become "Column C"; repeats become "Notes (2)". */
function uniqueHeaders(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, i) => {
    const base = h.trim() === '' ? `Column ${columnLetter(i)}` : h.trim().replace(/\s+/g, ' ');
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Our CSV export prefixes formula-like text with an apostrophe; reading it back removes it. */
function undoFormulaGuard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

function tooMany(what: string, max: number): DomainError {
  return new DomainError(
    'validation_failed',
    `The sheet has more than ${max} ${what}; split it into smaller files`,
  );
}
