import { randomUUID } from 'node:crypto';
import {
  type PathwayRules,
  type ReviewPathway,
  type RiskTier,
  type TierConsequences,
  type TierDeterminationDto,
  type TierResultDto,
  type TieringPrefillDto,
  type TieringPreviewInput,
  type TieringSaveInput,
  aiSystemCategory,
  aiSystemKind,
  aiSystemSource,
  fdaStatus,
  intakeAutonomy,
  riskTier,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { TierDeterminationsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { findDisplayName } from './governance-intake.queries';
import { activeRuleSet, ruleSetAt, ruleSetsAt } from './rule-sets.service';
import { computeTier, normaliseAnswers } from './tiering';
import { defaultRuleMarker, toDeterminationDto, toResultDto } from './tiering.mappers';
import { prefillAnswers } from './tiering.prefill';
import * as q from './tiering.queries';

/** The tier in force for a system, with what it decides under the rule version it was made with. */
export interface TierInForce {
  tier: RiskTier;
  pathway: ReviewPathway;
  ruleSetVersion: number;
  determinationId: string;
  determinedAt: string;
  consequences: TierConsequences;
  pathwayRules: PathwayRules;
}

/**
 * The tier in force for a system (its newest tiering, the override when there is one), or null
 * when it has never been tiered. A later rule version never changes it: it is read under the
 * version the tiering was made with.
 */
export async function effectiveTierOf(db: Db, systemId: string): Promise<TierInForce | null> {
  const row = await q.findLatestDetermination(db, systemId);
  if (!row) return null;
  const dto = toDeterminationDto(row, await ruleSetAt(db, Number(row.rule_set_version)));
  return {
    tier: dto.tier,
    pathway: dto.consequences.pathway,
    ruleSetVersion: dto.ruleSetVersion,
    determinationId: dto.id,
    determinedAt: dto.determinedAt,
    consequences: dto.consequences,
    pathwayRules: dto.pathwayRules,
  };
}

/**
 * Computes a tier without saving it, under the rules in force or a named version.
 * @throws DomainError not_found (no such version), validation_failed (unknown dimensions)
 */
export async function previewTiering(
  deps: CoreDeps,
  input: TieringPreviewInput,
): Promise<TierResultDto> {
  const set =
    input.ruleSetVersion === undefined
      ? await activeRuleSet(deps.db)
      : await ruleSetAt(deps.db, input.ruleSetVersion);
  return toResultDto(
    set,
    computeTier(set.definition, normaliseAnswers(set.definition, input.answers)),
  );
}

/**
 * Tiers a system under the rules in force and saves it with every dimension's contribution,
 * optionally overriding the computed tier with a written justification.
 * @throws DomainError not_found, version_conflict (the rules changed since the caller read them),
 * conflict (another tiering was saved since the caller's latest), validation_failed
 */
export async function tierSystem(
  deps: CoreDeps,
  actor: Actor,
  systemId: string,
  input: TieringSaveInput,
): Promise<TierDeterminationDto> {
  return deps.db.transaction().execute(async (trx) => {
    const system = await q.lockSystemForTiering(trx, deps.dialect, systemId);
    if (!system) throw new DomainError('not_found', 'No AI system has this id');
    const set = await activeRuleSet(trx);
    if (set.version !== input.ruleSetVersion) {
      throw new DomainError(
        'version_conflict',
        `The tiering rules are now at version ${set.version}; check the result under them and save again`,
      );
    }
    const latest = await q.findLatestDetermination(trx, systemId);
    if ((latest?.id ?? null) !== input.previousDeterminationId) {
      throw new DomainError(
        'conflict',
        `${system.name} was tiered by ${latest?.determined_by_label ?? 'someone'} while you were answering; reload to see it`,
      );
    }
    const answers = normaliseAnswers(set.definition, input.answers);
    const computed = computeTier(set.definition, answers);
    if (input.override && input.override.tier === computed.tier) {
      throw new DomainError('validation_failed', 'An override must change the tier', {
        details: [{ path: 'body.override.tier', message: `is already the computed tier` }],
      });
    }
    const at = determinationTime(deps.clock.now(), latest);
    const row: TierDeterminationsTable = {
      id: randomUUID(),
      system_id: systemId,
      rule_set_version: set.version,
      answers_json: JSON.stringify(answers),
      computed_tier: computed.tier,
      contributions_json: JSON.stringify(computed.contributions),
      matched_rule: computed.matchedRuleId ?? defaultRuleMarker,
      weighted_score: computed.weightedScore,
      override_tier: input.override?.tier ?? null,
      override_justification: input.override?.justification ?? null,
      determined_by_id: actor.userId,
      determined_by_label: (await findDisplayName(trx, actor.userId)) ?? actor.label,
      determined_at: at.toISOString(),
    };
    await q.insertDetermination(trx, row);
    const tier = input.override?.tier ?? computed.tier;
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'ai_system.tiered',
      entityType: 'ai_system',
      entityId: systemId,
      changes: {
        tier: { before: latestTier(latest), after: tier },
        computedTier: { before: null, after: computed.tier },
        ruleSetVersion: { before: null, after: set.version },
        matchedRule: { before: null, after: computed.matchedRuleId },
        weightedScore: { before: null, after: computed.weightedScore },
        determinationId: { before: latest?.id ?? null, after: row.id },
        ...(input.override
          ? { overrideJustification: { before: null, after: input.override.justification } }
          : {}),
      },
    });
    return toDeterminationDto(row, set);
  });
}

