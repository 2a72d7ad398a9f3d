import { randomUUID } from 'node:crypto';
import {
  type ImportFormat,
  type ImportSessionDto,
  type ImportUploadInput,
  importContentBase64MaxLength,
  importFormat,
  importMapping,
  importPreviewInput,
  portfolioImportLimits,
} from '@vigil/contracts';
import { z } from 'zod';
import type { PortfolioImportsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { decodeBase64Upload } from '../portfolio-documents/index';
import * as q from './import.queries';
import { suggestMapping } from './mapping-suggest';
import { type SheetData, type SheetRow, readSpreadsheet } from './spreadsheet-reader';

/**
 * Starts an import from an uploaded file: refuses an oversized file from its base64 length
 * before decoding, reads the sheet and suggests a column mapping from its headers.
 * @throws DomainError payload_too_large, validation_failed (not base64, empty, unreadable, no rows)
 */
export async function startImport(
  deps: CoreDeps,
  actor: Actor,
  input: ImportUploadInput,
): Promise<ImportSessionDto> {
  const bytes = decodeBase64Upload({
    contentBase64: input.contentBase64,
    name: 'The file',
    maxBytes: portfolioImportLimits.fileMaxBytes,
    maxBase64Length: importContentBase64MaxLength,
    path: 'body.contentBase64',
  });
  return startImportFromBytes(deps, actor, {
    filename: input.filename,
    format: input.format,
    bytes,
  });
}

/**
 * Starts an import from a file's bytes (the command line reads files itself).
 * @throws DomainError payload_too_large, validation_failed (unreadable, no rows)
 */
export async function startImportFromBytes(
  deps: CoreDeps,
  actor: Actor,
  file: { filename: string; format: ImportFormat; bytes: Buffer },
): Promise<ImportSessionDto> {
  const sheet = await readSpreadsheet(file.format, file.bytes);
  if (sheet.rows.length === 0)
    throw new DomainError('validation_failed', 'The file has a header row but no data rows');
  const now = deps.clock.now();
  const row: PortfolioImportsTable = {
    id: randomUUID(),
    filename: file.filename.slice(0, portfolioImportLimits.filenameMaxLength),
    format: file.format,
    status: 'draft',
    created_by: actor.userId,
    headers_json: JSON.stringify(sheet.headers),
    header_row_number: sheet.headerRowNumber,
    rows_json: JSON.stringify(sheet.rows.map((r) => [r.rowNumber, r.cells])),
    row_count: sheet.rows.length,
    suggested_mapping_json: JSON.stringify(suggestMapping(sheet.headers)),
    preview_input_json: null,
    preview_hash: null,
    result_json: null,
    created_at: now.toISOString(),
    expires_at: new Date(
      now.getTime() + portfolioImportLimits.sessionHours * 3_600_000,
    ).toISOString(),
  };
  await q.deleteExpiredImports(deps.db, row.created_at);
  await q.insertImport(deps.db, row);
  return toSessionDto(row, sheet.rows);
}

/**
 * An import the actor started.
 * @throws DomainError not_found (unknown, another user's, or expired)
 */
export async function getImport(
  deps: CoreDeps,
  actor: Actor,
  id: string,
): Promise<ImportSessionDto> {
  const row = await loadImport(deps.db, deps, actor, id);
  return toSessionDto(row, sheetOf(row).rows);
}

/**
 * Discards a draft import and its stored rows.
 * @throws DomainError not_found, conflict (already committed or discarded)
 */
export async function discardImport(deps: CoreDeps, actor: Actor, id: string): Promise<void> {
  await loadImport(deps.db, deps, actor, id);
  if (!(await q.finishImport(deps.db, id, 'discarded', null))) throw notDraft();
}

/**
 * Loads an unexpired import of the actor.
 * @throws DomainError not_found
 */
export async function loadImport(
  db: Db,
  deps: CoreDeps,
  actor: Actor,
  id: string,
): Promise<PortfolioImportsTable> {
  const row = await q.findImport(db, id, actor.userId);
  if (!row) throw new DomainError('not_found', 'No import of yours has this id');
  if (row.expires_at < deps.clock.now().toISOString())
    throw new DomainError('not_found', 'This import has expired; upload the file again');
  return row;
}

export function notDraft(): DomainError {
  return new DomainError(
    'conflict',
    'This import was already committed or discarded; upload the file again to import it anew',
  );
}

const storedRows = z.array(z.tuple([z.number().int(), z.array(z.string())]));
const storedHeaders = z.array(z.string());

/** The stored sheet of an import. */
export function sheetOf(row: PortfolioImportsTable): SheetData {
  return {
    headers: storedHeaders.parse(JSON.parse(row.headers_json)),
    headerRowNumber: Number(row.header_row_number),
    rows: storedRows
      .parse(JSON.parse(row.rows_json))
      .map(([rowNumber, cells]) => ({ rowNumber, cells })),
  };
}

/** The mapping, exclusions and fixes of the last preview, or null before any preview. */
export function previewInputOf(row: PortfolioImportsTable) {
  return row.preview_input_json === null
    ? null
    : importPreviewInput.parse(JSON.parse(row.preview_input_json));
}

function toSessionDto(row: PortfolioImportsTable, rows: readonly SheetRow[]): ImportSessionDto {
  return {
    id: row.id,
    filename: row.filename,
    format: importFormat.parse(row.format),
    status: row.status === 'committed' || row.status === 'discarded' ? row.status : 'draft',
    headers: storedHeaders.parse(JSON.parse(row.headers_json)),
    headerRowNumber: Number(row.header_row_number),
    sampleRows: rows.slice(0, portfolioImportLimits.sampleRows).map((r) => r.cells),
    suggestedMapping: importMapping.parse(JSON.parse(row.suggested_mapping_json)),
    rowCount: Number(row.row_count),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}
