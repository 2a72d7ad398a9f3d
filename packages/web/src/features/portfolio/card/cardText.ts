import type { ModelCardMetricResult, ModelCardMetricValue } from '@vigil/contracts';

/** A card value by its catalog path (`trustIngredients.aiSystemFacts.modelType`); unknown shapes give undefined. */
export function valueAtPath(card: unknown, path: string): unknown {
  let current: unknown = card;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(part in current)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Text or list of a card field as displayable text; empty when absent or blank. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(', ');
  return '';
}

const number = (value: number) =>
  Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));

export function formatMetricValue(value: ModelCardMetricValue): string {
  const unit = value.unit ? ` ${value.unit}` : '';
  switch (value.kind) {
    case 'estimate_ci':
      return `${number(value.estimate)}${unit} (${value.level ?? 95}% CI ${number(value.lower)}–${number(value.upper)})`;
    case 'single':
      return `${number(value.value)}${unit}`;
    case 'mean_sd':
      return `${number(value.mean)}${unit} ± ${number(value.sd)} SD${value.n === undefined ? '' : `, n = ${value.n}`}`;
  }
}

export function formatMetricResult(result: ModelCardMetricResult): string {
  return result.value ? formatMetricValue(result.value) : (result.valueJson ?? '—');
}

/** "TrustIngredients.AISystemFacts" → "Trust ingredients: AI system facts"; "uscdi_variable_use" → "Uscdi variable use". */
export function sectionLabel(section: string): string {
  // The root of the CHAI card holds only the bibliography (and the signature, not a text field).
  if (section === '(root)') return 'Bibliography';
  const words = (part: string) =>
    part
      .replace(/_/g, ' ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  const text = section.split('.').map(words).join(': ');
  return (
    text.charAt(0).toUpperCase() +
    text
      .slice(1)
      .toLowerCase()
      .replace(/\bai\b/g, 'AI')
      .replace(/\buscdi\b/g, 'USCDI')
  );
}
