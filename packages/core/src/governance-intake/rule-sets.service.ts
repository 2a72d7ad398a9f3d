import {
  type RiskTier,
  type TierConsequences,
  type TierRuleSetDefinition,
  type TierRuleSetDto,
  type TierRuleSetPublishInput,
  type TierRuleSetSummaryDto,
  tierRuleSetDefinition,
} from '@vigil/contracts';
import { appendAudit, diffFields } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { TierRuleSetsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import * as q from './rule-sets.queries';

/** A stored version of the tiering rules, its definition parsed. */
export interface RuleSet {
  version: number;
  definition: TierRuleSetDefinition;
  note: string;
  createdById: string | null;
  createdByLabel: string;
  createdAt: string;
}

function toRuleSet(row: TierRuleSetsTable): RuleSet {
  return {
    version: Number(row.version),
    definition: tierRuleSetDefinition.parse(JSON.parse(row.definition_json)),
    note: row.note,
    createdById: row.created_by_id,
    createdByLabel: row.created_by_label,
    createdAt: row.created_at,
  };
}

/**
 * The tiering rules in force (the highest version), parsed.
 * @throws DomainError internal_error when no version is stored (the migrations install version 1)
 */
export async function activeRuleSet(db: Db): Promise<RuleSet> {
  const row = await q.findActiveRuleSet(db);
  if (!row) throw new DomainError('internal_error', 'No tiering rules are installed');
  return toRuleSet(row);
}

/**
 * One version of the tiering rules, parsed.
 * @throws DomainError not_found
 */
export async function ruleSetAt(db: Db, version: number): Promise<RuleSet> {
  const row = await q.findRuleSet(db, version);
  if (!row)
    throw new DomainError('not_found', `There is no version ${version} of the tiering rules`);
  return toRuleSet(row);
}

/** Several versions by number, parsed once each. */
export async function ruleSetsAt(
  db: Db,
  versions: readonly number[],
): Promise<Map<number, RuleSet>> {
  const rows = await q.findRuleSets(db, versions);
  return new Map(rows.map((r) => [Number(r.version), toRuleSet(r)]));
}

/** What a tier decides under a rule set: pathway, required artefacts, monitoring and re-review. */
export function tierConsequences(def: TierRuleSetDefinition, tier: RiskTier): TierConsequences {
  return def.tiers[tier];
}

/** The rules in force, as the API shows them. */
export async function getActiveRuleSet(deps: CoreDeps): Promise<TierRuleSetDto> {
  const set = await activeRuleSet(deps.db);
  return toDto(set, true, await q.countDeterminationsUnder(deps.db, set.version));
}

/** Every version, newest first, without definitions. */
export async function listRuleSetVersions(deps: CoreDeps): Promise<TierRuleSetSummaryDto[]> {
  const rows = await q.listRuleSetSummaries(deps.db);
  return rows.map((r, i) => ({
    version: Number(r.version),
    note: r.note,
    createdById: r.created_by_id,
    createdByLabel: r.created_by_label,
    createdAt: r.created_at,
    isActive: i === 0,
    determinationCount: Number(r.determination_count ?? 0),
  }));
}

/**
 * One version of the rules.
 * @throws DomainError not_found
 */
export async function getRuleSetVersion(deps: CoreDeps, version: number): Promise<TierRuleSetDto> {
  const set = await ruleSetAt(deps.db, version);
  const active = await q.findActiveRuleSet(deps.db);
  return toDto(
    set,
    Number(active?.version) === set.version,
    await q.countDeterminationsUnder(deps.db, version),
  );
}

/**
 * Publishes edited rules as the next version. Tierings already made keep the version they used.
 * @throws DomainError version_conflict (another version was published since basedOnVersion),
 * validation_failed (rule ids not unique)
 */
export async function publishRuleSet(
  deps: CoreDeps,
  actor: Actor,
  input: TierRuleSetPublishInput,
): Promise<TierRuleSetDto> {
  checkRuleIds(input.definition);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const current = await activeRuleSet(trx);
      if (current.version !== input.basedOnVersion) throw newerVersion(current.version);
      const at = deps.clock.now();
      const row: TierRuleSetsTable = {
        version: current.version + 1,
        definition_json: JSON.stringify(input.definition),
        note: input.note.trim(),
        created_by_id: actor.userId,
        created_by_label: actor.label,
        created_at: at.toISOString(),
      };
      await q.insertRuleSet(trx, row);
      await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
        action: 'tier_rule_set.published',
        entityType: 'tier_rule_set',
        entityId: String(row.version),
        changes: {
          version: { before: current.version, after: row.version },
          note: { before: null, after: row.note },
          ...diffFields(current.definition, input.definition),
        },
      });
      return toDto(toRuleSet(row), true, 0);
    });
  } catch (error) {
    // Two publishers based on the same version: the second insert of the same number loses.
    if (isUniqueViolation(error)) throw newerVersion(input.basedOnVersion + 1);
    throw error;
  }
}

function checkRuleIds(def: TierRuleSetDefinition): void {
  const seen = new Set<string>();
  const details = def.rules.flatMap((rule, i) => {
    if (!seen.has(rule.id)) {
      seen.add(rule.id);
      return [];
    }
    return [{ path: `body.definition.rules.${i}.id`, message: `repeats the rule id ${rule.id}` }];
  });
  if (details.length > 0)
    throw new DomainError('validation_failed', 'Each rule needs its own id', { details });
}

function newerVersion(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `Someone published version ${current} of the tiering rules while you were editing; reload and apply your changes to it`,
  );
}

function toDto(set: RuleSet, isActive: boolean, determinationCount: number): TierRuleSetDto {
  return {
    version: set.version,
    note: set.note,
    createdById: set.createdById,
    createdByLabel: set.createdByLabel,
    createdAt: set.createdAt,
    isActive,
    determinationCount,
    definition: set.definition,
  };
}
