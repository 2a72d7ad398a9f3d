import { randomUUID } from 'node:crypto';
import {
  type DecisionOutcome,
  type LifecycleState,
  type ReviewPathway,
  type RiskTier,
  type TierRuleSetDefinition,
  aiSystemCreateInput,
} from '@vigil/contracts';
import { type CoreDeps, systemActor } from '../deps';
import { insertTierDetermination } from '../governance-intake/tiering.testing';
import { createAiSystem } from '../portfolio/index';

// Rows the other governance areas create (rule sets, reviews, decisions, conditions, intakes,
// lifecycle transitions), inserted directly so committee tests seed only what they assert on.

const actor = systemActor('test');

/**
 * A new rule-set version (the next after any already stored) whose pathways are decided at a
 * meeting exactly when listed.
 */
export async function seedRuleSet(
  deps: CoreDeps,
  options: { decidedAtMeeting?: readonly ReviewPathway[] } = {},
): Promise<number> {
  const atMeeting = options.decidedAtMeeting ?? ['full'];
  const tier = {
    pathway: 'full' as const,
    requiredArtefacts: [],
    monitoringCadenceDays: 30,
    reReviewMonths: 12,
  };
  const pathway = (p: ReviewPathway) => ({
    requiredDisciplines: [],
    quorum: 0,
    decidedAtMeeting: atMeeting.includes(p),
    targetDays: 30,
  });
  const definition: TierRuleSetDefinition = {
    dimensions: [
      {
        key: 'harm',
        label: 'Potential harm',
        question: 'How bad can a wrong output be?',
        weight: 1,
        levels: ['None', 'Minor', 'Serious', 'Severe'],
      },
    ],
    rules: [],
    defaultTier: 'low',
    tiers: { high: tier, moderate: tier, low: tier },
    pathways: {
      full: pathway('full'),
      fast_track: pathway('fast_track'),
      registration_only: pathway('registration_only'),
    },
  };
  const version = (await latestRuleSetVersion(deps)) + 1;
  await deps.db
    .insertInto('tier_rule_sets')
    .values({
      version,
      definition_json: JSON.stringify(definition),
      note: 'test rules',
      created_by_id: null,
      created_by_label: 'test',
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  return version;
}

async function latestRuleSetVersion(deps: CoreDeps): Promise<number> {
  const row = await deps.db
    .selectFrom('tier_rule_sets')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** A portfolio system in a state, created at a time (default: the clock). */
export async function seedSystem(
  deps: CoreDeps,
  name: string,
  options: { state?: LifecycleState; createdAt?: string } = {},
): Promise<string> {
  const system = await createAiSystem(
    deps,
    actor,
    aiSystemCreateInput.parse({
      name,
      developer: 'Acme',
      source: 'in_house',
      kind: 'predictive',
      category: 'operational',
    }),
  );
  await deps.db
    .updateTable('ai_systems')
    .set({
      lifecycle_state: options.state ?? 'in_review',
      created_at: options.createdAt ?? system.createdAt,
    })
    .where('id', '=', system.id)
    .execute();
  return system.id;
}

export interface SeededReview {
  id: string;
  systemId: string;
}

/** An open (by default) review round of a system, with the tiering it was opened under. */
export async function seedReview(
  deps: CoreDeps,
  systemId: string,
  options: {
    pathway?: ReviewPathway;
    tier?: RiskTier;
    openedAt?: string;
    dueAt?: string | null;
    status?: 'open' | 'decided' | 'withdrawn';
    round?: number;
    ruleSetVersion?: number;
  } = {},
): Promise<SeededReview> {
  const at = options.openedAt ?? deps.clock.now().toISOString();
  const tier = options.tier ?? 'high';
  const determinationId = await insertTierDetermination(deps, {
    systemId,
    tier,
    ruleSetVersion: options.ruleSetVersion ?? (await latestRuleSetVersion(deps)),
    at,
  });
  const id = randomUUID();
  await deps.db
    .insertInto('governance_reviews')
    .values({
      id,
      system_id: systemId,
      intake_id: null,
      round: options.round ?? 1,
      reason: 'First review',
      tier,
      pathway: options.pathway ?? 'full',
      determination_id: determinationId,
      status: options.status ?? 'open',
      opened_by_id: null,
      opened_by_label: 'test',
      opened_at: at,
      due_at: options.dueAt ?? null,
      closed_at: null,
      version: 1,
    })
    .execute();
  return { id, systemId };
}

/** A decision on a review, marking the review decided. */
export async function seedDecision(
  deps: CoreDeps,
  review: SeededReview,
  options: {
    outcome?: DecisionOutcome;
    decidedAt?: string;
    nextReviewDue?: string | null;
    meetingId?: string | null;
    agendaItemId?: string | null;
  } = {},
): Promise<string> {
  const id = randomUUID();
  const decidedAt = options.decidedAt ?? deps.clock.now().toISOString();
  await deps.db
    .insertInto('governance_decisions')
    .values({
      id,
      review_id: review.id,
      system_id: review.systemId,
      outcome: options.outcome ?? 'approved',
      rationale: 'Meets the bar',
      votes_json: '{}',
      letter_text: 'Dear owner',
      next_review_due: options.nextReviewDue ?? null,
      meeting_id: options.meetingId ?? null,
      agenda_item_id: options.agendaItemId ?? null,
      decided_by_id: null,
      decided_by_label: 'test',
      decided_at: decidedAt,
    })
    .execute();
  await deps.db
    .updateTable('governance_reviews')
    .set({ status: 'decided', closed_at: decidedAt })
    .where('id', '=', review.id)
    .execute();
  if (options.agendaItemId)
    await deps.db
      .updateTable('meeting_agenda_items')
      .set({ decision_id: id })
      .where('id', '=', options.agendaItemId)
      .execute();
  return id;
}

export async function seedCondition(
  deps: CoreDeps,
  decisionId: string,
  systemId: string,
  options: { dueDate: string; status?: 'open' | 'met' | 'waived'; ownerId?: string | null },
): Promise<string> {
  const id = randomUUID();
  await deps.db
    .insertInto('governance_conditions')
    .values({
      id,
      decision_id: decisionId,
      system_id: systemId,
      description: 'Report silent-mode results',
      owner_id: options.ownerId ?? null,
      due_date: options.dueDate,
      gates_state: 'deployed',
      status: options.status ?? 'open',
      resolution_note: null,
      resolved_by_id: null,
      resolved_by_label: null,
      resolved_at: null,
      created_at: deps.clock.now().toISOString(),
      version: 1,
    })
    .execute();
  return id;
}

export async function seedTransition(
  deps: CoreDeps,
  systemId: string,
  options: { from: LifecycleState; to: LifecycleState; at: string },
): Promise<void> {
  await deps.db
    .insertInto('lifecycle_transitions')
    .values({
      id: randomUUID(),
      system_id: systemId,
      from_state: options.from,
      to_state: options.to,
      reason: 'test',
      decision_id: null,
      actor_id: null,
      actor_label: 'test',
      at: options.at,
    })
    .execute();
}

let intakeCounter = 0;

export async function seedIntake(
  deps: CoreDeps,
  options: { department: string; status?: string; createdAt?: string },
): Promise<void> {
  intakeCounter += 1;
  const at = options.createdAt ?? deps.clock.now().toISOString();
  await deps.db
    .insertInto('intakes')
    .values({
      id: randomUUID(),
      reference: `T-${intakeCounter}-${randomUUID().slice(0, 6)}`,
      kind: 'proposal',
      title: 'An idea',
      problem: 'A problem',
      intended_use: 'A use',
      department: options.department,
      source: 'vendor',
      vendor_name: null,
      data_used: 'Notes',
      affected_people: 'Patients',
      patient_facing: 0,
      autonomy: 'informs',
      status: options.status ?? 'submitted',
      closed_reason: null,
      system_id: null,
      submitter_id: null,
      submitter_label: 'test',
      created_at: at,
      updated_at: at,
      version: 1,
    })
    .execute();
}
