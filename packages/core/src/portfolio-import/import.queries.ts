import type { PortfolioImportsTable } from '../db/schema';
import type { Db } from '../deps';

export async function insertImport(db: Db, row: PortfolioImportsTable): Promise<void> {
  await db.insertInto('portfolio_imports').values(row).execute();
}

/** An import session of one creator (null for the command line's system actor). */
export async function findImport(db: Db, id: string, createdBy: string | null) {
  return db
    .selectFrom('portfolio_imports')
    .selectAll()
    .where('id', '=', id)
    .$if(createdBy === null, (q) => q.where('created_by', 'is', null))
    .$if(createdBy !== null, (q) => q.where('created_by', '=', createdBy))
    .executeTakeFirst();
}

export async function savePreview(
  db: Db,
  id: string,
  previewInputJson: string,
  previewHash: string,
): Promise<void> {
  await db
    .updateTable('portfolio_imports')
    .set({ preview_input_json: previewInputJson, preview_hash: previewHash })
    .where('id', '=', id)
    .execute();
}

/** Moves a draft to a final status; returns false when it was no longer a draft. */
export async function finishImport(
  db: Db,
  id: string,
  status: 'committed' | 'discarded',
  resultJson: string | null,
): Promise<boolean> {
  const result = await db
    .updateTable('portfolio_imports')
    .set({ status, result_json: resultJson, rows_json: '[]' })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes sessions past their expiry; their raw rows are not kept longer than needed. */
export async function deleteExpiredImports(db: Db, now: string): Promise<void> {
  await db.deleteFrom('portfolio_imports').where('expires_at', '<', now).execute();
}

/** Every stored system, for matching imported rows. */
export async function listAllSystems(db: Db) {
  return db.selectFrom('ai_systems').selectAll().execute();
}

/** The users a sheet names, by lower-cased email or by id. */
export async function findUsersByEmailOrId(
  db: Db,
  emails: readonly string[],
  ids: readonly string[],
) {
  const rows: { id: string; email: string }[] = [];
  const chunk = 500;
  for (let i = 0; i < emails.length; i += chunk) {
    rows.push(
      ...(await db
        .selectFrom('users')
        .select(['id', 'email'])
        .where('email', 'in', emails.slice(i, i + chunk))
        .execute()),
    );
  }
  for (let i = 0; i < ids.length; i += chunk) {
    rows.push(
      ...(await db
        .selectFrom('users')
        .select(['id', 'email'])
        .where('id', 'in', ids.slice(i, i + chunk))
        .execute()),
    );
  }
  return rows;
}

export async function setExternalId(
  db: Db,
  systemId: string,
  externalId: string | null,
): Promise<void> {
  await db
    .updateTable('ai_systems')
    .set({ external_id: externalId })
    .where('id', '=', systemId)
    .execute();
}
