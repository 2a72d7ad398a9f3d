import {
  type ImportTargetField,
  aiSystemCategories,
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  aiSystemKinds,
  aiSystemSourceLabels,
  aiSystemSources,
  deploymentModeLabels,
  deploymentModes,
  dsiTypeLabels,
  dsiTypes,
  euAiActRiskLabels,
  euAiActRisks,
  fdaStatusLabels,
  fdaStatuses,
  imdrfCategories,
  initialStates,
  lifecycleStateLabels,
} from '@vigil/contracts';
import { searchDocument } from '../db/dialect';

// Turning spreadsheet text into the values of the create schema: enum cells by key, label or a
// common synonym; list cells split on semicolons (or commas when there are none); links as
// "label|url" or a bare URL.

interface Vocabulary {
  keys: readonly string[];
  labels: Record<string, string>;
  synonyms?: Record<string, string>;
}

const identity = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, k]));

export const vocabularies: Partial<Record<ImportTargetField, Vocabulary>> = {
  source: {
    keys: aiSystemSources,
    labels: aiSystemSourceLabels,
    synonyms: {
      'in house': 'in_house',
      internal: 'in_house',
      homegrown: 'in_house',
      'home grown': 'in_house',
      commercial: 'vendor',
      'third party': 'vendor',
      buy: 'vendor',
      build: 'in_house',
      oss: 'open_source',
    },
  },
  kind: {
    keys: aiSystemKinds,
    labels: aiSystemKindLabels,
    synonyms: {
      ml: 'predictive',
      'machine learning': 'predictive',
      genai: 'generative',
      'gen ai': 'generative',
      llm: 'generative',
      rules: 'rules_based',
      'rule based': 'rules_based',
      agent: 'agentic',
      'computer vision': 'imaging',
    },
  },
  category: {
    keys: aiSystemCategories,
    labels: aiSystemCategoryLabels,
    synonyms: {
      cds: 'clinical_decision_support',
      diagnostic: 'diagnosis',
      operations: 'operational',
      admin: 'administrative',
      'patient facing': 'patient_facing',
    },
  },
  deployment: {
    keys: deploymentModes,
    labels: deploymentModeLabels,
    synonyms: {
      ehr: 'ehr_embedded',
      'ehr embedded': 'ehr_embedded',
      embedded: 'ehr_embedded',
      cloud: 'cloud_api',
      saas: 'cloud_api',
      api: 'cloud_api',
      'on prem': 'standalone',
      'on premises': 'standalone',
    },
  },
  dsiType: {
    keys: dsiTypes,
    labels: dsiTypeLabels,
    synonyms: {
      'evidence based dsi': 'evidence_based',
      'not a dsi': 'not_dsi',
      no: 'not_dsi',
      none: 'not_dsi',
      tbd: 'unknown',
    },
  },
  fdaStatus: {
    keys: fdaStatuses,
    labels: fdaStatusLabels,
    synonyms: {
      '510 k': 'cleared_510k',
      '510k': 'cleared_510k',
      cleared: 'cleared_510k',
      '510 k cleared': 'cleared_510k',
      'de novo': 'de_novo',
      pma: 'pma_approved',
      breakthrough: 'breakthrough_designated',
      ide: 'investigational_ide',
      'not a device': 'not_device',
      'not regulated': 'not_device',
      'n a': 'not_device',
      'non device': 'non_device_cds',
      'non device cds': 'non_device_cds',
      exempt: 'class_i_exempt',
      tbd: 'unknown',
    },
  },
  imdrfCategory: {
    keys: imdrfCategories,
    labels: identity(imdrfCategories),
    synonyms: {
      '1': 'I',
      '2': 'II',
      '3': 'III',
      '4': 'IV',
      'category i': 'I',
      'category ii': 'II',
      'category iii': 'III',
      'category iv': 'IV',
    },
  },
  euAiActRisk: {
    keys: euAiActRisks,
    labels: euAiActRiskLabels,
    synonyms: {
      'high risk': 'high',
      'limited risk': 'limited',
      'minimal risk': 'minimal',
      'n a': 'not_applicable',
      tbd: 'unknown',
    },
  },
  initialState: {
    keys: initialStates,
    labels: lifecycleStateLabels,
    synonyms: {
      live: 'deployed',
      'in use': 'deployed',
      production: 'deployed',
      active: 'deployed',
      'in production': 'deployed',
      monitoring: 'monitored',
      planned: 'proposed',
      proposal: 'proposed',
      requested: 'proposed',
      evaluation: 'proposed',
    },
  },
};

const lookups = new Map<ImportTargetField, Map<string, string>>(
  Object.entries(vocabularies).map(([field, v]) => {
    const map = new Map<string, string>();
    for (const key of v.keys) {
      map.set(searchDocument(key.replace(/_/g, ' ')), key);
      map.set(searchDocument(v.labels[key] ?? key), key);
    }
    for (const [word, key] of Object.entries(v.synonyms ?? {})) map.set(searchDocument(word), key);
    return [field as ImportTargetField, map];
  }),
);

/** The enum key a cell names, or undefined when it names none (or the field is not an enum). */
export function matchEnum(field: ImportTargetField, text: string): string | undefined {
  return lookups.get(field)?.get(searchDocument(text));
}

/** The accepted values of an enum field, as labels, for an error message. */
export function allowedValues(field: ImportTargetField): string {
  const v = vocabularies[field];
  return v ? v.keys.map((k) => v.labels[k] ?? k).join(', ') : '';
}

/** A list cell's items: split on semicolons or line breaks, else on commas; blanks dropped. */
export function splitList(text: string): string[] {
  const parts = /[;\n]/.test(text) ? text.split(/[;\n]/) : text.split(',');
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Links from "label|url; url2": a bare URL is labelled with its host name. */
export function parseLinks(text: string): { label: string; url: string }[] {
  return text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((item) => {
      const bar = item.lastIndexOf('|');
      if (bar > 0) return { label: item.slice(0, bar).trim(), url: item.slice(bar + 1).trim() };
      return { label: hostOf(item), url: item };
    });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url.slice(0, 200);
  }
}

/** Links as one cell, the inverse of parseLinks. */
export function formatLinks(links: readonly { label: string; url: string }[]): string {
  return links.map((l) => `${l.label}|${l.url}`).join('; ');
}
