import { sql } from 'kysely';
import type { GovernanceConditionsTable, GovernanceDecisionsTable } from '../db/schema';
import type { Db } from '../deps';

// Decisions, their conditions, the meetings they are taken at, and the facts lifecycle gates read.

/**
 * Each system's latest decision (none decided later, nor at the same moment with a greater id)
 * when it set a re-review date, for systems still in use (neither retired nor declined): what the
 * re-review schedule lists and the reminders scan. Callers add their columns and filters.
 */
export function latestDecisionsWithReReview(db: Db) {
  return db
    .selectFrom('governance_decisions as d')
    .innerJoin('ai_systems as s', 's.id', 'd.system_id')
    .where('d.next_review_due', 'is not', null)
    .where('s.lifecycle_state', 'not in', ['retired', 'declined'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('governance_decisions as later')
            .select('later.id')
            .whereRef('later.system_id', '=', 'd.system_id')
            .where((later) =>
              later.or([
                later('later.decided_at', '>', later.ref('d.decided_at')),
                later.and([
                  later('later.decided_at', '=', later.ref('d.decided_at')),
                  later('later.id', '>', later.ref('d.id')),
                ]),
              ]),
            ),
        ),
      ),
    );
}

export async function insertDecision(db: Db, row: GovernanceDecisionsTable): Promise<void> {
  await db.insertInto('governance_decisions').values(row).execute();
}

export async function findDecision(db: Db, id: string) {
  return db.selectFrom('governance_decisions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function decisionsOfSystem(db: Db, systemId: string) {
  return db
    .selectFrom('governance_decisions')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('decided_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function decisionIdsOfReviews(db: Db, reviewIds: readonly string[]) {
  if (reviewIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('governance_decisions')
    .select(['id', 'review_id'])
    .where('review_id', 'in', reviewIds)
    .execute();
  return new Map(rows.map((r) => [r.review_id, r.id]));
}

export async function insertConditions(
  db: Db,
  rows: readonly GovernanceConditionsTable[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('governance_conditions')
      .values([...rows])
      .execute();
}

export async function conditionsOfDecision(db: Db, decisionId: string) {
  return db
    .selectFrom('governance_conditions')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}

export async function conditionsOfSystem(db: Db, systemId: string) {
  return db
    .selectFrom('governance_conditions')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
}

export interface ConditionFilter {
  status?: string;
  ownerId?: string;
  systemId?: string;
  /** true: open and due before `today`; false: everything else. */
  overdue?: boolean;
  today: string;
}

function filteredConditions(db: Db, f: ConditionFilter) {
  return db
    .selectFrom('governance_conditions')
    .$if(f.status !== undefined, (q) => q.where('status', '=', f.status ?? ''))
    .$if(f.ownerId !== undefined, (q) => q.where('owner_id', '=', f.ownerId ?? ''))
    .$if(f.systemId !== undefined, (q) => q.where('system_id', '=', f.systemId ?? ''))
    .$if(f.overdue === true, (q) => q.where('status', '=', 'open').where('due_date', '<', f.today))
    .$if(f.overdue === false, (q) =>
      q.where((eb) => eb.or([eb('status', '!=', 'open'), eb('due_date', '>=', f.today)])),
    );
}

export async function countConditions(db: Db, f: ConditionFilter): Promise<number> {
  const row = await filteredConditions(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Open conditions first, then soonest due. */
export async function listConditions(
  db: Db,
  f: ConditionFilter,
  page: { limit: number; offset: number },
) {
  return filteredConditions(db, f)
    .selectAll()
    .orderBy(sql`case when status = 'open' then 0 else 1 end`)
    .orderBy('due_date')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function findCondition(db: Db, id: string) {
  return db.selectFrom('governance_conditions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Resolves an open condition at the version read; false when it changed or is no longer open. */
export async function resolveCondition(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Pick<
    GovernanceConditionsTable,
    'status' | 'resolution_note' | 'resolved_by_id' | 'resolved_by_label' | 'resolved_at'
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('governance_conditions')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findMeeting(db: Db, id: string) {
  return db.selectFrom('committee_meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function presentAtMeeting(db: Db, meetingId: string): Promise<number> {
  const row = await db
    .selectFrom('meeting_attendance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('meeting_id', '=', meetingId)
    .where('status', '=', 'present')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function findAgendaItem(db: Db, id: string) {
  return db.selectFrom('meeting_agenda_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Links a decision to its agenda item once; false when the item already carries a decision. */
export async function linkAgendaDecision(
  db: Db,
  itemId: string,
  decisionId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('meeting_agenda_items')
    .set({ decision_id: decisionId })
    .where('id', '=', itemId)
    .where('decision_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
