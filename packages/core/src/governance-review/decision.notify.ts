import { type DecisionOutcome, decisionOutcomeLabels } from '@vigil/contracts';
import type { GovernanceReviewsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import type { Notice } from '../notifications/notifications.notify';
import { notifyUsers } from '../notifications/notifications.notify';
import * as dq from './decision.queries';
import * as q from './review.queries';

/**
 * Tells the system's clinical and technical owners and the reviewers about a decision, and each
 * condition owner about their condition.
 */
export async function notifyDecision(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  d: {
    review: GovernanceReviewsTable;
    systemName: string;
    decisionId: string;
    outcome: DecisionOutcome;
  },
): Promise<void> {
  const system = await trx
    .selectFrom('ai_systems')
    .select(['clinical_owner_id', 'technical_owner_id'])
    .where('id', '=', d.review.system_id)
    .executeTakeFirst();
  const seats = await q.assignmentsOf(trx, [d.review.id]);
  const told = [
    system?.clinical_owner_id ?? null,
    system?.technical_owner_id ?? null,
    ...seats.map((s) => s.reviewer_id),
  ].filter((id): id is string => id !== null);
  const link = `/governance/decisions/${d.decisionId}`;
  const notices: Notice[] = [...new Set(told)].map((userId) => ({
    userId,
    kind: 'decision_recorded',
    title: `${d.systemName}: ${decisionOutcomeLabels[d.outcome]}`,
    body: `The review of ${d.systemName} (round ${d.review.round}) was decided: ${decisionOutcomeLabels[d.outcome]}. The decision letter is in Vigil.`,
    link,
    subjectType: 'governance_decision',
    subjectId: d.decisionId,
    exceptUserId: actor.userId,
  }));
  for (const c of await dq.conditionsOfDecision(trx, d.decisionId)) {
    if (c.owner_id === null) continue;
    notices.push({
      userId: c.owner_id,
      kind: 'condition_assigned',
      title: `Condition for ${d.systemName}, due ${c.due_date}`,
      body: `You own a condition of the decision on ${d.systemName}: ${c.description} It is due ${c.due_date}.`,
      link: '/governance/conditions',
      subjectType: 'governance_condition',
      subjectId: c.id,
      exceptUserId: actor.userId,
    });
  }
  await notifyUsers(trx, deps, notices);
}
