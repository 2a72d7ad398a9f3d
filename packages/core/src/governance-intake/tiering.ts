import {
  type RiskTier,
  type TierAnswerValue,
  type TierAnswers,
  type TierCondition,
  type TierContribution,
  type TierRuleCheck,
  type TierRuleSetDefinition,
  riskTierLabels,
  tierFactLabels,
} from '@vigil/contracts';
import { DomainError } from '../errors';

// The tiering engine: pure functions from a rule-set definition and answers to a tier with its
// explanation. No I/O and no clock, so a stored version and stored answers always give the same
// result.

const topLevel = 3;

/** A computed tier, the rule that decided it, and how every dimension and rule counted. */
export interface TierComputation {
  tier: RiskTier;
  /** Null when no rule matched and the default tier applies. */
  matchedRuleId: string | null;
  matchedRuleLabel: string;
  weightedScore: number;
  maxWeightedScore: number;
  contributions: TierContribution[];
  rules: TierRuleCheck[];
}

/**
 * The score an answer counts as: its level; for `unknown`, the next-higher level than its estimate
 * (the best guess), or the top level when there is no estimate.
 */
export function scoreUsed(answer: TierAnswerValue, estimate: number | null): number {
  if (answer !== 'unknown') return answer;
  return estimate === null ? topLevel : Math.min(topLevel, estimate + 1);
}

/**
 * Answers completed for a rule set: every dimension present (left out counts as unknown),
 * estimates kept only for unknown answers.
 * @throws DomainError validation_failed naming an answer for a dimension the rule set lacks
 */
export function normaliseAnswers(def: TierRuleSetDefinition, answers: TierAnswers): TierAnswers {
  const keys = new Set(def.dimensions.map((d) => d.key));
  const unknownKeys = [
    ...Object.keys(answers.scores).map((k) => ['scores', k] as const),
    ...Object.keys(answers.estimates).map((k) => ['estimates', k] as const),
  ].filter(([, k]) => !keys.has(k));
  if (unknownKeys.length > 0) {
    throw new DomainError(
      'validation_failed',
      'The answers name dimensions the rules do not have',
      {
        details: unknownKeys.map(([part, key]) => ({
          path: `body.answers.${part}.${key}`,
          message: 'is not a dimension of the rules in force',
        })),
      },
    );
  }
  const scores: TierAnswers['scores'] = {};
  const estimates: TierAnswers['estimates'] = {};
  for (const { key } of def.dimensions) {
    const answer = answers.scores[key] ?? 'unknown';
    scores[key] = answer;
    const estimate = answers.estimates[key];
    if (answer === 'unknown' && estimate !== undefined) estimates[key] = estimate;
  }
  return { scores, estimates, facts: { ...answers.facts }, imdrfCategory: answers.imdrfCategory };
}

interface Evaluated {
  holds: boolean;
  reason: string;
  /** Dimensions whose score the test read. */
  dimensions: string[];
  /** True when the test read the weighted score. */
  weighted: boolean;
}

interface Context {
  def: TierRuleSetDefinition;
  answers: TierAnswers;
  used: Map<string, number>;
  weightedScore: number;
}

function evaluate(condition: TierCondition, ctx: Context): Evaluated {
  if ('allOf' in condition) {
    const parts = condition.allOf.map((c) => evaluate(c, ctx));
    return {
      holds: parts.every((p) => p.holds),
      reason: parts.map((p) => p.reason).join(' and '),
      dimensions: parts.flatMap((p) => p.dimensions),
      weighted: parts.some((p) => p.weighted),
    };
  }
  if ('dimension' in condition) {
    const score = ctx.used.get(condition.dimension) ?? topLevel;
    const label =
      ctx.def.dimensions.find((d) => d.key === condition.dimension)?.label ?? condition.dimension;
    const holds = 'atLeast' in condition ? score >= condition.atLeast : score === condition.equals;
    const test = 'atLeast' in condition ? `at least ${condition.atLeast}` : `${condition.equals}`;
    return {
      holds,
      reason: `${label} is ${test} (scored ${score})`,
      dimensions: [condition.dimension],
      weighted: false,
    };
  }
  if ('fact' in condition) {
    return {
      holds: ctx.answers.facts[condition.fact],
      reason: tierFactLabels[condition.fact],
      dimensions: [],
      weighted: false,
    };
  }
  if ('imdrfCategoryIn' in condition) {
    const category = ctx.answers.imdrfCategory;
    return {
      holds: category !== null && condition.imdrfCategoryIn.includes(category),
      reason: `IMDRF category is ${condition.imdrfCategoryIn.join(' or ')}`,
      dimensions: [],
      weighted: false,
    };
  }
  return {
    holds: ctx.weightedScore >= condition.weightedScoreAtLeast,
    reason: `Weighted score is at least ${condition.weightedScoreAtLeast} (scored ${ctx.weightedScore})`,
    dimensions: [],
    weighted: true,
  };
}

/**
 * Tiers answers under a rule set: rules are tried in order and the first that matches decides;
 * when none matches, the default tier applies. Every dimension's contribution is reported.
 * Answers must be normalised (see normaliseAnswers).
 */
export function computeTier(def: TierRuleSetDefinition, answers: TierAnswers): TierComputation {
  const used = new Map<string, number>();
  for (const { key } of def.dimensions) {
    const answer = answers.scores[key] ?? 'unknown';
    used.set(key, scoreUsed(answer, answers.estimates[key] ?? null));
  }
  const weightedScore = def.dimensions.reduce(
    (sum, d) => sum + d.weight * (used.get(d.key) ?? 0),
    0,
  );
  const maxWeightedScore = def.dimensions.reduce((sum, d) => sum + d.weight * topLevel, 0);
  const ctx: Context = { def, answers, used, weightedScore };

  const triggered = new Map<string, Set<string>>(def.dimensions.map((d) => [d.key, new Set()]));
  const rules: TierRuleCheck[] = def.rules.map((rule) => {
    const held = rule.anyOf.map((c) => evaluate(c, ctx)).filter((e) => e.holds);
    for (const e of held) {
      for (const key of e.dimensions) triggered.get(key)?.add(rule.id);
      if (e.weighted) {
        for (const d of def.dimensions)
          if (d.weight * (used.get(d.key) ?? 0) > 0) triggered.get(d.key)?.add(rule.id);
      }
    }
    return {
      ruleId: rule.id,
      tier: rule.tier,
      label: rule.label,
      matched: held.length > 0,
      reasons: held.map((e) => e.reason),
    };
  });

  const matched = def.rules.find((_, i) => rules[i]?.matched === true);
  const contributions: TierContribution[] = def.dimensions.map((d) => {
    const answer = answers.scores[d.key] ?? 'unknown';
    const score = used.get(d.key) ?? topLevel;
    return {
      dimension: d.key,
      label: d.label,
      answer,
      estimate: answer === 'unknown' ? (answers.estimates[d.key] ?? null) : null,
      scoreUsed: score,
      weight: d.weight,
      points: d.weight * score,
      maxPoints: d.weight * topLevel,
      triggeredRules: [...(triggered.get(d.key) ?? [])],
    };
  });
  return {
    tier: matched?.tier ?? def.defaultTier,
    matchedRuleId: matched?.id ?? null,
    matchedRuleLabel: matched?.label ?? defaultRuleLabel(def.defaultTier),
    weightedScore,
    maxWeightedScore,
    contributions,
    rules,
  };
}

/** How the default tier is explained when no rule matched. */
export function defaultRuleLabel(tier: RiskTier): string {
  return `No rule matched: the default, ${riskTierLabels[tier]}`;
}
