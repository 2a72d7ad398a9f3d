import { z } from 'zod';
import { chaiFieldKey } from './chai-fields';
import { hti1AttributeKey, hti1DsiType } from './hti1';

/** Limits for model cards, shared by the importer, the API and the web forms. */
export const modelCardLimits = {
  xmlMaxBytes: 5 * 1024 * 1024,
  textMaxLength: 200_000,
  listMaxItems: 1_000,
  signatureMaxLength: 200_000,
} as const;

// XML 1.0 Char production: a card must be exportable, so text XML cannot carry is refused up front.
const xmlChars = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** A text field of the card: Markdown, whitespace significant, kept exactly as written. */
export const modelCardText = z
  .string()
  .max(modelCardLimits.textMaxLength)
  .regex(xmlChars, 'contains characters that XML cannot carry');

const textList = z.array(modelCardText).max(modelCardLimits.listMaxItems);

/** `{"kind":"estimate_ci",...}`: a point estimate with a confidence interval (level in %). */
export const estimateCiValue = z.object({
  kind: z.literal('estimate_ci'),
  estimate: z.number(),
  lower: z.number(),
  upper: z.number(),
  level: z.number().optional(),
  unit: z.string().optional(),
});
/** `{"kind":"single",...}`: one number. */
export const singleValue = z.object({
  kind: z.literal('single'),
  value: z.number(),
  unit: z.string().optional(),
});
/** `{"kind":"mean_sd",...}`: a mean with its standard deviation (and sample size when known). */
export const meanSdValue = z.object({
  kind: z.literal('mean_sd'),
  mean: z.number(),
  sd: z.number(),
  n: z.number().int().nonnegative().optional(),
  unit: z.string().optional(),
});
/** The structured value of a CHAI `MetricResult/ValueJson`. */
export const modelCardMetricValue = z.discriminatedUnion('kind', [
  estimateCiValue,
  singleValue,
  meanSdValue,
]);
export type ModelCardMetricValue = z.infer<typeof modelCardMetricValue>;

/** The canonical ValueJson text of a value: fixed key order, no spaces, as CHAI's examples write it. */
export function canonicalMetricValueJson(value: ModelCardMetricValue): string {
  switch (value.kind) {
    case 'estimate_ci': {
      const { estimate, lower, upper, level, unit } = value;
      return JSON.stringify({ kind: value.kind, estimate, lower, upper, level, unit });
    }
    case 'single':
      return JSON.stringify({ kind: value.kind, value: value.value, unit: value.unit });
    case 'mean_sd': {
      const { mean, sd, n, unit } = value;
      return JSON.stringify({ kind: value.kind, mean, sd, n, unit });
    }
  }
}

/**
 * One `MetricResult`. `valueJson` is the ValueJson text as written; it is kept only when it differs
 * from the canonical JSON of `value` (e.g. `78.0`, extra keys) or when `value` is null because the
 * text is not one of the known kinds, so nothing a vendor wrote is lost and each card has one form.
 */
export const modelCardMetricResult = z
  .object({
    label: modelCardText,
    value: modelCardMetricValue.nullable(),
    valueJson: modelCardText.optional(),
  })
  .strict()
  .refine((r) => r.value !== null || r.valueJson !== undefined, {
    message: 'a result needs a value or its ValueJson text',
    path: ['valueJson'],
  })
  .refine((r) => r.value === null || r.valueJson !== canonicalMetricValueJson(r.value), {
    message: 'valueJson is kept only when it differs from the canonical JSON of value',
    path: ['valueJson'],
  });
export type ModelCardMetricResult = z.infer<typeof modelCardMetricResult>;

/** A CHAI KeyMetric block; the schema requires at least one result. */
export const modelCardKeyMetric = z
  .object({
    metricGoal: modelCardText,
    results: z.array(modelCardMetricResult).min(1).max(modelCardLimits.listMaxItems),
    interpretation: modelCardText,
    testType: modelCardText,
    testingDataDescription: modelCardText,
    validationProcessAndJustification: modelCardText,
  })
  .strict();
export type ModelCardKeyMetric = z.infer<typeof modelCardKeyMetric>;

const t = modelCardText;
const section = <S extends z.ZodRawShape>(shape: S) => z.object(shape).strict();

