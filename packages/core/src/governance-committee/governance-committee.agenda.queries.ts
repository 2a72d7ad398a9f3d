import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type { MeetingAgendaItemsTable } from '../db/schema';
import type { Db } from '../deps';

// Agenda items, the reviews they are about, and the open reviews waiting for an agenda.

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
