import {
  type AiSystemCategory,
  type AiSystemKind,
  type CompletenessBand,
  type FdaStatus,
  type LifecycleState,
  type TierFilter,
  dsiType,
  lifecycleStates,
} from '@vigil/contracts';
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DialectName } from '../db/config';
import { binaryOrder, containsText, fullTextMatch } from '../db/dialect';
import type {
  AiSystemVersionsTable,
  AiSystemsTable,
  Database,
  SavedViewsTable,
} from '../db/schema';
import type { Db } from '../deps';
import { overallCompletenessOf } from '../portfolio-cards/portfolio-cards.mappers';

export async function insertSystem(db: Db, row: AiSystemsTable): Promise<void> {
  await db.insertInto('ai_systems').values(row).execute();
}

export async function findSystemById(db: Db, id: string) {
  return db.selectFrom('ai_systems').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Updates a system only at the expected version; returns whether a row changed. */
export async function updateSystemAtVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<AiSystemsTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('ai_systems')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  const updated = Number(result.numUpdatedRows) === 1;
  // The card is assessed against the system's DSI type, so a new type moves its completeness.
  if (updated && changes.dsi_type !== undefined) await refreshCardCompleteness(db, id);
  return updated;
}

/**
 * Sets a system's `card_completeness_pct` from its current card and DSI type, in the caller's
 * transaction; call it whenever either changes. Returns the stored value (null without a card).
 */
