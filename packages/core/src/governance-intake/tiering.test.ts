import {
  type TierAnswers,
  type TierRuleSetDefinition,
  tierRuleSetDefinition,
} from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { tierRuleSetV1 } from '../db/migrations/202611290510_tier-rules';
import { isDomainError } from '../errors';
import { computeTier, normaliseAnswers, scoreUsed } from './tiering';

const v1: TierRuleSetDefinition = tierRuleSetDefinition.parse(tierRuleSetV1);

/** Every dimension at 0, no facts, no IMDRF category: nothing to worry about. */
function answers(
  scores: Partial<Record<string, TierAnswers['scores'][string]>> = {},
  more: {
    estimates?: TierAnswers['estimates'];
    facts?: Partial<TierAnswers['facts']>;
    imdrfCategory?: TierAnswers['imdrfCategory'];
  } = {},
): TierAnswers {
  const all: TierAnswers['scores'] = Object.fromEntries(v1.dimensions.map((d) => [d.key, 0]));
  for (const [key, value] of Object.entries(scores)) if (value !== undefined) all[key] = value;
  return {
    scores: all,
    estimates: more.estimates ?? {},
    facts: {
      patient_facing: false,
      fda_regulated: false,
      genai_patient_data: false,
      ...more.facts,
    },
    imdrfCategory: more.imdrfCategory ?? null,
  };
}

describe('rule set version 1', () => {
  it('holds the ten dimensions of domain reference §5.5 in order, each with four levels', () => {
    expect(v1.dimensions.map((d) => d.key)).toEqual([
      'tier_clinical_impact',
      'tier_autonomy',
      'tier_harm_severity',
      'tier_reversibility',
      'tier_population',
      'tier_scale',
      'tier_change',
      'tier_third_party',
      'tier_data_sensitivity',
      'tier_genai',
    ]);
    expect(v1.dimensions.find((d) => d.key === 'tier_autonomy')?.levels).toEqual([
      'Informs only',
      'Recommends',
      'Acts with human review',
      'Acts without review',
    ]);
    expect(v1.dimensions.filter((d) => d.weight === 2).map((d) => d.key)).toEqual([
      'tier_clinical_impact',
      'tier_autonomy',
      'tier_harm_severity',
    ]);
  });

  it('tries high, then moderate, and defaults to low', () => {
    expect(v1.rules.map((r) => [r.id, r.tier])).toEqual([
      ['high_risk', 'high'],
      ['moderate_risk', 'moderate'],
    ]);
    expect(v1.defaultTier).toBe('low');
  });

  it('gives each tier its pathway, artefacts, monitoring cadence and re-review interval', () => {
    expect(v1.tiers.high).toMatchObject({ pathway: 'full', reReviewMonths: 12 });
    expect(v1.tiers.high.requiredArtefacts).toHaveLength(7);
    expect(v1.tiers.moderate).toEqual({
      pathway: 'fast_track',
      requiredArtefacts: ['intended_use', 'named_owners', 'model_card', 'local_validation'],
      monitoringCadenceDays: 90,
      reReviewMonths: 12,
    });
    expect(v1.tiers.low).toEqual({
      pathway: 'registration_only',
      requiredArtefacts: ['intended_use', 'named_owners'],
      monitoringCadenceDays: 365,
      reReviewMonths: 24,
    });
    expect(v1.pathways.full).toMatchObject({ quorum: 3, decidedAtMeeting: true });
    expect(v1.pathways.fast_track).toMatchObject({
      requiredDisciplines: ['clinical', 'it_security'],
      quorum: 2,
      decidedAtMeeting: false,
    });
    expect(v1.pathways.registration_only).toMatchObject({ requiredDisciplines: [], quorum: 0 });
  });
});

