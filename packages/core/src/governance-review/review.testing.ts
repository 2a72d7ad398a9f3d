import { randomUUID } from 'node:crypto';
import type {
  AiSystemSnapshot,
  DecisionOutcome,
  LifecycleState,
  RiskTier,
  Role,
  TierRuleSetDefinition,
} from '@vigil/contracts';
import type { Actor, CoreDeps } from '../deps';
import { insertTierDetermination } from '../governance-intake/tiering.testing';
import { insertAiSystem } from '../portfolio/portfolio.service';

// Test-only helpers for the review workflow: a rule set and tier determinations written straight
// to their tables (the intake area owns creating them), systems in any state, artefacts.

export const testRuleSet: TierRuleSetDefinition = {
  dimensions: [
    {
      key: 'tier_clinical_impact',
      label: 'Clinical proximity',
      question: 'How close is it to clinical decisions?',
      weight: 3,
      levels: ['administrative', 'operational', 'decision support', 'diagnosis or treatment'],
    },
  ],
  rules: [],
  defaultTier: 'low',
  tiers: {
    high: {
      pathway: 'full',
      requiredArtefacts: [
        'intended_use',
        'named_owners',
        'model_card',
        'hti1_source_attributes',
        'local_validation',
        'silent_evaluation',
        'risk_management_plan',
      ],
      monitoringCadenceDays: 30,
      reReviewMonths: 6,
    },
    moderate: {
      pathway: 'fast_track',
      requiredArtefacts: ['intended_use', 'named_owners', 'model_card', 'local_validation'],
      monitoringCadenceDays: 90,
      reReviewMonths: 12,
    },
    low: {
      pathway: 'registration_only',
      requiredArtefacts: ['intended_use', 'named_owners'],
      monitoringCadenceDays: 180,
      reReviewMonths: 24,
    },
  },
  pathways: {
    full: {
      requiredDisciplines: ['clinical', 'ethics_equity', 'it_security'],
      quorum: 3,
      decidedAtMeeting: true,
      targetDays: 60,
    },
    fast_track: {
      requiredDisciplines: ['clinical'],
      quorum: 2,
      decidedAtMeeting: false,
      targetDays: 30,
    },
    registration_only: {
      requiredDisciplines: [],
      quorum: 0,
      decidedAtMeeting: false,
      targetDays: 14,
    },
  },
};

export function actorOf(user: { id: string; displayName: string }, roles: Role[]): Actor {
  return { userId: user.id, label: user.displayName, roles, requestId: null };
}

/** The version of the test rule set in this database, written once at the next free version. */
export async function testRuleSetVersion(deps: CoreDeps): Promise<number> {
  const existing = await deps.db
    .selectFrom('tier_rule_sets')
    .select('version')
    .where('note', '=', 'review test rules')
    .executeTakeFirst();
  if (existing) return Number(existing.version);
  const last = await deps.db
    .selectFrom('tier_rule_sets')
    .select((eb) => eb.fn.max('version').as('version'))
    .executeTakeFirst();
  const version = Number(last?.version ?? 0) + 1;
  await deps.db
    .insertInto('tier_rule_sets')
    .values({
      version,
      definition_json: JSON.stringify(testRuleSet),
      note: 'review test rules',
      created_by_id: null,
      created_by_label: 'test',
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  return version;
}

/** Writes a tier determination for a system under the test rule set. */
export async function tierSystem(deps: CoreDeps, systemId: string, tier: RiskTier) {
  return insertTierDetermination(deps, {
    systemId,
    tier,
    ruleSetVersion: await testRuleSetVersion(deps),
    at: deps.clock.now().toISOString(),
  });
}

/** Registers a system directly in a state, with intended use and both owners unless overridden. */
export async function makeSystem(
  deps: CoreDeps,
  actor: Actor,
  state: LifecycleState,
  overrides: Partial<AiSystemSnapshot> = {},
) {
  return insertAiSystem(deps, actor, {
    name: `System ${randomUUID().slice(0, 8)}`,
    developer: 'Acme',
    product: null,
    productVersion: null,
    source: 'vendor',
    kind: 'predictive',
    category: 'clinical_decision_support',
    departments: [],
    sites: [],
    intendedUse: 'Flags patients at risk',
    intendedUsers: null,
    patientPopulation: null,
    deployment: null,
    ehrIntegration: null,
    dsiType: 'predictive',
    fdaStatus: 'not_device',
    fdaClearanceNumber: null,
    imdrfCategory: null,
    euAiActRisk: 'unknown',
    lifecycleState: state,
    clinicalOwnerId: actor.userId,
    technicalOwnerId: actor.userId,
    executiveSponsorId: null,
    links: [],
    tags: [],
    ...overrides,
  });
}

/** A model card with every HTI-1 attribute and the three artefact documents. */
export async function addAllArtefacts(deps: CoreDeps, systemId: string): Promise<void> {
  const at = deps.clock.now().toISOString();
  const full = { overall: 100, chai: 100, hti1: 100 };
  await deps.db
    .insertInto('model_cards')
    .values({
      id: randomUUID(),
      system_id: systemId,
      card_version: 1,
      card_json: '{}',
      source: 'manual',
      source_filename: null,
      search_text: '',
      completeness_json: JSON.stringify({ predictive: full, evidence_based: full }),
      created_by_id: null,
      created_by_label: 'test',
      created_at: at,
    })
    .execute();
  for (const kind of ['local_validation', 'silent_evaluation', 'risk_management_plan']) {
    await deps.db
      .insertInto('ai_system_documents')
      .values({
        id: randomUUID(),
        system_id: systemId,
        filename: `${kind}.txt`,
        media_type: 'text/plain',
        size_bytes: 2,
        sha256: '0'.repeat(64),
        description: null,
        content: Buffer.from('ok'),
        uploaded_by_id: null,
        uploaded_by_label: 'test',
        uploaded_at: at,
        artefact_kind: kind,
      })
      .execute();
  }
}

/** A decided review round with the outcome, written directly (for lifecycle gate fixtures). */
export async function recordPastDecision(
  deps: CoreDeps,
  systemId: string,
  determinationId: string,
  outcome: DecisionOutcome,
  decidedAt: string,
): Promise<string> {
  const last = await deps.db
    .selectFrom('governance_reviews')
    .select((eb) => eb.fn.max('round').as('round'))
    .where('system_id', '=', systemId)
    .executeTakeFirst();
  const reviewId = randomUUID();
  await deps.db
    .insertInto('governance_reviews')
    .values({
      id: reviewId,
      system_id: systemId,
      intake_id: null,
      round: Number(last?.round ?? 0) + 1,
      reason: 'fixture',
      tier: 'high',
      pathway: 'full',
      determination_id: determinationId,
      status: 'decided',
      opened_by_id: null,
      opened_by_label: 'test',
      opened_at: decidedAt,
      due_at: null,
      closed_at: decidedAt,
      version: 2,
    })
    .execute();
  const decisionId = randomUUID();
  await deps.db
    .insertInto('governance_decisions')
    .values({
      id: decisionId,
      review_id: reviewId,
      system_id: systemId,
      outcome,
      rationale: 'fixture',
      votes_json: '{}',
      letter_text: '',
      next_review_due: null,
      meeting_id: null,
      agenda_item_id: null,
      decided_by_id: null,
      decided_by_label: 'test',
      decided_at: decidedAt,
    })
    .execute();
  return decisionId;
}
