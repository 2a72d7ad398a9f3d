import { randomUUID } from 'node:crypto';
import type { RiskTier, TierAnswers } from '@vigil/contracts';
import type { CoreDeps } from '../deps';

// Test-only fixtures for tiering, shared by the areas whose tests tier a system.

/** Moderate under version 1 of the rules: clinical decision support that recommends. */
export const moderateTierAnswers: TierAnswers = {
  scores: {
    tier_clinical_impact: 2,
    tier_autonomy: 1,
    tier_harm_severity: 2,
    tier_reversibility: 1,
    tier_population: 1,
    tier_scale: 2,
    tier_change: 1,
    tier_third_party: 3,
    tier_data_sensitivity: 3,
    tier_genai: 0,
  },
  estimates: {},
  facts: { patient_facing: false, fda_regulated: false, genai_patient_data: false },
  imdrfCategory: 'II',
};

const NO_ANSWERS: TierAnswers = {
  scores: {},
  estimates: {},
  facts: { patient_facing: false, fda_regulated: false, genai_patient_data: false },
  imdrfCategory: null,
};

/**
 * Writes a tier determination straight to its table, for tests of the areas that read tiers
 * (reviews, the committee, assessments, reminders) without running the tiering itself.
 */
export async function insertTierDetermination(
  deps: Pick<CoreDeps, 'db'>,
  determination: { systemId: string; tier: RiskTier; ruleSetVersion: number; at: string },
): Promise<string> {
  const id = randomUUID();
  await deps.db
    .insertInto('tier_determinations')
    .values({
      id,
      system_id: determination.systemId,
      rule_set_version: determination.ruleSetVersion,
      answers_json: JSON.stringify(NO_ANSWERS),
      computed_tier: determination.tier,
      contributions_json: '[]',
      matched_rule: 'test',
      weighted_score: 0,
      override_tier: null,
      override_justification: null,
      determined_by_id: null,
      determined_by_label: 'test',
      determined_at: determination.at,
    })
    .execute();
  return id;
}
