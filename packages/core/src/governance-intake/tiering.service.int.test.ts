import {
  type Role,
  type TierRuleSetDefinition,
  aiSystemCreateInput,
  intakeSubmitInput,
  tieringSaveInput,
} from '@vigil/contracts';
import { type TestCore, createTestCore, dialectsUnderTest, makeUser } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../deps';
import { isDomainError } from '../errors';
import { createAiSystem } from '../portfolio/index';
import {
  acceptIntake,
  activeRuleSet,
  effectiveTierOf,
  getActiveRuleSet,
  getTieringPrefill,
  listDeterminations,
  listRuleSetVersions,
  previewTiering,
  publishRuleSet,
  submitIntake,
  tierSystem,
} from './index';
import { moderateTierAnswers } from './tiering.testing';

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a rejection');
}

describe.each(await dialectsUnderTest())('tiering on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;
  let systemId: string;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    caio = await actorWith(['caio']);
    systemId = (
      await createAiSystem(
        core,
        caio,
        aiSystemCreateInput.parse({
          name: 'Sepsis early warning',
          developer: 'Meridian',
          source: 'vendor',
          kind: 'predictive',
          category: 'clinical_decision_support',
          imdrfCategory: 'II',
          fdaStatus: 'non_device_cds',
        }),
      )
    ).id;
  });
  afterEach(async () => {
    await core.close();
  });

  async function actorWith(roles: Role[]): Promise<Actor> {
    const user = await makeUser(core, { roles });
    return { userId: user.id, label: user.displayName, roles, requestId: null };
  }

  const save = (overrides: Record<string, unknown> = {}) =>
    tierSystem(
      core,
      caio,
      systemId,
      tieringSaveInput.parse({
        ruleSetVersion: 1,
        previousDeterminationId: null,
        answers: moderateTierAnswers,
        ...overrides,
      }),
    );

  async function publishV2(change: (def: TierRuleSetDefinition) => TierRuleSetDefinition) {
    const v1 = await activeRuleSet(core.db);
    return publishRuleSet(core, caio, {
      basedOnVersion: 1,
      note: 'Scale matters more',
      definition: change(v1.definition),
    });
  }

  it('starts every database with version 1 of the rules in force', async () => {
    const active = await getActiveRuleSet(core);
    expect(active).toMatchObject({ version: 1, isActive: true, determinationCount: 0 });
    expect(active.definition.dimensions).toHaveLength(10);
    expect(await listRuleSetVersions(core)).toMatchObject([{ version: 1, isActive: true }]);
  });

  it('previews a tier without saving anything', async () => {
    const result = await previewTiering(core, { answers: moderateTierAnswers });
    expect(result).toMatchObject({
      ruleSetVersion: 1,
      tier: 'moderate',
      matchedRuleId: 'moderate_risk',
      consequences: { pathway: 'fast_track', reReviewMonths: 12 },
      pathwayRules: { quorum: 2 },
    });
    expect(await listDeterminations(core, systemId)).toEqual([]);
  });

  it('saves a tiering with its answers and contributions, and puts it in force', async () => {
    const saved = await save();
    expect(saved).toMatchObject({
      systemId,
      ruleSetVersion: 1,
      computedTier: 'moderate',
      tier: 'moderate',
      overrideTier: null,
      weightedScore: 2 * 2 + 2 + 2 * 2 + 1 + 1 + 2 + 1 + 3 + 3,
      answers: moderateTierAnswers,
    });
    expect(saved.contributions).toHaveLength(10);
    expect(await effectiveTierOf(core.db, systemId)).toMatchObject({
      tier: 'moderate',
      pathway: 'fast_track',
      ruleSetVersion: 1,
      determinationId: saved.id,
      consequences: {
        requiredArtefacts: ['intended_use', 'named_owners', 'model_card', 'local_validation'],
      },
      pathwayRules: { requiredDisciplines: ['clinical', 'it_security'], decidedAtMeeting: false },
    });
    const audit = await core.db
      .selectFrom('audit_log')
      .select(['action', 'changes_json'])
      .where('entity_id', '=', systemId)
      .where('action', '=', 'ai_system.tiered')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('has no tier in force for a system never tiered', async () => {
    expect(await effectiveTierOf(core.db, systemId)).toBeNull();
  });

  it('lets the office override the computed tier with a justification, which then decides', async () => {
    const saved = await save({
      override: {
        tier: 'high',
        justification: 'It alerts on every adult inpatient; the committee wants full review.',
      },
    });
    expect(saved).toMatchObject({ computedTier: 'moderate', overrideTier: 'high', tier: 'high' });
    expect(await effectiveTierOf(core.db, systemId)).toMatchObject({
      tier: 'high',
      pathway: 'full',
      pathwayRules: { quorum: 3, decidedAtMeeting: true },
    });
  });

  it('refuses an override that keeps the computed tier', async () => {
    expect(
      await rejection(
        save({
          override: { tier: 'moderate', justification: 'The same tier as computed, really.' },
        }),
      ),
    ).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.override.tier' }] });
  });

  it('refuses a tiering made against a stale latest tiering, and one of two racing saves', async () => {
    const first = await save();
    expect(await rejection(save())).toMatchObject({ code: 'conflict' });
    const outcomes = await Promise.allSettled([
      save({ previousDeterminationId: first.id }),
      save({ previousDeterminationId: first.id }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await listDeterminations(core, systemId)).toHaveLength(2);
  });

  it('refuses an answer for a dimension the rules do not have', async () => {
    expect(
      await rejection(
        save({
          answers: { ...moderateTierAnswers, scores: { ...moderateTierAnswers.scores, tier_x: 1 } },
        }),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.answers.scores.tier_x' }],
    });
  });

  it('publishes a new version; past tierings keep their version, tier and consequences', async () => {
    const past = await save();
    const v2 = await publishV2((def) => ({
      ...def,
      rules: def.rules.map((r) => (r.tier === 'moderate' ? { ...r, tier: 'high' as const } : r)),
      tiers: { ...def.tiers, high: { ...def.tiers.high, reReviewMonths: 6 } },
    }));
    expect(v2).toMatchObject({ version: 2, isActive: true, createdByLabel: caio.label });
    expect(await effectiveTierOf(core.db, systemId)).toMatchObject({
      tier: 'moderate',
      ruleSetVersion: 1,
      consequences: { reReviewMonths: 12 },
    });
    expect(await rejection(save({ previousDeterminationId: past.id }))).toMatchObject({
      code: 'version_conflict',
    });
    const next = await save({ ruleSetVersion: 2, previousDeterminationId: past.id });
    expect(next).toMatchObject({
      ruleSetVersion: 2,
      tier: 'high',
      consequences: { reReviewMonths: 6 },
    });
    const history = await listDeterminations(core, systemId);
    expect(history.map((d) => [d.ruleSetVersion, d.tier])).toEqual([
      [2, 'high'],
      [1, 'moderate'],
    ]);
    expect(await listRuleSetVersions(core)).toMatchObject([
      { version: 2, isActive: true, determinationCount: 1 },
      { version: 1, isActive: false, determinationCount: 1 },
    ]);
  });

  it('refuses to publish over a version published meanwhile', async () => {
    await publishV2((def) => def);
    expect(await rejection(publishV2((def) => def))).toMatchObject({ code: 'version_conflict' });
  });

  it('refuses rules that repeat a rule id, naming the second', async () => {
    expect(
      await rejection(
        publishV2((def) => ({
          ...def,
          rules: [
            ...def.rules,
            { ...def.rules[0], id: 'high_risk' } as TierRuleSetDefinition['rules'][number],
          ],
        })),
      ),
    ).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.definition.rules.2.id' }],
    });
  });

  it('suggests answers from the system record and the intake it came from', async () => {
    const staff = await actorWith(['staff']);
    const intake = await submitIntake(
      core,
      staff,
      intakeSubmitInput.parse({
        kind: 'existing_use',
        title: 'Ambient notes',
        problem: 'Typing notes takes long.',
        intendedUse: 'Drafts nursing notes.',
        department: 'Pediatrics',
        source: 'vendor',
        vendorName: 'Lumen',
        dataUsed: 'Conversation',
        affectedPeople: 'Children on the ward',
        patientFacing: true,
        autonomy: 'acts_with_review',
      }),
    );
    const accepted = await acceptIntake(core, caio, intake.id, {
      version: 1,
      mode: 'create',
      name: 'Ambient notes',
      developer: 'Lumen',
      kind: 'generative',
      category: 'documentation',
    });
    const prefill = await getTieringPrefill(core, accepted.systemId ?? '');
    expect(prefill).toMatchObject({
      intakeReference: intake.reference,
      answers: {
        scores: {
          tier_clinical_impact: 1,
          tier_autonomy: 2,
          tier_third_party: 3,
          tier_genai: 2,
          tier_population: 3,
        },
        facts: { patient_facing: true, fda_regulated: false, genai_patient_data: true },
        imdrfCategory: null,
      },
    });
    expect(prefill.sources.tier_autonomy).toContain(intake.reference);
  });
});
