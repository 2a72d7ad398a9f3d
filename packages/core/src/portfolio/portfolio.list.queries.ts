import {
  type AiSystemCategory,
  type AiSystemKind,
  type CompletenessBand,
  type FdaStatus,
  type LifecycleState,
  type TierFilter,
  lifecycleStates,
} from '@vigil/contracts';
import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DialectName } from '../db/config';
import { binaryOrder, containsText, fullTextMatch } from '../db/dialect';
import type { AiSystemsTable, Database } from '../db/schema';
import type { Db } from '../deps';

// The portfolio list: the filters, search and order shared by the list, its facets, the
// completeness view and the export.

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
