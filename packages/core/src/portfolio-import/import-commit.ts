import { createHash } from 'node:crypto';
import {
  type FieldError,
  type ImportCommitInput,
  type ImportCommitResult,
  type ImportPreviewDto,
  type ImportPreviewInput,
  type ImportTargetField,
  id as idSchema,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { PortfolioImportsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { insertCheckedSystems, updateCheckedSystem } from './import-writes';
import { type PlannedRow, countActions, indexExisting, planImport } from './import-plan';
import * as q from './import.queries';
import { loadImport, notDraft, previewInputOf, sheetOf } from './import-session';
import type { KnownUsers } from './row-validate';

/**
 * Applies a column mapping (with defaults, excluded rows and fixed cells) and returns what
 * each row would do, naming the row and field of every problem. Saves the mapping for commit.
 * @throws DomainError not_found, conflict (not a draft), validation_failed (unknown header, field mapped twice)
 */
export async function previewImport(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: ImportPreviewInput,
): Promise<ImportPreviewDto> {
  const session = await loadImport(deps.db, deps, actor, id);
  if (session.status !== 'draft') throw notDraft();
  checkMapping(sheetOf(session).headers, input);
  const rows = await planSession(deps.db, actor, session, input);
  const previewHash = hashPreview(input, rows);
  await q.savePreview(deps.db, id, JSON.stringify(input), previewHash);
  return {
    importId: id,
    rows: rows.map(({ write: _write, ...row }) => row),
    counts: countActions(rows),
    previewHash,
  };
}

/**
 * Imports every row of the last preview in one transaction, or nothing: refuses while a row
 * that is not excluded is invalid, and when the portfolio or mapping changed since the preview.
 * @throws DomainError not_found, conflict (not a draft, no preview, stale preview), validation_failed (invalid rows, each named)
 */
export async function commitImport(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  commit: ImportCommitInput,
): Promise<ImportCommitResult> {
  return deps.db.transaction().execute(async (trx) => {
    const session = await loadImport(trx, deps, actor, id);
    if (session.status !== 'draft') throw notDraft();
    const input = previewInputOf(session);
    if (input === null)
      throw new DomainError('conflict', 'Preview the import before committing it');
    const rows = await planSession(trx, actor, session, input);
    if (hashPreview(input, rows) !== commit.previewHash) {
      throw new DomainError(
        'conflict',
        'The mapping or the portfolio changed since this preview; preview again and check it',
      );
    }
    const invalid = rows.filter((r) => r.action === 'invalid');
    if (invalid.length > 0) throw invalidRows(invalid);
    const updatedIds: string[] = [];
    for (const row of rows) {
      if (row.write?.kind !== 'update') continue;
      await updateCheckedSystem(trx, deps, actor, row.write.row, row.write);
      updatedIds.push(row.write.row.id);
    }
    const creates = rows.flatMap((r) => (r.write?.kind === 'create' ? [r.write] : []));
    const createdIds = await insertCheckedSystems(trx, deps, actor, creates);
    const counts = countActions(rows);
    const result: ImportCommitResult = { importId: id, counts, createdIds, updatedIds };
    if (!(await q.finishImport(trx, id, 'committed', JSON.stringify(result)))) throw notDraft();
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'portfolio.import_committed',
      entityType: 'portfolio_import',
      entityId: id,
      changes: {
        filename: { before: null, after: session.filename },
        ...Object.fromEntries(
          Object.entries(counts).map(([action, n]) => [action, { before: null, after: n }]),
        ),
      },
    });
    return result;
  });
}

async function planSession(
  db: Db,
  actor: Actor,
  session: PortfolioImportsTable,
  input: ImportPreviewInput,
): Promise<PlannedRow[]> {
  const sheet = sheetOf(session);
  const [existing, users] = await Promise.all([
    q.listAllSystems(db),
    knownUsers(
      db,
      sheet.rows.flatMap((r) => r.cells),
      input,
    ),
  ]);
  return planImport(sheet, input, { users, existing: indexExisting(existing), actor });
}

/** The users any cell, default or fix could name: every email-like or id-like text, looked up at once. */
async function knownUsers(
  db: Db,
  cells: readonly string[],
  input: ImportPreviewInput,
): Promise<KnownUsers> {
  const texts = new Set(cells);
  for (const v of Object.values(input.defaults ?? {})) if (v) texts.add(v.trim());
  for (const edits of Object.values(input.rowEdits ?? {}))
    for (const v of Object.values(edits)) if (v) texts.add(v.trim());
  const emails = [...texts].filter((t) => t.includes('@')).map((t) => t.toLowerCase());
  const ids = [...texts].filter((t) => idSchema.safeParse(t).success);
  const users = await q.findUsersByEmailOrId(db, [...new Set(emails)], ids);
  return {
    idByEmail: new Map(users.map((u) => [u.email.toLowerCase(), u.id])),
    emailById: new Map(users.map((u) => [u.id, u.email])),
  };
}

function checkMapping(headers: readonly string[], input: ImportPreviewInput): void {
  const problems: FieldError[] = [];
  const known = new Set(headers);
  const usedBy = new Map<ImportTargetField, string>();
  for (const [header, field] of Object.entries(input.mapping)) {
    if (!known.has(header))
      problems.push({ path: `body.mapping.${header}`, message: 'is not a column of this file' });
    if (field === null) continue;
    const other = usedBy.get(field);
    if (other !== undefined)
      problems.push({
        path: `body.mapping.${header}`,
        message: `${field} is already filled from column “${other}”`,
      });
    else usedBy.set(field, header);
  }
  if (problems.length > 0)
    throw new DomainError('validation_failed', 'The column mapping is not valid', {
      details: problems,
    });
}

function hashPreview(input: ImportPreviewInput, rows: readonly PlannedRow[]): string {
  const hash = createHash('sha256').update(JSON.stringify(input));
  for (const r of rows)
    hash.update(JSON.stringify([r.rowNumber, r.action, r.systemId, r.values, r.errors]));
  return hash.digest('hex');
}

function invalidRows(rows: readonly PlannedRow[]): DomainError {
  const details = rows.flatMap((r) =>
    r.errors.map((e) => ({
      path: `rows.${r.rowNumber}.${e.field}`,
      message: `row ${r.rowNumber}, ${e.field}: ${e.message}`,
    })),
  );
  const numbers = rows.map((r) => r.rowNumber);
  const listed =
    numbers.length > 10
      ? `${numbers.slice(0, 10).join(', ')} and ${numbers.length - 10} more`
      : numbers.join(', ');
  return new DomainError(
    'validation_failed',
    `Nothing was imported: fix or exclude the invalid rows (${listed})`,
    { details },
  );
}
