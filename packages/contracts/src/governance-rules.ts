import { z } from 'zod';
import { type ImdrfCategory, imdrfCategory } from './portfolio-enums';
import { discipline } from './roles';
import {
  governanceArtefact,
  reviewPathway,
  reviewPathways,
  riskTier,
  riskTiers,
} from './governance-enums';

// The risk-tiering rules as data (domain reference §5.5). A rule set is stored as a numbered
// version; the highest version is in force and every tiering records the version it used.

export const tierScore = z.number().int().min(0).max(3);

/** One tiering dimension, scored 0-3; `unknown` scores as the next-higher level. */
export const tierDimension = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,60}$/),
  label: z.string().min(1).max(120),
  question: z.string().min(1).max(300),
  weight: z.number().int().min(0).max(10),
  levels: z.array(z.string().min(1).max(200)).length(4).describe('What scores 0, 1, 2 and 3 mean'),
});
export type TierDimension = z.infer<typeof tierDimension>;

/** Facts about a system that rules may test besides the dimension scores. */
export const tierFacts = ['patient_facing', 'fda_regulated', 'genai_patient_data'] as const;
export const tierFact = z.enum(tierFacts);
export type TierFact = z.infer<typeof tierFact>;

/** A test inside a rule; a rule matches when any of its tests holds. */
export type TierCondition =
  | { dimension: string; atLeast: number }
  | { dimension: string; equals: number }
  | { fact: TierFact }
  | { imdrfCategoryIn: ImdrfCategory[] }
  | { weightedScoreAtLeast: number }
  | { allOf: TierCondition[] };

export const tierCondition: z.ZodType<TierCondition> = z.lazy(() =>
  z.union([
    z.object({ dimension: z.string(), atLeast: tierScore }).strict(),
    z.object({ dimension: z.string(), equals: tierScore }).strict(),
    z.object({ fact: tierFact }).strict(),
    z.object({ imdrfCategoryIn: z.array(imdrfCategory).min(1) }).strict(),
    z.object({ weightedScoreAtLeast: z.number().int().min(0) }).strict(),
    z.object({ allOf: z.array(tierCondition).min(1) }).strict(),
  ]),
);

/** Rules are tried in order and the first that matches sets the tier. */
export const tierRule = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]{1,60}$/),
  tier: riskTier,
  label: z.string().min(1).max(300),
  anyOf: z.array(tierCondition).min(1),
});
export type TierRule = z.infer<typeof tierRule>;

/** What a tier decides: pathway, evidence before go-live, monitoring and re-review cadence. */
export const tierConsequences = z.object({
  pathway: reviewPathway,
  requiredArtefacts: z.array(governanceArtefact),
  monitoringCadenceDays: z.number().int().min(1).max(730),
  reReviewMonths: z.number().int().min(1).max(60),
});
export type TierConsequences = z.infer<typeof tierConsequences>;

/** How a pathway reviews: disciplines that must report, how many votes make quorum. */
export const pathwayRules = z.object({
  requiredDisciplines: z.array(discipline),
  quorum: z
    .number()
    .int()
    .min(0)
    .max(30)
    .describe('Eligible (unconflicted) recommendations needed'),
  decidedAtMeeting: z.boolean().describe('True when the decision must be taken at a held meeting'),
  targetDays: z.number().int().min(1).max(365),
});
export type PathwayRules = z.infer<typeof pathwayRules>;

export const tierRuleSetDefinition = z
  .object({
    dimensions: z.array(tierDimension).min(1),
    rules: z.array(tierRule),
    defaultTier: riskTier,
    tiers: z.object(
      Object.fromEntries(riskTiers.map((t) => [t, tierConsequences])) as Record<
        (typeof riskTiers)[number],
        typeof tierConsequences
      >,
    ),
    pathways: z.object(
      Object.fromEntries(reviewPathways.map((p) => [p, pathwayRules])) as Record<
        (typeof reviewPathways)[number],
        typeof pathwayRules
      >,
    ),
  })
  .superRefine((def, ctx) => {
    const keys = new Set(def.dimensions.map((d) => d.key));
    if (keys.size !== def.dimensions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['dimensions'],
        message: 'dimension keys must be unique',
      });
    }
    const walk = (c: TierCondition, path: (string | number)[]): void => {
      if ('allOf' in c) c.allOf.forEach((inner, i) => walk(inner, [...path, 'allOf', i]));
      else if ('dimension' in c && !keys.has(c.dimension)) {
        ctx.addIssue({ code: 'custom', path, message: `names unknown dimension ${c.dimension}` });
      }
    };
    def.rules.forEach((r, i) => r.anyOf.forEach((c, j) => walk(c, ['rules', i, 'anyOf', j])));
  });
export type TierRuleSetDefinition = z.infer<typeof tierRuleSetDefinition>;