/**
 * A system's tierings, newest first, each explained under the version it was made with.
 * @throws DomainError not_found
 */
export async function listDeterminations(
  deps: CoreDeps,
  systemId: string,
): Promise<TierDeterminationDto[]> {
  if (!(await q.findSystemForPrefill(deps.db, systemId)))
    throw new DomainError('not_found', 'No AI system has this id');
  const rows = await q.listDeterminations(deps.db, systemId);
  const sets = await ruleSetsAt(
    deps.db,
    rows.map((r) => Number(r.rule_set_version)),
  );
  return rows.flatMap((row) => {
    const set = sets.get(Number(row.rule_set_version));
    return set ? [toDeterminationDto(row, set)] : [];
  });
}

/**
 * Answers suggested from the system record and the intake it came from, for the rules in force.
 * @throws DomainError not_found
 */
export async function getTieringPrefill(
  deps: CoreDeps,
  systemId: string,
): Promise<TieringPrefillDto> {
  const system = await q.findSystemForPrefill(deps.db, systemId);
  if (!system) throw new DomainError('not_found', 'No AI system has this id');
  const intake = await q.findIntakeOfSystem(deps.db, systemId);
  const { answers, sources } = prefillAnswers({
    system: {
      source: aiSystemSource.parse(system.source),
      kind: aiSystemKind.parse(system.kind),
      category: aiSystemCategory.parse(system.category),
      departments: JSON.parse(system.departments_json) as string[],
      patientPopulation: system.patient_population,
      fdaStatus: fdaStatus.parse(system.fda_status),
      imdrfCategory: system.imdrf_category,
    },
    intake: intake
      ? {
          reference: intake.reference,
          patientFacing: Number(intake.patient_facing) === 1,
          autonomy: intakeAutonomy.parse(intake.autonomy),
        }
      : null,
  });
  // Suggest only for dimensions the rules in force still have.
  const keys = new Set((await activeRuleSet(deps.db)).definition.dimensions.map((d) => d.key));
  const scores = Object.fromEntries(Object.entries(answers.scores).filter(([k]) => keys.has(k)));
  return {
    systemId,
    intakeId: intake?.id ?? null,
    intakeReference: intake?.reference ?? null,
    answers: { ...answers, scores },
    sources,
  };
}

function latestTier(row: TierDeterminationsTable | undefined): RiskTier | null {
  if (!row) return null;
  return riskTier.parse(row.override_tier ?? row.computed_tier);
}

/**
 * Tierings are ordered by time; one saved within the same millisecond as the previous (a fixed
 * test clock, a fast double save) is placed a millisecond after it so "newest" stays exact.
 */
function determinationTime(now: Date, latest: TierDeterminationsTable | undefined): Date {
  if (!latest) return now;
  const after = new Date(latest.determined_at).getTime() + 1;
  return now.getTime() >= after ? now : new Date(after);
}
