import {
  aiSystemCategories,
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  aiSystemKinds,
  completenessBands,
  lifecycleStateLabels,
  lifecycleStates,
  type FacetCount,
  type PortfolioFacets,
  type CompletenessBand,
} from '@vigil/contracts';
import type { ChartDatum } from './ChartFigure';

export const bandLabels: Record<CompletenessBand, string> = {
  no_card: 'No card',
  under_50: 'Under 50%',
  from_50_to_79: '50–79%',
  from_80_to_99: '80–99%',
  complete: 'Complete',
};

export const bandColors: Record<CompletenessBand, string> = {
  no_card: 'gray.6',
  under_50: 'red.7',
  from_50_to_79: 'orange.6',
  from_80_to_99: 'teal.6',
  complete: 'green.8',
};

function countBy<K extends string>(
  facets: readonly FacetCount[],
  keys: readonly K[],
  labels: Record<K, string>,
): ChartDatum[] {
  const counts = new Map(facets.map((f) => [f.value, f.count]));
  return keys
    .map((key) => ({ label: labels[key], count: counts.get(key) ?? 0 }))
    .filter((d) => d.count > 0);
}

/** Chart series from the portfolio's facet counts (the whole portfolio, not one page). */
export function chartData(facets: PortfolioFacets) {
  return {
    byState: countBy(facets.states, lifecycleStates, lifecycleStateLabels),
    byKind: countBy(facets.kinds, aiSystemKinds, aiSystemKindLabels),
    byCategory: countBy(facets.categories, aiSystemCategories, aiSystemCategoryLabels),
    topDevelopers: facets.developers.slice(0, 10).map((f) => ({ label: f.value, count: f.count })),
  };
}

export function bandData(bands: Partial<Record<CompletenessBand, number>>) {
  return completenessBands
    .map((band) => ({ band, label: bandLabels[band], count: bands[band] ?? 0 }))
    .filter((d) => d.count > 0);
}
