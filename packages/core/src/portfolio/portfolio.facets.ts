import type { FacetCount, PortfolioFacets, PortfolioFacetsQuery } from '@vigil/contracts';
import type { CoreDeps } from '../deps';
import { searchTerms } from '../db/dialect';
import { filtered } from './portfolio.list.queries';

type Counter = Map<string, number>;

function add(counter: Counter, value: string): void {
  counter.set(value, (counter.get(value) ?? 0) + 1);
}

/** Most frequent first, then by value, so the order is the same on both dialects. */
function sorted(counter: Counter): FacetCount[] {
  return [...counter]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * How many of the matching systems carry each state, kind, category, developer, department,
 * site and FDA status. Counted in one scan of the few columns involved: departments and sites
 * are JSON lists, which the two dialects unpack differently, and a registry stays small enough
 * (tens of thousands of rows) for this to take milliseconds.
 */
export async function getPortfolioFacets(
  deps: CoreDeps,
  query: PortfolioFacetsQuery,
): Promise<PortfolioFacets> {
  const { q: text, ...filters } = query;
  const rows = await filtered(deps.db, deps.dialect, { ...filters, terms: searchTerms(text ?? '') })
    .select([
      'lifecycle_state',
      'kind',
      'category',
      'developer',
      'fda_status',
      'departments_json',
      'sites_json',
    ])
    .execute();
  const counter = (): Counter => new Map<string, number>();
  const counters = {
    states: counter(),
    kinds: counter(),
    categories: counter(),
    developers: counter(),
    departments: counter(),
    sites: counter(),
    fdaStatuses: counter(),
  };
  for (const row of rows) {
    add(counters.states, row.lifecycle_state);
    add(counters.kinds, row.kind);
    add(counters.categories, row.category);
    add(counters.developers, row.developer);
    add(counters.fdaStatuses, row.fda_status);
    for (const department of parseList(row.departments_json)) add(counters.departments, department);
    for (const site of parseList(row.sites_json)) add(counters.sites, site);
  }
  return {
    total: rows.length,
    states: sorted(counters.states),
    kinds: sorted(counters.kinds),
    categories: sorted(counters.categories),
    developers: sorted(counters.developers),
    departments: sorted(counters.departments),
    sites: sorted(counters.sites),
    fdaStatuses: sorted(counters.fdaStatuses),
  };
}
