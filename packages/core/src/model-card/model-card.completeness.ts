import {
  chaiFields,
  hti1AttributesFor,
  type CompletenessItem,
  type Hti1AttributeKey,
  type Hti1DsiType,
  type ModelCard,
  type ModelCardCompleteness,
} from '@vigil/contracts';
import { findCrosswalkEntry, sourceName, type CrosswalkSource } from './model-card.crosswalk';
import {
  chaiFieldReaders,
  hasContent,
  isFieldFilled,
  isMetricPartFilled,
  isTextList,
} from './model-card.fields';

/**
 * Transparency completeness of a card: every CHAI field the schema requires, and every HTI-1 source
 * attribute of the DSI type (31 predictive or 13 evidence-based), each present or missing, with
 * percentages per source and overall. An HTI-1 attribute is met by an explicit `hti1` value, or
 * through the crosswalk when its mapped CHAI fields are filled.
 */
export function assessModelCardCompleteness(
  card: ModelCard,
  dsiType: Hti1DsiType,
): ModelCardCompleteness {
  const chai = chaiFields
    .filter((field) => field.required)
    .map((field): CompletenessItem => {
      const filled = isFieldFilled(chaiFieldReaders[field.key](card));
      return {
        source: 'chai',
        key: field.key,
        label: field.label,
        section: field.section,
        status: filled ? 'present' : 'missing',
        ...(filled ? { satisfiedBy: 'field' as const } : {}),
      };
    });
  const hti1 = hti1AttributesFor(dsiType).map((attribute): CompletenessItem => ({
    source: 'hti1',
    key: attribute.key,
    label: attribute.label,
    section: attribute.group,
    ...hti1Status(card, attribute.key),
  }));
  return {
    dsiType,
    items: [...chai, ...hti1],
    chai: tally(chai),
    hti1: tally(hti1),
    overall: tally([...chai, ...hti1]),
  };
}

function hti1Status(
  card: ModelCard,
  key: Hti1AttributeKey,
): Pick<CompletenessItem, 'status' | 'satisfiedBy' | 'viaChaiFields'> {
  if (hasContent(card.hti1[key])) return { status: 'present', satisfiedBy: 'explicit' };
  const entry = findCrosswalkEntry(key);
  if (entry === undefined) return { status: 'missing' };
  const filled = entry.sources.filter((source) => isSourceFilled(card, source));
  const met = entry.match === 'all' ? filled.length === entry.sources.length : filled.length > 0;
  return met
    ? { status: 'present', satisfiedBy: 'crosswalk', viaChaiFields: filled.map(sourceName) }
    : { status: 'missing' };
}

function isSourceFilled(card: ModelCard, source: CrosswalkSource): boolean {
  const value = chaiFieldReaders[source.field](card);
  if (
    source.part === undefined ||
    value === undefined ||
    typeof value === 'string' ||
    isTextList(value)
  ) {
    return isFieldFilled(value);
  }
  return isMetricPartFilled(value, source.part);
}

function tally(items: readonly CompletenessItem[]) {
  const present = items.filter((item) => item.status === 'present').length;
  const total = items.length;
  // One decimal, and never 100 % while something is missing.
  const percent = total === 0 ? 100 : Math.floor((present / total) * 1000) / 10;
  return { present, total, percent };
}
