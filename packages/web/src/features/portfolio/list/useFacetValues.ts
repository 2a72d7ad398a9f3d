import { useMemo } from 'react';
import { usePortfolioFacets } from '../../../api/usePortfolio';
import type { FacetValues } from './PortfolioFilters';

/** The developers, departments and sites to offer as filters, across the whole portfolio. */
export function useFacetValues(): FacetValues {
  const facets = usePortfolioFacets();
  return useMemo(() => {
    const values = (list: readonly { value: string }[] | undefined) =>
      (list ?? []).map((f) => f.value).sort((a, b) => a.localeCompare(b));
    return {
      developers: values(facets.data?.developers),
      departments: values(facets.data?.departments),
      sites: values(facets.data?.sites),
    };
  }, [facets.data]);
}
