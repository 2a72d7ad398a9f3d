import type { DialectName } from '../db/config';
import { binaryOrder } from '../db/dialect';
import type { SavedViewsTable } from '../db/schema';
import type { Db } from '../deps';

// Saved views, always scoped to their owner.

export async function listSavedViews(db: Db, dialect: DialectName, userId: string) {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy(binaryOrder(dialect, 'name'))
    .orderBy('id')
    .execute();
}

export async function findSavedView(db: Db, userId: string, id: string) {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertSavedView(db: Db, row: SavedViewsTable): Promise<void> {
  await db.insertInto('saved_views').values(row).execute();
}

export async function updateSavedView(db: Db, row: SavedViewsTable): Promise<void> {
  await db
    .updateTable('saved_views')
    .set({ name: row.name, query_json: row.query_json, updated_at: row.updated_at })
    .where('id', '=', row.id)
    .where('user_id', '=', row.user_id)
    .execute();
}

/** Deletes one of a user's views; returns whether it existed. */
export async function deleteSavedView(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_views')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
