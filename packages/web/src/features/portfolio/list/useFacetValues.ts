import { limits } from '@vigil/contracts';
import { useMemo } from 'react';
import { usePortfolioList } from '../../../api/usePortfolio';
import type { FacetValues } from './PortfolioFilters';

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b));
}

/**
 * The developers, departments and sites to offer as filters, read from the first page of the
 * whole portfolio (the API has no facet endpoint; a larger portfolio still filters by typing).
 */
export function useFacetValues(): FacetValues {
  const all = usePortfolioList({ page: 1, pageSize: limits.pageSizeMax });
  return useMemo(() => {
    const items = all.data?.items ?? [];
    return {
      developers: distinct(items.map((s) => s.developer)),
      departments: distinct(items.flatMap((s) => s.departments)),
      sites: distinct(items.flatMap((s) => s.sites)),
    };
  }, [all.data]);
}
