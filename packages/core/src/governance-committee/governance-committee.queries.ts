import { sql } from 'kysely';
import type { DialectName } from '../db/config';
import { containsText, forUpdate } from '../db/dialect';
import type { CommitteeMeetingsTable, MeetingAttendanceTable } from '../db/schema';
import type { Db } from '../deps';

// Meetings, attendance and the committee's members.

export async function insertMeeting(db: Db, row: CommitteeMeetingsTable): Promise<void> {
  await db.insertInto('committee_meetings').values(row).execute();
}

export async function findMeeting(db: Db, id: string) {
  return db.selectFrom('committee_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The meeting row, locked for the transaction on PostgreSQL. */
export async function lockMeeting(db: Db, dialect: DialectName, id: string) {
  return forUpdate(
    dialect,
    db.selectFrom('committee_meetings').selectAll().where('id', '=', id),
  ).executeTakeFirst();
}

/** Applies a change at the version read; false when the version moved on. */
export async function updateMeetingAt(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<CommitteeMeetingsTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('committee_meetings')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchMeeting(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('committee_meetings').set({ updated_at: at }).where('id', '=', id).execute();
}

export async function listMeetings(
  db: Db,
  options: { when: 'upcoming' | 'past'; now: string; limit: number; offset: number },
) {
  const upcoming = options.when === 'upcoming';
  return db
    .selectFrom('committee_meetings')
    .selectAll()
    .where('ends_at', upcoming ? '>=' : '<', options.now)
    .orderBy('starts_at', upcoming ? 'asc' : 'desc')
    .orderBy('id')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countMeetings(db: Db, when: 'upcoming' | 'past', now: string) {
  const row = await db
    .selectFrom('committee_meetings')
    .select(sql<number>`count(*)`.as('n'))
    .where('ends_at', when === 'upcoming' ? '>=' : '<', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Meetings starting on or after a time, for the calendar feed. */
export async function listMeetingsSince(db: Db, since: string) {
  return db
    .selectFrom('committee_meetings')
    .selectAll()
    .where('starts_at', '>=', since)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export async function countAgendaItems(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_agenda_items')
    .select(['meeting_id', sql<number>`count(*)`.as('n')])
    .where('meeting_id', 'in', meetingIds)
    .groupBy('meeting_id')
    .execute();
}

export async function countPresent(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_attendance')
    .select(['meeting_id', sql<number>`count(*)`.as('n')])
    .where('meeting_id', 'in', meetingIds)
    .where('status', '=', 'present')
    .groupBy('meeting_id')
    .execute();
}

/** Active users holding the committee_member role, by name. */
export async function listCommitteeMembers(db: Db, dialect: DialectName) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'disciplines_json'])
    .where('is_active', '=', 1)
    .where(containsText(dialect, 'roles_json', '"committee_member"'))
    .orderBy('display_name')
    .orderBy('id')
    .execute();
}

export async function countCommitteeMembers(db: Db, dialect: DialectName): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)`.as('n'))
    .where('is_active', '=', 1)
    .where(containsText(dialect, 'roles_json', '"committee_member"'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Everyone recorded at a meeting, with their name (recorded people may have left the committee). */
export async function listAttendance(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.user_id', 'a.status', 'a.recorded_at', 'u.display_name', 'u.disciplines_json'])
    .where('a.meeting_id', '=', meetingId)
    .execute();
}

export async function findAttendance(db: Db, meetingId: string, userId: string) {
  return db
    .selectFrom('meeting_attendance')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function saveAttendance(db: Db, row: MeetingAttendanceTable): Promise<void> {
  const updated = await db
    .updateTable('meeting_attendance')
    .set({ status: row.status, recorded_at: row.recorded_at })
    .where('meeting_id', '=', row.meeting_id)
    .where('user_id', '=', row.user_id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await db.insertInto('meeting_attendance').values(row).execute();
}
