import { sql } from 'kysely';
import type { DialectName } from '../db/config';
import { containsText, forUpdate } from '../db/dialect';
import type {
  CommitteeMeetingsTable,
  MeetingAgendaItemsTable,
  MeetingAttendanceTable,
} from '../db/schema';
import type { Db } from '../deps';

// Meetings, agenda items, attendance and the committee's members.

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

/** The agenda of meetings with each item's review, system and decision, in order. */
export async function listAgenda(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_agenda_items as i')
    .leftJoin('governance_reviews as r', 'r.id', 'i.review_id')
    .leftJoin('ai_systems as s', 's.id', 'r.system_id')
    .leftJoin('governance_decisions as d', 'd.id', 'i.decision_id')
    .select([
      'i.id',
      'i.meeting_id',
      'i.position',
      'i.title',
      'i.notes',
      'i.review_id',
      'i.decision_id',
      'r.system_id',
      's.name as system_name',
      'r.round',
      'r.tier',
      'r.pathway',
      'r.status as review_status',
      'r.opened_at',
      'r.version as review_version',
      'd.outcome',
      'd.decided_at',
      'd.decided_by_label',
    ])
    .where('i.meeting_id', 'in', meetingIds)
    .orderBy('i.meeting_id')
    .orderBy('i.position')
    .execute();
}
export type AgendaRow = Awaited<ReturnType<typeof listAgenda>>[number];

export async function findAgendaItem(db: Db, meetingId: string, itemId: string) {
  return db
    .selectFrom('meeting_agenda_items')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

export async function listAgendaItemIds(db: Db, meetingId: string) {
  return db
    .selectFrom('meeting_agenda_items')
    .select(['id', 'position'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .execute();
}

export async function insertAgendaItem(db: Db, row: MeetingAgendaItemsTable): Promise<void> {
  await db.insertInto('meeting_agenda_items').values(row).execute();
}

export async function updateAgendaItem(
  db: Db,
  id: string,
  changes: Partial<Pick<MeetingAgendaItemsTable, 'title' | 'notes' | 'position'>>,
): Promise<void> {
  await db.updateTable('meeting_agenda_items').set(changes).where('id', '=', id).execute();
}

export async function deleteAgendaItem(db: Db, id: string): Promise<void> {
  await db.deleteFrom('meeting_agenda_items').where('id', '=', id).execute();
}

/** The scheduled meetings whose agenda holds the review. */
export async function findScheduledAgendaOfReview(db: Db, reviewId: string) {
  return db
    .selectFrom('meeting_agenda_items as i')
    .innerJoin('committee_meetings as m', 'm.id', 'i.meeting_id')
    .select(['m.id as meeting_id', 'm.title', 'm.starts_at'])
    .where('i.review_id', '=', reviewId)
    .where('m.status', '=', 'scheduled')
    .executeTakeFirst();
}

/** A review with what the agenda shows of it, locked on PostgreSQL so two adds serialise. */
export async function lockReview(db: Db, dialect: DialectName, reviewId: string) {
  const review = await forUpdate(
    dialect,
    db.selectFrom('governance_reviews').selectAll().where('id', '=', reviewId),
  ).executeTakeFirst();
  if (!review) return undefined;
  const system = await db
    .selectFrom('ai_systems')
    .select('name')
    .where('id', '=', review.system_id)
    .executeTakeFirst();
  return { ...review, system_name: system?.name ?? 'Unknown system' };
}

/** Open reviews that are on no scheduled meeting's agenda, the longest waiting first. */
export async function listUnscheduledOpenReviews(db: Db) {
  return db
    .selectFrom('governance_reviews as r')
    .innerJoin('ai_systems as s', 's.id', 'r.system_id')
    .leftJoin('tier_determinations as t', 't.id', 'r.determination_id')
    .select([
      'r.id',
      'r.system_id',
      's.name as system_name',
      'r.round',
      'r.reason',
      'r.tier',
      'r.pathway',
      'r.opened_at',
      'r.due_at',
      't.rule_set_version',
    ])
    .where('r.status', '=', 'open')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meeting_agenda_items as i')
            .innerJoin('committee_meetings as m', 'm.id', 'i.meeting_id')
            .select('i.id')
            .whereRef('i.review_id', '=', 'r.id')
            .where('m.status', '=', 'scheduled'),
        ),
      ),
    )
    .orderBy('r.opened_at')
    .orderBy('r.id')
    .execute();
}

export async function findRuleSetDefinitions(db: Db, versions: readonly number[]) {
  if (versions.length === 0) return [];
  return db
    .selectFrom('tier_rule_sets')
    .select(['version', 'definition_json'])
    .where('version', 'in', versions)
    .execute();
}

export async function findRuleSetVersionOfDetermination(db: Db, determinationId: string) {
  const row = await db
    .selectFrom('tier_determinations')
    .select('rule_set_version')
    .where('id', '=', determinationId)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.rule_set_version);
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
