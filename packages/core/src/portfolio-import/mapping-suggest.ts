import {
  type ImportMapping,
  type ImportTargetField,
  importTargetFieldLabels,
  importTargetFields,
} from '@vigil/contracts';
import { searchDocument } from '../db/dialect';

// Words offices use for each field in their inventory spreadsheets, compared after
// normalising (lower case, accents and punctuation removed).
const synonyms: Record<ImportTargetField, readonly string[]> = {
  externalId: [
    'id',
    'inventory id',
    'external id',
    'system id',
    'asset id',
    'record id',
    'ref',
    'reference',
    'inventory number',
    'tracking id',
  ],
  name: [
    'name',
    'system',
    'system name',
    'ai system',
    'tool',
    'tool name',
    'model',
    'model name',
    'application',
    'solution',
    'title',
  ],
  developer: [
    'developer',
    'vendor',
    'manufacturer',
    'supplier',
    'company',
    'built by',
    'developer vendor',
    'maker',
  ],
  product: ['product', 'product name', 'module', 'platform'],
  productVersion: ['version', 'product version', 'model version', 'release'],
  source: ['source', 'sourcing', 'build or buy', 'build buy', 'origin', 'procurement'],
  kind: ['kind', 'type', 'ai type', 'model type', 'technology', 'kind of ai'],
  category: ['category', 'use category', 'function', 'domain', 'area'],
  departments: [
    'department',
    'departments',
    'dept',
    'service line',
    'specialty',
    'unit',
    'units',
    'department s',
  ],
  sites: [
    'site',
    'sites',
    'location',
    'locations',
    'facility',
    'facilities',
    'hospital',
    'hospitals',
    'campus',
  ],
  intendedUse: ['intended use', 'use case', 'purpose', 'description', 'what it does', 'use'],
  intendedUsers: ['intended users', 'users', 'end users', 'user group', 'audience'],
  patientPopulation: ['patient population', 'population', 'patients', 'target population'],
  deployment: ['deployment', 'deployment mode', 'hosting', 'delivery'],
  ehrIntegration: ['ehr integration', 'ehr', 'integration', 'emr', 'epic integration'],
  dsiType: ['dsi type', 'dsi', 'hti 1', 'hti 1 dsi type', 'onc dsi', 'decision support type'],
  fdaStatus: [
    'fda',
    'fda status',
    'regulatory status',
    'fda clearance',
    'regulatory',
    'fda pathway',
  ],
  fdaClearanceNumber: [
    'fda number',
    'clearance number',
    'fda clearance number',
    '510 k number',
    '510k number',
    'k number',
    'submission number',
  ],
  imdrfCategory: ['imdrf', 'imdrf category', 'samd category', 'imdrf risk'],
  euAiActRisk: ['eu ai act', 'eu ai act risk', 'eu risk', 'ai act'],
  clinicalOwner: [
    'owner',
    'owner email',
    'clinical owner',
    'clinical owner email',
    'clinical lead',
    'business owner',
    'accountable owner',
    'clinical champion',
  ],
  technicalOwner: [
    'technical owner',
    'technical owner email',
    'it owner',
    'technical lead',
    'it contact',
    'data science owner',
  ],
  executiveSponsor: ['executive sponsor', 'sponsor', 'executive sponsor email', 'executive owner'],
  links: ['links', 'link', 'url', 'urls', 'documentation', 'website'],
  tags: ['tags', 'tag', 'labels', 'keywords'],
  initialState: [
    'status',
    'lifecycle',
    'lifecycle state',
    'state',
    'lifecycle status',
    'stage',
    'deployment status',
  ],
};

const phrases: { phrase: string; field: ImportTargetField }[] = importTargetFields.flatMap(
  (field) =>
    [
      ...new Set([
        ...synonyms[field],
        normalise(importTargetFieldLabels[field]),
        normalise(field.replace(/([A-Z])/g, ' $1')),
      ]),
    ].map((phrase) => ({ phrase, field })),
);

function normalise(text: string): string {
  return searchDocument(text);
}

/** The field a header most likely fills, or null: an exact synonym first, else the longest synonym it contains. */
export function suggestField(header: string): ImportTargetField | null {
  const h = normalise(header);
  if (h === '') return null;
  const exact = phrases.find((p) => p.phrase === h);
  if (exact) return exact.field;
  const padded = ` ${h} `;
  let best: { phrase: string; field: ImportTargetField } | null = null;
  for (const p of phrases) {
    if (
      p.phrase.length >= 3 &&
      padded.includes(` ${p.phrase} `) &&
      (!best || p.phrase.length > best.phrase.length)
    )
      best = p;
  }
  return best?.field ?? null;
}

/** A mapping for every header, each field used at most once (the leftmost column wins). */
export function suggestMapping(headers: readonly string[]): ImportMapping {
  const used = new Set<ImportTargetField>();
  const mapping: ImportMapping = {};
  for (const header of headers) {
    const field = suggestField(header);
    mapping[header] = field !== null && !used.has(field) ? field : null;
    if (field !== null) used.add(field);
  }
  return mapping;
}
