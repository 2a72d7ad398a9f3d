import type {
  ImdrfCategory,
  RiskTier,
  TierAnswers,
  TierFactAnswers,
  TierRuleSetDefinition,
} from '@vigil/contracts';

/** One dimension on the form: a level picked (or not), and whether the office is unsure. */
export interface DimensionAnswer {
  level: number | null;
  unsure: boolean;
}

export interface TieringFormState {
  dimensions: Record<string, DimensionAnswer>;
  facts: TierFactAnswers;
  imdrfCategory: ImdrfCategory | null;
}

export interface OverrideState {
  enabled: boolean;
  tier: RiskTier | null;
  justification: string;
}

type AnswersIn = Pick<TierAnswers, 'scores' | 'facts' | 'imdrfCategory'> & {
  estimates?: TierAnswers['estimates'];
};

/**
 * The form's state from stored or suggested answers: a level is a level; `unknown` is "not sure"
 * with its estimate as the picked level; a dimension without an answer is left unpicked.
 */
export function stateFromAnswers(def: TierRuleSetDefinition, answers: AnswersIn): TieringFormState {
  const dimensions: Record<string, DimensionAnswer> = {};
  for (const { key } of def.dimensions) {
    const answer = answers.scores[key];
    if (answer === undefined) dimensions[key] = { level: null, unsure: false };
    else if (answer === 'unknown')
      dimensions[key] = { level: answers.estimates?.[key] ?? null, unsure: true };
    else dimensions[key] = { level: answer, unsure: false };
  }
  return { dimensions, facts: { ...answers.facts }, imdrfCategory: answers.imdrfCategory };
}

/** The answers the form says; unpicked dimensions are left out and count as unknown. */
export function answersFromState(def: TierRuleSetDefinition, state: TieringFormState): TierAnswers {
  const scores: TierAnswers['scores'] = {};
  const estimates: TierAnswers['estimates'] = {};
  for (const { key } of def.dimensions) {
    const answer = state.dimensions[key];
    if (!answer) continue;
    if (answer.unsure) {
      scores[key] = 'unknown';
      if (answer.level !== null) estimates[key] = answer.level;
    } else if (answer.level !== null) scores[key] = answer.level;
  }
  return { scores, estimates, facts: state.facts, imdrfCategory: state.imdrfCategory };
}

/** Dimensions with neither a level nor "not sure". */
export function unanswered(def: TierRuleSetDefinition, state: TieringFormState): string[] {
  return def.dimensions
    .filter((d) => {
      const a = state.dimensions[d.key];
      return !a || (a.level === null && !a.unsure);
    })
    .map((d) => d.label);
}
