import { randomUUID } from 'node:crypto';
import { type AssessmentCreateInput, aiSystemCreateInput } from '@vigil/contracts';
import type { CoreDeps } from '../deps';
import { systemActor } from '../deps';
import { insertTierDetermination } from '../governance-intake/tiering.testing';
import { createAiSystem } from '../portfolio/index';
import { createAssessment } from './index';

export const testActor = systemActor('test');

/** A registered AI system with only the required fields. */
export async function newSystem(deps: CoreDeps, name: string) {
  return createAiSystem(
    deps,
    testActor,
    aiSystemCreateInput.parse({
      name,
      developer: 'Example Health Data Science',
      source: 'in_house',
      kind: 'predictive',
      category: 'clinical_decision_support',
      dsiType: 'predictive',
    }),
  );
}

/** An assessment of a system against a framework. */
export async function newAssessment(
  deps: CoreDeps,
  systemId: string | null,
  frameworkKey: AssessmentCreateInput['frameworkKey'] = 'nist_ai_rmf',
) {
  return createAssessment(
    deps,
    testActor,
    systemId === null
      ? { frameworkKey, scope: 'institution' }
      : { frameworkKey, scope: 'system', systemId },
  );
}

/**
 * A governance decision on a system, written straight into the tables the review area owns
 * (rule set, tiering, review, decision), so evidence can cite one without running a review.
 */
export async function insertDecision(deps: CoreDeps, systemId: string): Promise<string> {
  const at = deps.clock.now().toISOString();
  const ruleSet = await deps.db
    .selectFrom('tier_rule_sets')
    .select('version')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  const ruleSetVersion = ruleSet?.version ?? 1;
  if (!ruleSet)
    await deps.db
      .insertInto('tier_rule_sets')
      .values({
        version: 1,
        definition_json: '{}',
        note: 'test',
        created_by_id: null,
        created_by_label: 'test',
        created_at: at,
      })
      .execute();
  const determinationId = await insertTierDetermination(deps, {
    systemId,
    tier: 'high',
    ruleSetVersion,
    at,
  });
  const reviewId = randomUUID();
  await deps.db
    .insertInto('governance_reviews')
    .values({
      id: reviewId,
      system_id: systemId,
      intake_id: null,
      round: 1,
      reason: 'test',
      tier: 'high',
      pathway: 'full',
      determination_id: determinationId,
      status: 'decided',
      opened_by_id: null,
      opened_by_label: 'test',
      opened_at: at,
      due_at: null,
      closed_at: at,
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
      outcome: 'approved_with_conditions',
      rationale: 'test',
      votes_json: '{}',
      letter_text: 'test',
      next_review_due: null,
      meeting_id: null,
      agenda_item_id: null,
      decided_by_id: null,
      decided_by_label: 'test',
      decided_at: at,
    })
    .execute();
  return decisionId;
}

/** A small but real PDF, base64-encoded. */
export const pdfBase64 = Buffer.from(
  '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n',
).toString('base64');
