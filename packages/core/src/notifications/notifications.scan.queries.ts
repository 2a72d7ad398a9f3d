import type { DialectName } from '../db/config';
import { containsText } from '../db/dialect';
import type { Db } from '../deps';
import { latestDecisionsWithReReview } from '../governance-review/decision.queries';

/** Open conditions with an owner due on or before `until` (overdue ones included), by due date. */
export async function listOpenConditionsDueBy(db: Db, until: string) {
  return db
    .selectFrom('governance_conditions as c')
    .innerJoin('ai_systems as s', 's.id', 'c.system_id')
    .select([
      'c.id',
      'c.system_id',
      'c.description',
      'c.owner_id',
      'c.due_date',
      'c.gates_state',
      's.name as system_name',
    ])
    .where('c.status', '=', 'open')
    .where('c.owner_id', 'is not', null)
    .where('c.due_date', '<=', until)
    .orderBy('c.due_date')
    .orderBy('c.id')
    .execute();
}

/**
 * Re-reviews due on or before `until`: the next-review date of each system's latest decision,
 * for systems with no open review and still in use (not retired or declined).
 */
export async function listReReviewsDueBy(db: Db, until: string) {
  return latestDecisionsWithReReview(db)
    .select(['d.id', 'd.system_id', 'd.next_review_due', 'd.outcome', 's.name as system_name'])
    .where('d.next_review_due', '<=', until)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('governance_reviews as r')
            .select('r.id')
            .whereRef('r.system_id', '=', 'd.system_id')
            .where('r.status', '=', 'open'),
        ),
      ),
    )
    .orderBy('d.next_review_due')
    .orderBy('d.id')
    .execute();
}

/** The active people who hold a role. */
export async function listActiveUserIdsWithRole(
  db: Db,
  dialect: DialectName,
  role: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where(containsText(dialect, 'roles_json', `"${role}"`))
    .where('is_active', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
