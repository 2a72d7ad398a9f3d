import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type {
  GovernanceReviewsTable,
  LifecycleTransitionsTable,
  ReviewAssignmentsTable,
} from '../db/schema';
import type { Db } from '../deps';

// Review rounds, reviewer seats and the people on them.

export async function lockSystem(db: Db, dialect: DialectName, systemId: string) {
  return forUpdate(
    dialect,
    db.selectFrom('ai_systems').selectAll().where('id', '=', systemId),
  ).executeTakeFirst();
}

export async function findSystemName(db: Db, systemId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('ai_systems')
    .select('name')
    .where('id', '=', systemId)
    .executeTakeFirst();
  return row?.name;
}

export async function findOpenReview(db: Db, systemId: string) {
  return db
    .selectFrom('governance_reviews')
    .selectAll()
    .where('system_id', '=', systemId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function lastRound(db: Db, systemId: string): Promise<number> {
  const row = await db
    .selectFrom('governance_reviews')
    .select((eb) => eb.fn.max('round').as('round'))
    .where('system_id', '=', systemId)
    .executeTakeFirst();
  return Number(row?.round ?? 0);
}

export async function insertReview(db: Db, row: GovernanceReviewsTable): Promise<void> {
  await db.insertInto('governance_reviews').values(row).execute();
}

export async function findReview(db: Db, id: string) {
  return db.selectFrom('governance_reviews').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockReview(db: Db, dialect: DialectName, id: string) {
  return forUpdate(
    dialect,
    db.selectFrom('governance_reviews').selectAll().where('id', '=', id),
  ).executeTakeFirst();
}

export async function listReviews(db: Db, filter: { status?: string; systemId?: string }) {
  return db
    .selectFrom('governance_reviews')
    .selectAll()
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status ?? ''))
    .$if(filter.systemId !== undefined, (q) => q.where('system_id', '=', filter.systemId ?? ''))
    .orderBy('opened_at', 'desc')
    .orderBy('id')
    .limit(500)
    .execute();
}

/** Closes an open review at the version read; false when someone else closed or changed it. */
export async function closeReview(
  db: Db,
  id: string,
  expectedVersion: number,
  change: { status: 'decided' | 'withdrawn'; closedAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('governance_reviews')
    .set({ status: change.status, closed_at: change.closedAt, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function assignmentsOf(db: Db, reviewIds: readonly string[]) {
  if (reviewIds.length === 0) return [];
  return db
    .selectFrom('review_assignments')
    .selectAll()
    .where('review_id', 'in', reviewIds)
    .orderBy('assigned_at')
    .orderBy('id')
    .execute();
}

export async function findAssignment(db: Db, id: string) {
  return db.selectFrom('review_assignments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAssignment(db: Db, row: ReviewAssignmentsTable): Promise<void> {
  await db.insertInto('review_assignments').values(row).execute();
}

/** Saves a reviewer's seat at the version read; false when it changed meanwhile. */
export async function updateAssignmentAtVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<ReviewAssignmentsTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('review_assignments')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a seat that has nothing submitted; false when it was submitted or is gone. */
export async function deleteUnsubmittedAssignment(db: Db, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('review_assignments')
    .where('id', '=', id)
    .where('submitted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function assignmentsOfReviewer(db: Db, reviewerId: string) {
  return db
    .selectFrom('review_assignments')
    .selectAll()
    .where('reviewer_id', '=', reviewerId)
    .orderBy('assigned_at', 'desc')
    .limit(500)
    .execute();
}

export async function reviewsByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('governance_reviews').selectAll().where('id', 'in', ids).execute();
}

export async function findPeople(db: Db, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'roles_json', 'disciplines_json', 'is_active'])
    .where('id', 'in', unique)
    .execute();
}

export async function activeUsers(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'email', 'roles_json', 'disciplines_json'])
    .where('is_active', '=', 1)
    .orderBy('display_name')
    .execute();
}

export async function systemNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('ai_systems')
    .select(['id', 'name'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function insertTransition(db: Db, row: LifecycleTransitionsTable): Promise<void> {
  await db.insertInto('lifecycle_transitions').values(row).execute();
}

export async function transitionsOf(db: Db, systemId: string) {
  return db
    .selectFrom('lifecycle_transitions')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .execute();
}
