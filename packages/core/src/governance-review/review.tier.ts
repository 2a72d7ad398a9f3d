import {
  type PathwayRules,
  type ReviewPathway,
  type RiskTier,
  type TierConsequences,
  riskTier,
  tierRuleSetDefinition,
} from '@vigil/contracts';
import type { Db } from '../deps';
import { effectiveTierOf as tierInForce } from '../governance-intake/index';

/** A system's tier as the review workflow needs it: what the tier decides and how its pathway reviews. */
export interface EffectiveTier {
  tier: RiskTier;
  pathway: ReviewPathway;
  ruleSetVersion: number;
  determinationId: string;
  determinedAt: string;
  consequences: TierConsequences;
  pathwayRules: PathwayRules;
}

/**
 * The tier in force for a system (its latest determination, an override winning), or null when it
 * has never been tiered. Tiering belongs to the governance-intake area; this is its answer.
 */
export async function effectiveTierOf(db: Db, systemId: string): Promise<EffectiveTier | null> {
  return tierInForce(db, systemId);
}

/** What one determination decided, read under its own rule-set version. */
export async function tierOfDetermination(
  db: Db,
  determinationId: string,
): Promise<EffectiveTier | null> {
  const row = await db
    .selectFrom('tier_determinations as d')
    .innerJoin('tier_rule_sets as r', 'r.version', 'd.rule_set_version')
    .select([
      'd.id',
      'd.computed_tier',
      'd.override_tier',
      'd.determined_at',
      'r.version',
      'r.definition_json',
    ])
    .where('d.id', '=', determinationId)
    .executeTakeFirst();
  if (!row) return null;
  const definition = tierRuleSetDefinition.parse(JSON.parse(row.definition_json));
  const tier = riskTier.parse(row.override_tier ?? row.computed_tier);
  const consequences = definition.tiers[tier];
  return {
    tier,
    pathway: consequences.pathway,
    ruleSetVersion: Number(row.version),
    determinationId: row.id,
    determinedAt: row.determined_at,
    consequences,
    pathwayRules: definition.pathways[consequences.pathway],
  };
}
