import { z } from 'zod';
import { id, idParams, isoTimestamp } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import { riskTier } from './governance-enums';
import {
  pathwayRules,
  tierConsequences,
  tierFacts,
  tierRuleSetDefinition,
  tierScore,
} from './governance-rules';
import { imdrfCategory } from './portfolio-enums';

// Tiering a system under the versioned rules (domain reference §5.5), and publishing new rule
// versions. Past tierings keep the version they were made under.

export const tieringLimits = {
  overrideJustificationMinLength: 20,
  overrideJustificationMaxLength: 4000,
  ruleSetNoteMinLength: 3,
  ruleSetNoteMaxLength: 1000,
} as const;

const dimensionKey = z.string().regex(/^[a-z][a-z0-9_]{1,60}$/, 'must be a dimension key');

/** A dimension's answer: a level 0-3, or `unknown`. */
export const tierAnswerValue = z.union([tierScore, z.literal('unknown')]);
export type TierAnswerValue = z.infer<typeof tierAnswerValue>;

/** How each fact is named to the office. */
export const tierFactLabels: Record<(typeof tierFacts)[number], string> = {
  patient_facing: 'Patients see it or interact with it directly',
  fda_regulated: 'It is an FDA-regulated medical device',
  genai_patient_data: 'It is generative or agentic AI that touches patient-level data',
};

export const tierFactAnswers = z
  .object(
    Object.fromEntries(tierFacts.map((f) => [f, z.boolean()])) as Record<
      (typeof tierFacts)[number],
      z.ZodBoolean
    >,
  )
  .strict();
export type TierFactAnswers = z.infer<typeof tierFactAnswers>;

/**
 * What the office answered: a level (or unknown) per dimension, the facts rules may test, and the
 * IMDRF category. A dimension left out counts as unknown. An unknown answer scores one level above
 * its estimate (the best guess, when there is one), or at the top level without one.
 */
export const tierAnswers = z
  .object({
    scores: z.record(dimensionKey, tierAnswerValue),
    estimates: z
      .record(dimensionKey, tierScore)
      .default({})
      .describe('For dimensions answered unknown: the best guess, scored one level higher'),
    facts: tierFactAnswers,
    imdrfCategory: imdrfCategory.nullable(),
  })
  .strict();
export type TierAnswers = z.infer<typeof tierAnswers>;
export type TierAnswersInput = z.input<typeof tierAnswers>;

/** How one dimension counted: the score used, its weight, its points and the rules it set off. */
export const tierContribution = z.object({
  dimension: z.string(),
  label: z.string(),
  answer: tierAnswerValue,
  estimate: tierScore.nullable(),
  scoreUsed: tierScore,
  weight: z.number().int(),
  points: z.number().int().describe('weight × score used'),
  maxPoints: z.number().int().describe('weight × 3'),
  triggeredRules: z.array(z.string()).describe('Ids of rules this dimension’s score made match'),
});
export type TierContribution = z.infer<typeof tierContribution>;

/** Whether a rule matched, and which of its tests held, in words. */
export const tierRuleCheck = z.object({
  ruleId: z.string(),
  tier: riskTier,
  label: z.string(),
  matched: z.boolean(),
  reasons: z.array(z.string()),
});
export type TierRuleCheck = z.infer<typeof tierRuleCheck>;

/** A computed tier with its explanation and what it decides. */
export const tierResultDto = z.object({
  ruleSetVersion: z.number().int(),
  tier: riskTier,
  matchedRuleId: z
    .string()
    .nullable()
    .describe('Null when no rule matched and the default applies'),
  matchedRuleLabel: z.string(),
  weightedScore: z.number().int(),
  maxWeightedScore: z.number().int(),
  contributions: z.array(tierContribution),
  rules: z.array(tierRuleCheck).describe('Every rule in order; the first that matched decided'),
  consequences: tierConsequences,
  pathwayRules,
});
export type TierResultDto = z.infer<typeof tierResultDto>;

export const tierDeterminationDto = z.object({
  id,
  systemId: id,
  ruleSetVersion: z.number().int(),
  answers: tierAnswers,
  computedTier: riskTier,
  matchedRuleId: z.string().nullable(),
  matchedRuleLabel: z.string(),
  weightedScore: z.number().int(),
  maxWeightedScore: z.number().int(),
  contributions: z.array(tierContribution),
  overrideTier: riskTier.nullable(),
  overrideJustification: z.string().nullable(),
  tier: riskTier.describe('The tier in force: the override when there is one, else computed'),
  consequences: tierConsequences.describe('What the tier in force decides under its rule version'),
  pathwayRules,
  determinedById: z.string().nullable(),
  determinedByLabel: z.string(),
  determinedAt: isoTimestamp,
});
export type TierDeterminationDto = z.infer<typeof tierDeterminationDto>;

export const tierOverrideInput = z
  .object({
    tier: riskTier,
    justification: z
      .string()
      .trim()
      .min(
        tieringLimits.overrideJustificationMinLength,
        `must be at least ${tieringLimits.overrideJustificationMinLength} characters`,
      )
      .max(tieringLimits.overrideJustificationMaxLength),
  })
  .strict();
export type TierOverrideInput = z.infer<typeof tierOverrideInput>;

export const tieringPreviewInput = z
  .object({
    answers: tierAnswers,
    ruleSetVersion: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('Compute under this version; default the version in force'),
  })
  .strict();