/**
 * A CHAI Applied Model Card v0.2, every section and field, in camelCase. Optional schema elements
 * are optional here (absent ≠ empty string); `hti1` holds HTI-1 source attributes the CHAI schema
 * has no element for, keyed by their stable keys; `signature` is an opaque `ds:Signature` element.
 */
export const modelCard = section({
  basicInfo: section({ modelName: t, modelDeveloper: t, developerContact: t }),
  releaseInfo: section({
    releaseStage: t,
    releaseDate: t,
    releaseVersion: t,
    globalAvailability: t,
    ehrCompatibility: textList.optional(),
    regulatoryApproval: t.optional(),
  }),
  modelSummary: section({ summary: t, keywords: textList }),
  usesAndDirections: section({
    intendedUseAndWorkflow: t,
    primaryIntendedUsers: t,
    howToUse: t,
    targetedPatientPopulation: t,
    cautionedOutOfScopeSettings: t,
  }),
  warnings: section({
    knownRisksAndLimitations: t,
    knownBiasesOrEthicalConsiderations: t,
    clinicalRiskLevel: t,
  }),
  trustIngredients: section({
    aiSystemFacts: section({
      outcomesAndOutputs: t,
      modelType: t,
      foundationModels: t.optional(),
      inputDataSource: t,
      outputAndInputDataTypes: t,
      developmentDataCharacterization: t,
      biasMitigationApproaches: t,
      ongoingMaintenance: t,
      security: t.optional(),
      transparency: t.optional(),
    }),
    transparencyInformation: section({
      fundingSource: t,
      thirdPartyInformation: t.optional(),
      stakeholdersConsulted: t,
    }),
  }),
  keyMetrics: section({
    usefulnessUsabilityEfficacy: modelCardKeyMetric,
    fairnessEquity: modelCardKeyMetric,
    safetyReliability: modelCardKeyMetric,
  }),
  resources: section({
    evaluationReferences: t.optional(),
    clinicalTrial: t.optional(),
    peerReviewedPublications: t,
    reimbursementStatus: t.optional(),
    patientConsentOrDisclosure: t,
  }),
  bibliography: t.describe('BibTeX'),
  signature: z
    .string()
    .max(modelCardLimits.signatureMaxLength)
    .regex(/^<[\s\S]*>$/, 'must be one XML element, without surrounding whitespace')
    .refine((s) => !s.includes('\r'), 'must use LF line ends')
    .optional()
    .describe('The ds:Signature element, verbatim XML'),
  hti1: z.partialRecord(hti1AttributeKey, modelCardText),
});
export type ModelCard = z.infer<typeof modelCard>;

/** How an item of the completeness checklist is met. */
export const completenessStatus = z.enum(['present', 'missing']);

/** One row of the transparency checklist. */
export const completenessItem = z.object({
  source: z.enum(['chai', 'hti1']),
  key: z.string(),
  label: z.string(),
  section: z.string().describe('CHAI section, or HTI-1 group'),
  status: completenessStatus,
  satisfiedBy: z.enum(['field', 'explicit', 'crosswalk']).optional(),
  viaChaiFields: z
    .array(z.string())
    .optional()
    .describe('CHAI fields that met it via the crosswalk'),
});
export type CompletenessItem = z.infer<typeof completenessItem>;

const tally = z.object({ present: z.number().int(), total: z.number().int(), percent: z.number() });

/** Transparency completeness of one card for one DSI type. */
export const modelCardCompleteness = z.object({
  dsiType: hti1DsiType,
  items: z.array(completenessItem),
  chai: tally,
  hti1: tally,
  overall: tally,
});
export type ModelCardCompleteness = z.infer<typeof modelCardCompleteness>;

/** A value shown in a diff: a text, a list, or a metric result. */
export const modelCardDiffValue = z.union([z.string(), z.array(z.string()), modelCardMetricResult]);

/** One changed field between two versions of a card. */
export const modelCardDiffEntry = z.object({
  path: z.string().describe('e.g. keyMetrics.fairnessEquity.results[Sensitivity]'),
  fieldKey: z.union([chaiFieldKey, hti1AttributeKey]),
  label: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  before: modelCardDiffValue.optional(),
  after: modelCardDiffValue.optional(),
});
export type ModelCardDiffEntry = z.infer<typeof modelCardDiffEntry>;
