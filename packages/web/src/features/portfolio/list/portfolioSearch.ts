import {
  aiSystemCategories,
  aiSystemKinds,
  completenessBands,
  fdaStatuses,
  lifecycleStates,
  portfolioSorts,
  tierFilters,
  type PortfolioViewQuery,
} from '@vigil/contracts';
import { isOneOf } from '../options';

/** Text-valued filters: free labels the server matches exactly. */
const labelKeys = ['department', 'site', 'developer'] as const;

/** The portfolio view (search, filters, order) as kept in the address, so links and reloads keep it. */
export function readView(params: URLSearchParams): PortfolioViewQuery {
  const text = (key: string) => params.get(key)?.trim() || undefined;
  const pick = <K extends string>(keys: readonly K[], key: string): K | undefined => {
    const value = params.get(key);
    return isOneOf(keys, value) ? value : undefined;
  };
  const order = params.get('order');
  return {
    q: text('q'),
    state: pick(lifecycleStates, 'state'),
    kind: pick(aiSystemKinds, 'kind'),
    category: pick(aiSystemCategories, 'category'),
    fdaStatus: pick(fdaStatuses, 'fdaStatus'),
    completeness: pick(completenessBands, 'completeness'),
    tier: pick(tierFilters, 'tier'),
    department: text('department'),
    site: text('site'),
    developer: text('developer'),
    sort: pick(portfolioSorts, 'sort'),
    order: order === 'asc' || order === 'desc' ? order : undefined,
  };
}

export function writeView(view: PortfolioViewQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(view)) {
    if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
  }
  return params;
}

/** The view without its order: what exports and the completeness summary take. */
export function filtersOf(view: PortfolioViewQuery): Omit<PortfolioViewQuery, 'sort' | 'order'> {
  const { sort: _sort, order: _order, ...filters } = view;
  return filters;
}

export function hasFilters(view: PortfolioViewQuery): boolean {
  return Object.values(filtersOf(view)).some((value) => value !== undefined);
}

export { labelKeys };
