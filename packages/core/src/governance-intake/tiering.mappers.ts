import {
  type TierDeterminationDto,
  type TierResultDto,
  riskTier,
  tierAnswers,
  tierContribution,
} from '@vigil/contracts';
import { z } from 'zod';
import type { TierDeterminationsTable } from '../db/schema';
import type { RuleSet } from './rule-sets.service';
import { type TierComputation, defaultRuleLabel } from './tiering';

/** How a determination stores "no rule matched, the default applied". */
export const defaultRuleMarker = '';

const storedContributions = z.array(tierContribution);

/** A computed tier with what it decides under its rule set. */
export function toResultDto(set: RuleSet, computed: TierComputation): TierResultDto {
  const consequences = set.definition.tiers[computed.tier];
  return {
    ruleSetVersion: set.version,
    ...computed,
    consequences,
    pathwayRules: set.definition.pathways[consequences.pathway],
  };
}

/** A stored tiering, explained with the rule set it was made under. */
export function toDeterminationDto(
  row: TierDeterminationsTable,
  set: RuleSet,
): TierDeterminationDto {
  const computedTier = riskTier.parse(row.computed_tier);
  const overrideTier = row.override_tier === null ? null : riskTier.parse(row.override_tier);
  const tier = overrideTier ?? computedTier;
  const consequences = set.definition.tiers[tier];
  const matchedRuleId = row.matched_rule === defaultRuleMarker ? null : row.matched_rule;
  const matchedRuleLabel =
    matchedRuleId === null
      ? defaultRuleLabel(set.definition.defaultTier)
      : (set.definition.rules.find((r) => r.id === matchedRuleId)?.label ?? matchedRuleId);
  return {
    id: row.id,
    systemId: row.system_id,
    ruleSetVersion: Number(row.rule_set_version),
    answers: tierAnswers.parse(JSON.parse(row.answers_json)),
    computedTier,
    matchedRuleId,
    matchedRuleLabel,
    weightedScore: Number(row.weighted_score),
    maxWeightedScore: set.definition.dimensions.reduce((sum, d) => sum + d.weight * 3, 0),
    contributions: storedContributions.parse(JSON.parse(row.contributions_json)),
    overrideTier,
    overrideJustification: row.override_justification,
    tier,
    consequences,
    pathwayRules: set.definition.pathways[consequences.pathway],
    determinedById: row.determined_by_id,
    determinedByLabel: row.determined_by_label,
    determinedAt: row.determined_at,
  };
}