describe('tiering under rule set version 1', () => {
  it('tiers a system with nothing to worry about as low by default', () => {
    const result = computeTier(v1, answers());
    expect(result).toMatchObject({ tier: 'low', matchedRuleId: null, weightedScore: 0 });
    expect(result.maxWeightedScore).toBe(39);
  });

  it.each([
    ['diagnosis or treatment', { tier_clinical_impact: 3 }, {}, 'high', 'high_risk'],
    ['serious harm or death', { tier_harm_severity: 3 }, {}, 'high', 'high_risk'],
    ['acting without review', { tier_autonomy: 3 }, {}, 'high', 'high_risk'],
    [
      'acting with review on a clinical decision',
      { tier_autonomy: 2, tier_clinical_impact: 2 },
      {},
      'high',
      'high_risk',
    ],
    ['IMDRF category III', {}, { imdrfCategory: 'III' }, 'high', 'high_risk'],
    ['IMDRF category IV', {}, { imdrfCategory: 'IV' }, 'high', 'high_risk'],
    ['an FDA-regulated device', {}, { facts: { fda_regulated: true } }, 'high', 'high_risk'],
    ['clinical decision support', { tier_clinical_impact: 2 }, {}, 'moderate', 'moderate_risk'],
    ['patient-facing', {}, { facts: { patient_facing: true } }, 'moderate', 'moderate_risk'],
    ['moderate harm', { tier_harm_severity: 2 }, {}, 'moderate', 'moderate_risk'],
    [
      'generative AI on patient-level data',
      {},
      { facts: { genai_patient_data: true } },
      'moderate',
      'moderate_risk',
    ],
    [
      'acting with review on operational information',
      { tier_autonomy: 2, tier_clinical_impact: 1 },
      {},
      'low',
      null,
    ],
    ['IMDRF category II', {}, { imdrfCategory: 'II' }, 'low', null],
  ] as const)('%s makes a system %s', (_name, scores, more, tier, rule) => {
    const result = computeTier(v1, answers(scores, more));
    expect(result.tier).toBe(tier);
    expect(result.matchedRuleId).toBe(rule);
  });

  it.each([
    ['reaches 12 with four exposure dimensions at the top', 3, 12, 'moderate'],
    ['stays at 11 one level short', 2, 11, 'low'],
  ] as const)('a weighted score that %s is %s', (_name, change, score, tier) => {
    const result = computeTier(
      v1,
      answers({ tier_reversibility: 3, tier_population: 3, tier_scale: 3, tier_change: change }),
    );
    expect(result.weightedScore).toBe(score);
    expect(result.tier).toBe(tier);
  });

  it('counts level 1 on every dimension as 12, enough for moderate', () => {
    const ones = Object.fromEntries(v1.dimensions.map((d) => [d.key, 1]));
    const result = computeTier(v1, answers({ ...ones, tier_genai: 0 }));
    expect(result).toMatchObject({ weightedScore: 12, tier: 'moderate' });
    expect(result.rules[1]?.reasons).toEqual(['Weighted score is at least 12 (scored 12)']);
  });

  it('lets the first matching rule decide when several match', () => {
    const result = computeTier(
      v1,
      answers({ tier_clinical_impact: 3 }, { facts: { patient_facing: true } }),
    );
    expect(result.tier).toBe('high');
    expect(result.rules.map((r) => r.matched)).toEqual([true, true]);
    const lenient: TierRuleSetDefinition = {
      ...v1,
      rules: [
        {
          id: 'staff_only',
          tier: 'low',
          label: 'Staff-only tools',
          anyOf: [{ dimension: 'tier_population', equals: 0 }],
        },
        ...v1.rules,
      ],
    };
    expect(computeTier(lenient, answers({ tier_clinical_impact: 3 }))).toMatchObject({
      tier: 'low',
      matchedRuleId: 'staff_only',
    });
  });

  it('shows each dimension’s weight, points and the rules its score set off', () => {
    const result = computeTier(v1, answers({ tier_clinical_impact: 3, tier_scale: 2 }));
    expect(result.contributions.find((c) => c.dimension === 'tier_clinical_impact')).toEqual({
      dimension: 'tier_clinical_impact',
      label: 'Clinical proximity and function',
      answer: 3,
      estimate: null,
      scoreUsed: 3,
      weight: 2,
      points: 6,
      maxPoints: 6,
      triggeredRules: ['high_risk'],
    });
    expect(result.contributions.find((c) => c.dimension === 'tier_scale')).toMatchObject({
      points: 2,
      triggeredRules: [],
    });
    expect(result.weightedScore).toBe(8);
  });

  it('credits every scoring dimension when the weighted score sets a rule off', () => {
    const result = computeTier(
      v1,
      answers({ tier_reversibility: 3, tier_population: 3, tier_scale: 3, tier_change: 3 }),
    );
    const credited = result.contributions
      .filter((c) => c.triggeredRules.includes('moderate_risk'))
      .map((c) => c.dimension);
    expect(credited).toEqual([
      'tier_reversibility',
      'tier_population',
      'tier_scale',
      'tier_change',
    ]);
  });
});

describe('unknown answers', () => {
  it.each([
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 3],
  ])('score one level above an estimate of %i, as %i', (estimate, expected) => {
    expect(scoreUsed('unknown', estimate)).toBe(expected);
  });

  it('score at the top level without an estimate', () => {
    expect(scoreUsed('unknown', null)).toBe(3);
  });

  it('can tip a system into the next tier', () => {
    const known = computeTier(v1, answers({ tier_clinical_impact: 1 }));
    const unsure = computeTier(
      v1,
      answers({ tier_clinical_impact: 'unknown' }, { estimates: { tier_clinical_impact: 1 } }),
    );
    expect(known.tier).toBe('low');
    expect(unsure.tier).toBe('moderate');
    expect(unsure.contributions[0]).toMatchObject({ answer: 'unknown', estimate: 1, scoreUsed: 2 });
  });

  it('make an unanswered autonomy count as acting without review', () => {
    const { tier_autonomy: _dropped, ...rest } = answers().scores;
    const normalised = normaliseAnswers(v1, { ...answers(), scores: rest });
    expect(normalised.scores.tier_autonomy).toBe('unknown');
    expect(computeTier(v1, normalised).tier).toBe('high');
  });
});

describe('normalising answers', () => {
  it('drops estimates of dimensions that were answered', () => {
    const normalised = normaliseAnswers(
      v1,
      answers({ tier_scale: 2 }, { estimates: { tier_scale: 1 } }),
    );
    expect(normalised.estimates).toEqual({});
  });

  it('refuses an answer for a dimension the rules do not have, naming it', () => {
    const input = answers({ tier_made_up: 2 });
    try {
      normaliseAnswers(v1, input);
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error, 'validation_failed')).toBe(true);
      expect(isDomainError(error) ? error.details : []).toEqual([
        { path: 'body.answers.scores.tier_made_up', message: expect.any(String) as string },
      ]);
    }
  });

  it('gives the same tier for the same answers under a stored version, whatever came later', () => {
    const stored = JSON.parse(JSON.stringify(v1)) as unknown;
    const later: TierRuleSetDefinition = {
      ...v1,
      rules: v1.rules.map((r) =>
        r.id === 'moderate_risk'
          ? { ...r, anyOf: [...r.anyOf, { dimension: 'tier_scale', atLeast: 2 }] }
          : r,
      ),
    };
    const input = answers({ tier_scale: 2 });
    expect(computeTier(later, input).tier).toBe('moderate');
    expect(computeTier(tierRuleSetDefinition.parse(stored), input).tier).toBe('low');
  });
});
