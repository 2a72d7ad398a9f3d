import type { NotificationKind } from '@vigil/contracts';
import type {
  MailOutboxTable,
  NotificationPreferencesTable,
  NotificationsTable,
} from '../db/schema';
import type { Db } from '../deps';

export async function insertNotifications(db: Db, rows: NotificationsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('notifications')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** The recipients among the ids, with what deciding on email needs; missing ids are left out. */
export async function findRecipients(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('users')
    .leftJoin('notification_preferences as p', 'p.user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.is_active',
      'p.email_enabled',
      'p.daily_digest',
    ])
    .where('users.id', 'in', [...userIds])
    .execute();
}

export interface InboxFilterArgs {
  userId: string;
  unreadOnly: boolean;
  kind: NotificationKind | undefined;
}

function inbox(db: Db, filter: InboxFilterArgs) {
  return db
    .selectFrom('notifications')
    .where('user_id', '=', filter.userId)
    .$if(filter.unreadOnly, (q) => q.where('read_at', 'is', null))
    .$if(filter.kind !== undefined, (q) => q.where('kind', '=', filter.kind ?? ''));
}

/** One page of a person's notifications, newest first. */
export async function listInbox(
  db: Db,
  filter: InboxFilterArgs,
  page: { limit: number; offset: number },
): Promise<NotificationsTable[]> {
  return inbox(db, filter)
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countInbox(db: Db, filter: InboxFilterArgs): Promise<number> {
  const row = await inbox(db, filter)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findNotification(db: Db, userId: string, id: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Marks unread notifications of a person read; with `id`, only that one. Returns how many. */
export async function markRead(db: Db, userId: string, at: string, id?: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .$if(id !== undefined, (q) => q.where('id', '=', id ?? ''))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findPreferences(db: Db, userId: string) {
  return db
    .selectFrom('notification_preferences')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function savePreferences(db: Db, row: NotificationPreferencesTable): Promise<void> {
  const { user_id: _id, ...changes } = row;
  await db
    .insertInto('notification_preferences')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(changes))
    .execute();
}

/** Active people who take the daily digest and have not had one since `cutoff`. */
export async function listDigestRecipients(db: Db, cutoff: string) {
  return db
    .selectFrom('notification_preferences as p')
    .innerJoin('users', 'users.id', 'p.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'p.last_digest_at'])
    .where('p.email_enabled', '=', 1)
    .where('p.daily_digest', '=', 1)
    .where('users.is_active', '=', 1)
    .where((eb) => eb.or([eb('p.last_digest_at', 'is', null), eb('p.last_digest_at', '<', cutoff)]))
    .orderBy('users.id')
    .execute();
}

/** A person's unread notifications created after `since` (all unread ones when null), oldest first. */
export async function listUnreadSince(db: Db, userId: string, since: string | null) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .$if(since !== null, (q) => q.where('created_at', '>', since ?? ''))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Records that a person's digest went out at `at`, only if no other process recorded one
 * since `cutoff`; false when another got there first.
 */
export async function claimDigest(
  db: Db,
  userId: string,
  cutoff: string,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('notification_preferences')
    .set({ last_digest_at: at })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_digest_at', 'is', null), eb('last_digest_at', '<', cutoff)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMail(db: Db, rows: MailOutboxTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('mail_outbox')
      .values(rows.slice(i, i + 200))
      .execute();
}

/** Mail that is neither sent nor given up and whose next attempt is due, oldest first. */
export async function listDueMail(db: Db, now: string, limit: number) {
  return db
    .selectFrom('mail_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('gave_up_at', 'is', null)
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Claims a mail for sending by moving its next attempt to `leaseUntil`, only if nobody moved it
 * since it was read; false when another sender claimed it first.
 */
export async function claimMail(
  db: Db,
  mail: { id: string; next_attempt_at: string },
  leaseUntil: string,
): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ next_attempt_at: leaseUntil })
    .where('id', '=', mail.id)
    .where('next_attempt_at', '=', mail.next_attempt_at)
    .where('sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordMailSent(
  db: Db,
  id: string,
  attempts: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ sent_at: at, attempts, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function recordMailFailure(
  db: Db,
  id: string,
  failure: { attempts: number; error: string; nextAttemptAt: string; gaveUpAt: string | null },
): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({
      attempts: failure.attempts,
      last_error: failure.error,
      next_attempt_at: failure.nextAttemptAt,
      gave_up_at: failure.gaveUpAt,
    })
    .where('id', '=', id)
    .execute();
}

export async function countQueuedMail(db: Db): Promise<number> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('sent_at', 'is', null)
    .where('gave_up_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Records that the scanner told about an item under a kind today; false when that was already
 * recorded (by an earlier run or a concurrent one), so nobody is told twice.
 */
export async function recordScan(
  db: Db,
  scan: { kind: NotificationKind; subjectId: string; day: string; recipients: number; at: string },
): Promise<boolean> {
  const result = await db
    .insertInto('notification_scans')
    .values({
      kind: scan.kind,
      subject_id: scan.subjectId,
      day: scan.day,
      recipients: scan.recipients,
      created_at: scan.at,
    })
    .onConflict((oc) => oc.columns(['kind', 'subject_id', 'day']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
