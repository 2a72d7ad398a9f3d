import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type { CalendarFeedsTable } from '../db/schema';
import type { Db } from '../deps';

// Personal calendar feed addresses.

export async function findFeedOfUser(db: Db, userId: string) {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** A feed with what decides whether its owner may still read the meetings. */
export async function findFeedWithUser(db: Db, feedId: string) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.secret_hash', 'f.last_used_at', 'u.is_active', 'u.roles_json'])
    .where('f.id', '=', feedId)
    .executeTakeFirst();
}

export async function insertFeed(db: Db, row: CalendarFeedsTable): Promise<void> {
  await db.insertInto('calendar_feeds').values(row).execute();
}

/** True when there was a feed to delete. */
export async function deleteFeedOfUser(db: Db, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('calendar_feeds')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function markFeedUsed(db: Db, feedId: string, at: string): Promise<void> {
  await db
    .updateTable('calendar_feeds')
    .set({ last_used_at: at })
    .where('id', '=', feedId)
    .execute();
}

/** Locks the user's row on PostgreSQL, so two changes of one person's feed serialise. */
export async function lockUser(db: Db, dialect: DialectName, userId: string): Promise<void> {
  await forUpdate(dialect, db.selectFrom('users').select('id').where('id', '=', userId)).execute();
}
