import {
  type GovernanceStateDto,
  decisionOutcome,
  governanceArtefacts,
  lifecycleState,
} from '@vigil/contracts';
import type { CoreDeps } from '../deps';
import { DomainError } from '../errors';
import * as dq from './decision.queries';
import { conditionDtos, todayOf } from './decision.read';
import { loadGateFacts } from './lifecycle.facts';
import { evaluateRule, rulesFrom } from './lifecycle.rules';
import { personOf, toTransitionDto } from './review.mappers';
import { reviewDtos, summaryOf } from './review.read';
import * as q from './review.queries';
import { effectiveTierOf } from './review.tier';

/**
 * A system's governance at a glance: state, each next state with its gates, tier and required
 * artefacts, the open review, past rounds, decisions, conditions and the transition history.
 * @throws DomainError not_found
 */
export async function getGovernanceState(
  deps: CoreDeps,
  systemId: string,
): Promise<GovernanceStateDto> {
  const db = deps.db;
  const system = await db
    .selectFrom('ai_systems')
    .selectAll()
    .where('id', '=', systemId)
    .executeTakeFirst();
  if (!system) throw new DomainError('not_found', 'No AI system has this id');
  const state = lifecycleState.parse(system.lifecycle_state);
  const [facts, tier, reviewRows, decisions, conditions, history] = await Promise.all([
    loadGateFacts(db, system),
    effectiveTierOf(db, systemId),
    q.listReviews(db, { systemId }),
    dq.decisionsOfSystem(db, systemId),
    dq.conditionsOfSystem(db, systemId),
    q.transitionsOf(db, systemId),
  ]);
  const reviews = await reviewDtos(db, reviewRows);
  const people = await q.findPeople(
    db,
    [system.clinical_owner_id, system.technical_owner_id].filter((id): id is string => id !== null),
  );
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  const owner = (id: string | null) => (id === null ? null : personOf(id, 'Unknown user', names));
  const rounds = new Map(reviewRows.map((r) => [r.id, Number(r.round)]));
  const required = new Set(tier?.consequences.requiredArtefacts ?? []);
  return {
    systemId,
    systemName: system.name,
    state,
    version: Number(system.version),
    clinicalOwner: owner(system.clinical_owner_id),
    technicalOwner: owner(system.technical_owner_id),
    determination: tier && {
      determinationId: tier.determinationId,
      tier: tier.tier,
      pathway: tier.pathway,
      ruleSetVersion: tier.ruleSetVersion,
      requiredArtefacts: [...tier.consequences.requiredArtefacts],
      reReviewMonths: tier.consequences.reReviewMonths,
    },
    artefacts: governanceArtefacts.map((artefact) => ({
      artefact,
      present: facts.presentArtefacts.has(artefact),
      required: required.has(artefact),
    })),
    transitions: rulesFrom(state).map((rule) => {
      const gates = evaluateRule(rule, facts);
      return { to: rule.to, via: rule.via, allowed: gates.every((g) => g.met), gates };
    }),
    openReview: reviews.find((r) => r.status === 'open') ?? null,
    reviews: reviews.map(summaryOf),
    decisions: decisions.map((d) => ({
      id: d.id,
      reviewId: d.review_id,
      round: rounds.get(d.review_id) ?? 0,
      outcome: decisionOutcome.parse(d.outcome),
      decidedAt: d.decided_at,
      nextReviewDue: d.next_review_due,
      meetingId: d.meeting_id,
    })),
    conditions: await conditionDtos(db, conditions, todayOf(deps)),
    history: history.map((h) => toTransitionDto(h, names)),
  };
}
