import { dsiType } from '@vigil/contracts';
import { sql } from 'kysely';
import type { AiSystemVersionsTable, AiSystemsTable } from '../db/schema';
import type { Db } from '../deps';
import { overallCompletenessOf } from '../portfolio-cards/portfolio-cards.mappers';

export async function insertSystem(db: Db, row: AiSystemsTable): Promise<void> {
  await db.insertInto('ai_systems').values(row).execute();
}

export async function findSystemById(db: Db, id: string) {
  return db.selectFrom('ai_systems').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Updates a system only at the expected version; returns whether a row changed. */
export async function updateSystemAtVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<AiSystemsTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('ai_systems')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  const updated = Number(result.numUpdatedRows) === 1;
  // The card is assessed against the system's DSI type, so a new type moves its completeness.
  if (updated && changes.dsi_type !== undefined) await refreshCardCompleteness(db, id);
  return updated;
}

/**
 * Sets a system's `card_completeness_pct` from its current card and DSI type, in the caller's
 * transaction; call it whenever either changes. Returns the stored value (null without a card).
 */
export async function refreshCardCompleteness(db: Db, systemId: string): Promise<number | null> {
  const row = await db
    .selectFrom('ai_systems as s')
    .innerJoin('model_cards as c', 'c.system_id', 's.id')
    .select(['s.dsi_type', 'c.completeness_json'])
    .where('s.id', '=', systemId)
    .orderBy('c.card_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const pct = row
    ? overallCompletenessOf(row.completeness_json, dsiType.parse(row.dsi_type))
    : null;
  await db
    .updateTable('ai_systems')
    .set({ card_completeness_pct: pct })
    .where('id', '=', systemId)
    .execute();
  return pct;
}

/** Replaces a system's full-text document; the same SQL serves FTS5 and the tsvector table. */
export async function saveSearchDocument(
  db: Db,
  systemId: string,
  document: string,
): Promise<void> {
  await db.deleteFrom('ai_system_search').where('system_id', '=', systemId).execute();
  await db.insertInto('ai_system_search').values({ system_id: systemId, document }).execute();
}

/** The searchable text of a system's current model card, or null when it has none. */
export async function findCardSearchText(db: Db, systemId: string): Promise<string | null> {
  const row = await db
    .selectFrom('model_cards')
    .select('search_text')
    .where('system_id', '=', systemId)
    .orderBy('card_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.search_text ?? null;
}

export async function insertVersion(db: Db, row: AiSystemVersionsTable): Promise<void> {
  await db.insertInto('ai_system_versions').values(row).execute();
}

export async function listVersions(db: Db, systemId: string) {
  return db
    .selectFrom('ai_system_versions')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('version', 'desc')
    .execute();
}

export async function findVersion(db: Db, systemId: string, version: number) {
  return db
    .selectFrom('ai_system_versions')
    .selectAll()
    .where('system_id', '=', systemId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function findUserNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
