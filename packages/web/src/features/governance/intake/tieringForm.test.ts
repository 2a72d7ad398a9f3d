import { type TierRuleSetDefinition } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { answersFromState, stateFromAnswers, unanswered } from './tieringForm';

const def = {
  dimensions: ['a_dim', 'b_dim', 'c_dim', 'd_dim'].map((key) => ({
    key,
    label: key.toUpperCase(),
    question: '?',
    weight: 1,
    levels: ['0', '1', '2', '3'],
  })),
} as unknown as TierRuleSetDefinition;

const facts = { patient_facing: false, fda_regulated: true, genai_patient_data: false };

describe('the tiering form', () => {
  it('round-trips levels, unsure answers with and without an estimate, and gaps', () => {
    const answers = {
      scores: { a_dim: 2, b_dim: 'unknown' as const, c_dim: 'unknown' as const },
      estimates: { b_dim: 1 },
      facts,
      imdrfCategory: 'II' as const,
    };
    const state = stateFromAnswers(def, answers);
    expect(state.dimensions).toEqual({
      a_dim: { level: 2, unsure: false },
      b_dim: { level: 1, unsure: true },
      c_dim: { level: null, unsure: true },
      d_dim: { level: null, unsure: false },
    });
    expect(answersFromState(def, state)).toEqual(answers);
    expect(unanswered(def, state)).toEqual(['D_DIM']);
  });
});
