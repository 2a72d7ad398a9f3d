import {
  type CompletenessBand,
  type PortfolioCompletenessDto,
  type PortfolioCompletenessQuery,
  type SystemCompletenessDto,
  dsiType,
  lifecycleState,
} from '@vigil/contracts';
import { searchTerms } from '../db/dialect';
import type { CoreDeps } from '../deps';
import { assessedDsiType, bandOf, storedCompletenessOf } from './portfolio-cards.mappers';
import * as q from './portfolio-cards.queries';

/**
 * Transparency completeness across the portfolio: for every system matching the filters, the
 * overall, CHAI and HTI-1 percentages of its current card for its DSI type, least complete first
 * (systems without a card lead), and how many systems fall in each band.
 */
export async function getPortfolioCompleteness(
  deps: CoreDeps,
  query: PortfolioCompletenessQuery,
): Promise<PortfolioCompletenessDto> {
  const { q: text, ...filters } = query;
  const rows = await q.listSystemCompleteness(deps.db, deps.dialect, {
    ...filters,
    terms: searchTerms(text ?? ''),
  });
  const systems = rows.map((row): SystemCompletenessDto => {
    const type = dsiType.parse(row.dsi_type);
    const { assessedAs, dsiTypeAssumed } = assessedDsiType(type);
    const pct =
      row.card === null ? null : storedCompletenessOf(row.card.completeness_json)[assessedAs];
    return {
      systemId: row.id,
      name: row.name,
      developer: row.developer,
      lifecycleState: lifecycleState.parse(row.lifecycle_state),
      dsiType: type,
      assessedAs,
      dsiTypeAssumed,
      cardVersion: row.card === null ? null : Number(row.card.card_version),
      overall: pct?.overall ?? null,
      chai: pct?.chai ?? null,
      hti1: pct?.hti1 ?? null,
      band: bandOf(pct?.overall ?? null),
    };
  });
  const sortKey = new Map(rows.map((r) => [r.id, r.name_sort]));
  systems.sort(
    (a, b) =>
      (a.overall ?? -1) - (b.overall ?? -1) ||
      compare(sortKey.get(a.systemId), sortKey.get(b.systemId)),
  );
  const bands: Record<CompletenessBand, number> = {
    no_card: 0,
    under_50: 0,
    from_50_to_79: 0,
    from_80_to_99: 0,
    complete: 0,
  };
  for (const s of systems) bands[s.band] += 1;
  return {
    systems,
    bands,
    total: systems.length,
    withCard: systems.filter((s) => s.cardVersion !== null).length,
  };
}

function compare(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
