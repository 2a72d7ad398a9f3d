import { sql } from 'kysely';
import type { Db } from '../deps';
import { latestDecisionsWithReReview } from '../governance-review/decision.queries';

// What the re-review schedule and the governance dashboard count.

const terminalStates = ['retired', 'declined'];

/** The re-review schedule: each system's latest decision that set a re-review date, by due date. */
export async function listDueReReviews(db: Db) {
  return latestDecisionsWithReReview(db)
    .innerJoin('governance_reviews as r', 'r.id', 'd.review_id')
    .select([
      'd.id as decision_id',
      'd.system_id',
      's.name as system_name',
      's.lifecycle_state',
      'r.tier',
      'd.outcome',
      'd.decided_at',
      'd.next_review_due',
    ])
    .orderBy('d.next_review_due')
    .orderBy('s.name_sort')
    .orderBy('d.system_id')
    .execute();
}

export async function listOpenReviewsBySystem(db: Db) {
  return db
    .selectFrom('governance_reviews')
    .select(['id', 'system_id'])
    .where('status', '=', 'open')
    .execute();
}

export async function countSystemsByState(db: Db) {
  return db
    .selectFrom('ai_systems')
    .select(['lifecycle_state', sql<number>`count(*)`.as('n')])
    .groupBy('lifecycle_state')
    .execute();
}

export async function countIntakesByStatus(db: Db) {
  return db
    .selectFrom('intakes')
    .select(['status', sql<number>`count(*)`.as('n')])
    .groupBy('status')
    .execute();
}

/** Current systems with when they entered their state: the latest transition into it, else creation. */
export async function listSystemsWithStateEntry(db: Db) {
  return db
    .selectFrom('ai_systems as s')
    .select((eb) => [
      's.id',
      's.name',
      's.lifecycle_state',
      's.created_at',
      eb
        .selectFrom('lifecycle_transitions as t')
        .select((inner) => inner.fn.max('t.at').as('entered'))
        .whereRef('t.system_id', '=', 's.id')
        .whereRef('t.to_state', '=', 's.lifecycle_state')
        .as('entered_at'),
    ])
    .where('s.lifecycle_state', 'not in', terminalStates)
    .execute();
}

/** Open conditions due before a date, the most overdue first. */
export async function listOverdueConditions(db: Db, today: string) {
  return db
    .selectFrom('governance_conditions as c')
    .innerJoin('ai_systems as s', 's.id', 'c.system_id')
    .leftJoin('users as u', 'u.id', 'c.owner_id')
    .select([
      'c.id',
      'c.system_id',
      's.name as system_name',
      'c.description',
      'c.due_date',
      'u.display_name as owner_name',
    ])
    .where('c.status', '=', 'open')
    .where('c.due_date', '<', today)
    .orderBy('c.due_date')
    .orderBy('c.id')
    .execute();
}

/** Open reviews past their due time, the most overdue first. */
export async function listOverdueReviews(db: Db, now: string) {
  return db
    .selectFrom('governance_reviews as r')
    .innerJoin('ai_systems as s', 's.id', 'r.system_id')
    .select(['r.id', 'r.system_id', 's.name as system_name', 'r.round', 'r.due_at'])
    .where('r.status', '=', 'open')
    .where('r.due_at', 'is not', null)
    .where('r.due_at', '<', now)
    .orderBy('r.due_at')
    .orderBy('r.id')
    .execute();
}

export async function listDecisionsSince(db: Db, since: string) {
  return db
    .selectFrom('governance_decisions')
    .select(['decided_at', 'outcome'])
    .where('decided_at', '>=', since)
    .execute();
}

export async function countIntakesByDepartmentSince(db: Db, since: string) {
  return db
    .selectFrom('intakes')
    .select(['department', sql<number>`count(*)`.as('n')])
    .where('created_at', '>=', since)
    .groupBy('department')
    .execute();
}
