import { sql } from 'kysely';
import type { TierRuleSetsTable } from '../db/schema';
import type { Db } from '../deps';

/** The rule set in force: the highest version. */
export async function findActiveRuleSet(db: Db): Promise<TierRuleSetsTable | undefined> {
  return db
    .selectFrom('tier_rule_sets')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findRuleSet(db: Db, version: number): Promise<TierRuleSetsTable | undefined> {
  return db
    .selectFrom('tier_rule_sets')
    .selectAll()
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Rule sets by version, for mapping many determinations at once. */
export async function findRuleSets(
  db: Db,
  versions: readonly number[],
): Promise<TierRuleSetsTable[]> {
  if (versions.length === 0) return [];
  return db
    .selectFrom('tier_rule_sets')
    .selectAll()
    .where('version', 'in', [...new Set(versions)])
    .execute();
}

/** Every version without its definition, newest first, with how many tierings used it. */
export async function listRuleSetSummaries(db: Db) {
  return db
    .selectFrom('tier_rule_sets as r')
    .select([
      'r.version',
      'r.note',
      'r.created_by_id',
      'r.created_by_label',
      'r.created_at',
      (eb) =>
        eb
          .selectFrom('tier_determinations as d')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('d.rule_set_version', '=', 'r.version')
          .as('determination_count'),
    ])
    .orderBy('r.version', 'desc')
    .execute();
}

export async function countDeterminationsUnder(db: Db, version: number): Promise<number> {
  const row = await db
    .selectFrom('tier_determinations')
    .select(sql<number>`count(*)`.as('n'))
    .where('rule_set_version', '=', version)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertRuleSet(db: Db, row: TierRuleSetsTable): Promise<void> {
  await db.insertInto('tier_rule_sets').values(row).execute();
}
