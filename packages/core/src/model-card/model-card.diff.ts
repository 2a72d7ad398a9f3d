import {
  canonicalMetricValueJson,
  chaiFields,
  hti1Attributes,
  keyMetricParts,
  type ModelCard,
  type ModelCardDiffEntry,
  type ModelCardKeyMetric,
  type ModelCardMetricResult,
} from '@vigil/contracts';
import { chaiFieldReaders, isTextList } from './model-card.fields';

type DiffValue = NonNullable<ModelCardDiffEntry['before']>;
type FlatField = Pick<ModelCardDiffEntry, 'path' | 'fieldKey' | 'label'> & { value: DiffValue };

/**
 * Field-level diff from one version of a card to the next: each added, removed or changed field
 * with its before and after value, in card order. Metric results are matched by label within their
 * block, and compared by value (`78.0` and `78` are the same result).
 */
export function diffModelCards(before: ModelCard, after: ModelCard): ModelCardDiffEntry[] {
  const old = new Map(flatten(before).map((field) => [field.path, field]));
  const next = new Map(flatten(after).map((field) => [field.path, field]));
  return mergeOrder([...old.keys()], [...next.keys()]).flatMap((path): ModelCardDiffEntry[] => {
    const a = old.get(path);
    const b = next.get(path);
    if (a === undefined && b !== undefined)
      return [{ ...describe(b), change: 'added', after: b.value }];
    if (a !== undefined && b === undefined)
      return [{ ...describe(a), change: 'removed', before: a.value }];
    if (a === undefined || b === undefined || sameValue(a.value, b.value)) return [];
    return [{ ...describe(b), change: 'changed', before: a.value, after: b.value }];
  });
}

/** Both path lists in one, each in its own order: new paths appear where the new version has them. */
function mergeOrder(before: string[], after: string[]): string[] {
  const inAfter = new Set(after);
  const merged: string[] = [];
  let next = 0;
  for (const path of before) {
    if (inAfter.has(path)) {
      const at = after.indexOf(path, next);
      if (at >= next) merged.push(...after.slice(next, at + 1));
      if (at >= next) next = at + 1;
    } else merged.push(path);
  }
  merged.push(...after.slice(next));
  return [...new Set(merged)];
}

const describe = ({ path, fieldKey, label }: FlatField) => ({ path, fieldKey, label });

function flatten(card: ModelCard): FlatField[] {
  const fields = chaiFields.flatMap((field): FlatField[] => {
    const value = chaiFieldReaders[field.key](card);
    const base = { path: field.cardPath, fieldKey: field.key, label: field.label };
    if (value === undefined) return [];
    if (typeof value === 'string') return [{ ...base, value }];
    if (isTextList(value)) return [{ ...base, value: [...value] }];
    return flattenMetric(base, value);
  });
  const hti1 = hti1Attributes.flatMap((attribute): FlatField[] => {
    const value = card.hti1[attribute.key];
    return value === undefined
      ? []
      : [{ path: `hti1.${attribute.key}`, fieldKey: attribute.key, label: attribute.label, value }];
  });
  return [...fields, ...hti1];
}

function flattenMetric(base: Omit<FlatField, 'value'>, metric: ModelCardKeyMetric): FlatField[] {
  return keyMetricParts.flatMap(({ part, label }): FlatField[] => {
    if (part !== 'results')
      return [
        {
          ...base,
          path: `${base.path}.${part}`,
          label: `${base.label} · ${label}`,
          value: metric[part],
        },
      ];
    const seen = new Map<string, number>();
    return metric.results.map((result) => {
      const count = (seen.get(result.label) ?? 0) + 1;
      seen.set(result.label, count);
      // A label used twice in one block is told apart by its occurrence: `Sensitivity#2`.
      const key = count === 1 ? result.label : `${result.label}#${count}`;
      return {
        ...base,
        path: `${base.path}.results[${key}]`,
        label: `${base.label} · ${key}`,
        value: result,
      };
    });
  });
}

function sameValue(a: DiffValue, b: DiffValue): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => item === b[i])
    );
  }
  return a.label === b.label && metricText(a) === metricText(b);
}

/** What a result says: its canonical value when it has one, else the ValueJson text as written. */
function metricText(result: ModelCardMetricResult): string {
  return result.value === null ? (result.valueJson ?? '') : canonicalMetricValueJson(result.value);
}
