import type {
  AiSystemSnapshot,
  ImportCounts,
  ImportPreviewInput,
  ImportPreviewRow,
  ImportTargetField,
} from '@vigil/contracts';
import { diffFields } from '../audit/index';
import { searchDocument } from '../db/dialect';
import type { AiSystemsTable } from '../db/schema';
import type { Actor } from '../deps';
import { rowToSnapshot } from '../portfolio/portfolio.mappers';
import { mayRegisterInUse, normaliseSnapshot } from '../portfolio/portfolio.rules';
import type { SheetRow } from './spreadsheet-reader';
import { type KnownUsers, type RowText, toSnapshot, validateRow } from './row-validate';

export type PlannedWrite =
  | { kind: 'create'; snapshot: AiSystemSnapshot; externalId: string | null }
  | { kind: 'update'; row: AiSystemsTable; after: AiSystemSnapshot; externalId: string | null };

export interface PlannedRow extends ImportPreviewRow {
  write: PlannedWrite | null;
}

/** The systems already stored, found by inventory id and by natural key. */
export interface ExistingSystems {
  byExternalId: ReadonlyMap<string, AiSystemsTable>;
  byKey: ReadonlyMap<string, readonly AiSystemsTable[]>;
}

/** What identifies a system without an inventory id: its name, developer and version, normalised. */
export function naturalKey(
  name: string,
  developer: string,
  productVersion: string | null | undefined,
): string {
  return [name, developer, productVersion ?? ''].map((p) => searchDocument(p)).join('\u0000');
}

/** Indexes stored systems for matching. */
export function indexExisting(rows: readonly AiSystemsTable[]): ExistingSystems {
  const byExternalId = new Map<string, AiSystemsTable>();
  const byKey = new Map<string, AiSystemsTable[]>();
  for (const row of rows) {
    if (row.external_id) byExternalId.set(row.external_id, row);
    const key = naturalKey(row.name, row.developer, row.product_version);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return { byExternalId, byKey };
}

/** A row's text by field: mapped cells, then defaults for blanks, then the user's fixes. */
export function rowText(
  row: SheetRow,
  headers: readonly string[],
  input: ImportPreviewInput,
): RowText {
  const text: RowText = {};
  headers.forEach((header, i) => {
    const field = input.mapping[header];
    const cell = row.cells[i] ?? '';
    if (field && cell !== '' && text[field] === undefined) text[field] = cell;
  });
  for (const [field, value] of Object.entries(input.defaults ?? {}) as [
    ImportTargetField,
    string | undefined,
  ][]) {
    if (text[field] === undefined && value !== undefined && value.trim() !== '')
      text[field] = value.trim();
  }
  for (const [field, value] of Object.entries(input.rowEdits?.[String(row.rowNumber)] ?? {}) as [
    ImportTargetField,
    string | undefined,
  ][]) {
    if (value === undefined) continue;
    if (value.trim() === '') delete text[field];
    else text[field] = value.trim();
  }
  return text;
}

/** Decides every row: create, update, unchanged, excluded or invalid, with each problem's field. */
export function planImport(
  sheet: { headers: readonly string[]; rows: readonly SheetRow[] },
  input: ImportPreviewInput,
  context: { users: KnownUsers; existing: ExistingSystems; actor: Actor },
): PlannedRow[] {
  const excluded = new Set(input.excludedRows ?? []);
  const seen = new Map<string, number>();
  return sheet.rows.map((row) => {
    const text = rowText(row, sheet.headers, input);
    const match = findMatch(text, context.existing);
    const checked = validateRow(
      text,
      context.users,
      'system' in match ? rowToSnapshot(match.system) : null,
    );
    const errors = [...checked.errors];
    if ('error' in match) errors.unshift({ field: 'name', message: match.error });
    const identity =
      text.externalId !== undefined
        ? `id:${text.externalId}`
        : `key:${naturalKey(text.name ?? '', text.developer ?? '', text.productVersion)}`;
    const base = {
      rowNumber: row.rowNumber,
      systemId: 'system' in match ? match.system.id : null,
      values: checked.values,
    };
    if (excluded.has(row.rowNumber)) return { ...base, action: 'excluded', errors, write: null };
    const earlier = seen.get(identity);
    if (earlier !== undefined)
      errors.push({
        field: text.externalId !== undefined ? 'externalId' : 'name',
        message: `repeats row ${earlier}`,
      });
    else seen.set(identity, row.rowNumber);
    if (
      checked.input &&
      !('system' in match) &&
      checked.input.initialState !== 'proposed' &&
      !mayRegisterInUse(context.actor)
    ) {
      errors.push({
        field: 'initialState',
        message: `only an administrator or the CAIO may register a system as ${checked.input.initialState}`,
      });
    }
    if (errors.length > 0 || !checked.input)
      return { ...base, action: 'invalid', errors, write: null };
    const externalId = checked.externalId;
    if (!('system' in match))
      return {
        ...base,
        action: 'create',
        errors,
        write: { kind: 'create', snapshot: toSnapshot(checked.input), externalId },
      };
    const before = rowToSnapshot(match.system);
    const after = normaliseSnapshot({
      ...toSnapshot(checked.input),
      lifecycleState: before.lifecycleState,
    });
    const newExternalId = externalId ?? match.system.external_id ?? null;
    const unchanged =
      Object.keys(diffFields(before, after)).length === 0 &&
      newExternalId === (match.system.external_id ?? null);
    if (unchanged) return { ...base, action: 'unchanged', errors, write: null };
    return {
      ...base,
      action: 'update',
      errors,
      write: { kind: 'update', row: match.system, after, externalId: newExternalId },
    };
  });
}

function findMatch(
  text: RowText,
  existing: ExistingSystems,
): { system: AiSystemsTable } | { error: string } | { none: true } {
  if (text.externalId !== undefined) {
    const byId = existing.byExternalId.get(text.externalId);
    if (byId) return { system: byId };
  }
  if (text.name === undefined || text.developer === undefined) return { none: true };
  const candidates = (
    existing.byKey.get(naturalKey(text.name, text.developer, text.productVersion)) ?? []
  ).filter((s) => !s.external_id || s.external_id === text.externalId);
  if (candidates.length > 1) {
    return {
      error: `matches ${candidates.length} systems already in the portfolio; add an inventory ID column to tell them apart`,
    };
  }
  return candidates[0] ? { system: candidates[0] } : { none: true };
}

/** How many rows take each action. */
export function countActions(rows: readonly Pick<ImportPreviewRow, 'action'>[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, excluded: 0, invalid: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
}