export type TieringPreviewInput = z.infer<typeof tieringPreviewInput>;

export const tieringSaveInput = z
  .object({
    ruleSetVersion: z
      .number()
      .int()
      .min(1)
      .describe('The version in force when you answered; 409 if it changed since'),
    previousDeterminationId: id
      .nullable()
      .describe('The latest tiering you saw (null for none); 409 if another was saved since'),
    answers: tierAnswers,
    override: tierOverrideInput.nullable().default(null),
  })
  .strict();
export type TieringSaveInput = z.infer<typeof tieringSaveInput>;

/** Answers suggested from the system record and its intake, with where each came from. */
export const tieringPrefillDto = z.object({
  systemId: id,
  intakeId: id.nullable(),
  intakeReference: z.string().nullable(),
  answers: tierAnswers,
  sources: z
    .record(z.string(), z.string())
    .describe('Per dimension key, fact (fact.<name>) or imdrfCategory: where the value came from'),
});
export type TieringPrefillDto = z.infer<typeof tieringPrefillDto>;

export const tierRuleSetSummaryDto = z.object({
  version: z.number().int(),
  note: z.string(),
  createdById: z.string().nullable(),
  createdByLabel: z.string(),
  createdAt: isoTimestamp,
  isActive: z.boolean().describe('True for the highest version, the one in force'),
  determinationCount: z.number().int().describe('Tierings made under this version'),
});
export type TierRuleSetSummaryDto = z.infer<typeof tierRuleSetSummaryDto>;

export const tierRuleSetDto = tierRuleSetSummaryDto.extend({ definition: tierRuleSetDefinition });
export type TierRuleSetDto = z.infer<typeof tierRuleSetDto>;

export const tierRuleSetPublishInput = z
  .object({
    basedOnVersion: z
      .number()
      .int()
      .min(1)
      .describe('The version you edited; 409 if another was published since'),
    note: z
      .string()
      .trim()
      .min(tieringLimits.ruleSetNoteMinLength, 'say what changed and why')
      .max(tieringLimits.ruleSetNoteMaxLength),
    definition: tierRuleSetDefinition,
  })
  .strict();
export type TierRuleSetPublishInput = z.infer<typeof tierRuleSetPublishInput>;

export const tierRuleSetVersionParams = z
  .object({ version: z.coerce.number().int().min(1) })
  .strict();

const rules = '/api/v1/governance/tier-rules';
const systems = '/api/v1/governance/systems/:id/tierings';
const tag = 'governance tiering';
const read: readonly ErrorCode[] = ['unauthenticated', 'forbidden', 'not_found'];
const write: readonly ErrorCode[] = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
];

export const governanceTieringEndpoints = {
  activeRuleSet: defineEndpoint({
    method: 'GET',
    path: `${rules}/active`,
    summary: 'The tiering rules in force: dimensions, rules, default tier, consequences, pathways',
    tag,
    access: 'governance.read',
    response: tierRuleSetDto,
    errors: read,
  }),
  ruleSetVersions: defineEndpoint({
    method: 'GET',
    path: `${rules}/versions`,
    summary: 'Every version of the tiering rules, newest first',
    tag,
    access: 'governance.read',
    response: z.array(tierRuleSetSummaryDto),
    errors: ['unauthenticated', 'forbidden'],
  }),
  ruleSetVersion: defineEndpoint({
    method: 'GET',
    path: `${rules}/versions/:version`,
    summary: 'One version of the tiering rules',
    tag,
    access: 'governance.read',
    params: tierRuleSetVersionParams,
    response: tierRuleSetDto,
    errors: ['validation_failed', ...read],
  }),
  publishRuleSet: defineEndpoint({
    method: 'POST',
    path: `${rules}/versions`,
    summary:
      'Publish new tiering rules as the next version; tierings already made keep their version and tier',
    tag,
    access: 'governance.rules',
    body: tierRuleSetPublishInput,
    response: tierRuleSetDto,
    successStatus: 201,
    errors: [...write, 'version_conflict'],
  }),
  preview: defineEndpoint({
    method: 'POST',
    path: '/api/v1/governance/tiering/preview',
    summary: 'Compute a tier from answers without saving it, with each dimension’s contribution',
    tag,
    access: 'governance.manage',
    body: tieringPreviewInput,
    response: tierResultDto,
    errors: write,
  }),
  prefill: defineEndpoint({
    method: 'GET',
    path: `${systems}/prefill`,
    summary: 'Answers suggested from the system record and the intake it came from',
    tag,
    access: 'governance.manage',
    params: idParams,
    response: tieringPrefillDto,
    errors: ['validation_failed', ...read],
  }),
  tierSystem: defineEndpoint({
    method: 'POST',
    path: systems,
    summary:
      'Tier a system under the rules in force and save it, optionally overriding the computed tier with a written justification',
    tag,
    access: 'governance.manage',
    params: idParams,
    body: tieringSaveInput,
    response: tierDeterminationDto,
    successStatus: 201,
    errors: [...write, 'conflict', 'version_conflict'],
  }),
  determinations: defineEndpoint({
    method: 'GET',
    path: systems,
    summary: 'Every tiering of a system, newest first; the first is in force',
    tag,
    access: 'governance.read',
    params: idParams,
    response: z.array(tierDeterminationDto),
    errors: ['validation_failed', ...read],
  }),
};
