import {
  aiSystemCategories,
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  aiSystemKinds,
  completenessBands,
  lifecycleStateLabels,
  lifecycleStates,
  type AiSystemDto,
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
  systems: readonly AiSystemDto[],
  keys: readonly K[],
  labels: Record<K, string>,
  keyOf: (system: AiSystemDto) => K,
): ChartDatum[] {
  return keys
    .map((key) => ({ label: labels[key], count: systems.filter((s) => keyOf(s) === key).length }))
    .filter((d) => d.count > 0);
}

export function chartData(systems: readonly AiSystemDto[]) {
  const developers = new Map<string, number>();
  for (const s of systems) developers.set(s.developer, (developers.get(s.developer) ?? 0) + 1);
  return {
    byState: countBy(systems, lifecycleStates, lifecycleStateLabels, (s) => s.lifecycleState),
    byKind: countBy(systems, aiSystemKinds, aiSystemKindLabels, (s) => s.kind),
    byCategory: countBy(systems, aiSystemCategories, aiSystemCategoryLabels, (s) => s.category),
    topDevelopers: [...developers]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, 10),
  };
}

export function bandData(bands: Partial<Record<CompletenessBand, number>>) {
  return completenessBands
    .map((band) => ({ band, label: bandLabels[band], count: bands[band] ?? 0 }))
    .filter((d) => d.count > 0);
}