export async function refreshCardCompleteness(db: Db, systemId: string): Promise<number | null> {
  const row = await db
    .selectFrom('ai_systems as s')
    .innerJoin('model_cards as c', 'c.system_id', 's.id')
    .select(['s.dsi_type', 'c.completeness_json'])
    .where('s.id', '=', systemId)
    .orderBy('c.card_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  const pct = row
    ? overallCompletenessOf(row.completeness_json, dsiType.parse(row.dsi_type))
    : null;
  await db
    .updateTable('ai_systems')
    .set({ card_completeness_pct: pct })
    .where('id', '=', systemId)
    .execute();
  return pct;
}

/** Replaces a system's full-text document; the same SQL serves FTS5 and the tsvector table. */
export async function saveSearchDocument(
  db: Db,
  systemId: string,
  document: string,
): Promise<void> {
  await db.deleteFrom('ai_system_search').where('system_id', '=', systemId).execute();
  await db.insertInto('ai_system_search').values({ system_id: systemId, document }).execute();
}

/** The searchable text of a system's current model card, or null when it has none. */
export async function findCardSearchText(db: Db, systemId: string): Promise<string | null> {
  const row = await db
    .selectFrom('model_cards')
    .select('search_text')
    .where('system_id', '=', systemId)
    .orderBy('card_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.search_text ?? null;
}

export async function insertVersion(db: Db, row: AiSystemVersionsTable): Promise<void> {
  await db.insertInto('ai_system_versions').values(row).execute();
}

export async function listVersions(db: Db, systemId: string) {
  return db
    .selectFrom('ai_system_versions')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('version', 'desc')
    .execute();
}

export async function findVersion(db: Db, systemId: string, version: number) {
  return db
    .selectFrom('ai_system_versions')
    .selectAll()
    .where('system_id', '=', systemId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function findUserNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export interface SystemFilter {
  terms: readonly string[];
  state?: LifecycleState;
  kind?: AiSystemKind;
  category?: AiSystemCategory;
  department?: string;
  site?: string;
  developer?: string;
  fdaStatus?: FdaStatus;
  completeness?: CompletenessBand;
  tier?: TierFilter;
}

export interface SystemOrder {
  sort: 'name' | 'updatedAt' | 'state' | 'completeness';
  direction: 'asc' | 'desc';
}

/** Systems matching every term and filter, for list and summary queries to select from. */
export function filtered(
  db: Db,
  dialect: DialectName,
  f: SystemFilter,
): SelectQueryBuilder<Database, 'ai_systems', object> {
  const matching = db
    .selectFrom('ai_system_search')
    .select('system_id')
    .where(fullTextMatch(dialect, 'ai_system_search', f.terms));
  return (
    db
      .selectFrom('ai_systems')
      .$if(f.terms.length > 0, (q) => q.where('id', 'in', matching))
      .$if(f.state !== undefined, (q) => q.where('lifecycle_state', '=', f.state ?? ''))
      .$if(f.kind !== undefined, (q) => q.where('kind', '=', f.kind ?? ''))
      .$if(f.category !== undefined, (q) => q.where('category', '=', f.category ?? ''))
      .$if(f.developer !== undefined, (q) => q.where('developer', '=', f.developer ?? ''))
      .$if(f.fdaStatus !== undefined, (q) => q.where('fda_status', '=', f.fdaStatus ?? ''))
      // A JSON-quoted needle matches one whole element of the stored array.
      .$if(f.department !== undefined, (q) =>
        q.where(containsText(dialect, 'departments_json', JSON.stringify(f.department))),
      )
      .$if(f.site !== undefined, (q) =>
        q.where(containsText(dialect, 'sites_json', JSON.stringify(f.site))),
      )
      .$if(f.completeness !== undefined, (q) =>
        q.where((eb) => inBand(eb, f.completeness ?? 'no_card')),
      )
      .$if(f.tier !== undefined, (q) => q.where((eb) => hasTier(eb, f.tier ?? 'not_tiered')))
  );
}

/**
 * The tier in force is that of a system's newest tiering (an override winning over the computed
 * tier), as governance reads it; ties on time are broken by id the same way.
 */
function hasTier(eb: ExpressionBuilder<Database, 'ai_systems'>, tier: TierFilter) {
  const tierings = eb
    .selectFrom('tier_determinations as d')
    .select('d.id')
    .whereRef('d.system_id', '=', 'ai_systems.id');
  if (tier === 'not_tiered') return eb.not(eb.exists(tierings));
  return eb.exists(
    tierings
      .where((d) => d(d.fn.coalesce('d.override_tier', 'd.computed_tier'), '=', tier))
      .where((d) =>
        d.not(
          d.exists(
            d
              .selectFrom('tier_determinations as n')
              .select('n.id')
              .whereRef('n.system_id', '=', 'd.system_id')
              .where((n) =>
                n.or([
                  n('n.determined_at', '>', n.ref('d.determined_at')),
                  n.and([
                    n('n.determined_at', '=', n.ref('d.determined_at')),
                    n('n.id', '>', n.ref('d.id')),
                  ]),
                ]),
              ),
          ),
        ),
      ),
  );
}

/** The same boundaries as `bandOf`: under 50, 50 to under 80, 80 to under 100, and 100. */
function inBand(eb: ExpressionBuilder<Database, 'ai_systems'>, band: CompletenessBand) {
  const pct = eb.ref('card_completeness_pct');
  switch (band) {
    case 'no_card':
      return eb(pct, 'is', null);
    case 'under_50':
      return eb(pct, '<', 50);
    case 'from_50_to_79':
      return eb.and([eb(pct, '>=', 50), eb(pct, '<', 80)]);
    case 'from_80_to_99':
      return eb.and([eb(pct, '>=', 80), eb(pct, '<', 100)]);
    case 'complete':
      return eb(pct, '>=', 100);
  }
}

export async function countSystems(
  db: Db,
  dialect: DialectName,
  filter: SystemFilter,
): Promise<number> {
  const row = await filtered(db, dialect, filter)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const stateRank = sql<number>`case ${sql.ref('lifecycle_state')} ${sql.join(
  lifecycleStates.map((s, i) => sql`when ${sql.lit(s)} then ${sql.lit(i)}`),
  sql` `,
)} end`;

export async function listSystems(
  db: Db,
  dialect: DialectName,
  filter: SystemFilter,
  order: SystemOrder,
  page: { limit: number; offset: number },
): Promise<AiSystemsTable[]> {
  const byName = binaryOrder(dialect, 'name_sort');
  return (
    filtered(db, dialect, filter)
      .selectAll()
      .$if(order.sort === 'state', (q) => q.orderBy(stateRank, order.direction).orderBy(byName))
      .$if(order.sort === 'updatedAt', (q) => q.orderBy('updated_at', order.direction))
      .$if(order.sort === 'name', (q) => q.orderBy(byName, order.direction))
      // Systems without a card come last whichever the direction, the same on both dialects.
      .$if(order.sort === 'completeness', (q) =>
        q
          .orderBy(sql`case when card_completeness_pct is null then 1 else 0 end`)
          .orderBy('card_completeness_pct', order.direction)
          .orderBy(byName),
      )
      .orderBy(binaryOrder(dialect, 'id'))
      .limit(page.limit)
      .offset(page.offset)
      .execute()
  );
}

// Saved views, always scoped to their owner.

export async function listSavedViews(db: Db, dialect: DialectName, userId: string) {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy(binaryOrder(dialect, 'name'))
    .orderBy('id')
    .execute();
}

export async function findSavedView(db: Db, userId: string, id: string) {
  return db
    .selectFrom('saved_views')
    .selectAll()
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertSavedView(db: Db, row: SavedViewsTable): Promise<void> {
  await db.insertInto('saved_views').values(row).execute();
}

export async function updateSavedView(db: Db, row: SavedViewsTable): Promise<void> {
  await db
    .updateTable('saved_views')
    .set({ name: row.name, query_json: row.query_json, updated_at: row.updated_at })
    .where('id', '=', row.id)
    .where('user_id', '=', row.user_id)
    .execute();
}

/** Deletes one of a user's views; returns whether it existed. */
export async function deleteSavedView(db: Db, userId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('saved_views')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
