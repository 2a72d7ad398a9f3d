import { randomUUID } from 'node:crypto';
import { type ReviewDto, type ReviewOpenInput, lifecycleState } from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { GovernanceReviewsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { transitionSystemIn } from './lifecycle.service';
import { transitionRule } from './lifecycle.rules';
import { getReviewIn } from './review.read';
import * as q from './review.queries';
import { effectiveTierOf } from './review.tier';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Opens the next review round of a tiered system and moves it into review (from proposed, or as
 * a re-review of a system in use or suspended; a system already in review after a re-review
 * decision stays there). Pathway and tier come from its latest determination, the due date from
 * the pathway's target days. One open round per system, also when two offices race.
 * @throws DomainError not_found, validation_failed (unknown intake), conflict (no tier, an open
 * round already, or a state that cannot be reviewed), version_conflict
 */
export async function openReview(
  deps: CoreDeps,
  actor: Actor,
  input: ReviewOpenInput,
): Promise<ReviewDto> {
  try {
    return await deps.db.transaction().execute((trx) => openReviewIn(trx, deps, actor, input));
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyOpen();
    throw error;
  }
}

async function openReviewIn(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  input: ReviewOpenInput,
): Promise<ReviewDto> {
  const system = await q.lockSystem(trx, deps.dialect, input.systemId);
  if (!system) throw new DomainError('not_found', 'No AI system has this id');
  const state = lifecycleState.parse(system.lifecycle_state);
  const tier = await effectiveTierOf(trx, system.id);
  if (!tier) {
    throw new DomainError('conflict', `${system.name} has no risk tier yet: missing gate tier`, {
      details: [{ path: 'gate.tier', message: 'Tier the system before opening a review' }],
    });
  }
  if (await q.findOpenReview(trx, system.id)) throw alreadyOpen();
  if (state !== 'in_review' && !transitionRule(state, 'in_review')) {
    throw new DomainError('conflict', `${system.name} is ${state} and cannot be reviewed again`, {
      details: [{ path: 'gate.transition', message: `no transition from ${state} to in_review` }],
    });
  }
  if (input.intakeId !== undefined) await requireIntake(trx, input.intakeId);
  const at = deps.clock.now();
  const row: GovernanceReviewsTable = {
    id: randomUUID(),
    system_id: system.id,
    intake_id: input.intakeId ?? null,
    round: (await q.lastRound(trx, system.id)) + 1,
    reason: input.reason,
    tier: tier.tier,
    pathway: tier.pathway,
    determination_id: tier.determinationId,
    status: 'open',
    opened_by_id: actor.userId,
    opened_by_label: actor.label,
    opened_at: at.toISOString(),
    due_at: new Date(at.getTime() + tier.pathwayRules.targetDays * dayMs).toISOString(),
    closed_at: null,
    version: 1,
  };
  await q.insertReview(trx, row);
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: 'governance_review.opened',
    entityType: 'governance_review',
    entityId: row.id,
    changes: {
      systemId: { before: null, after: row.system_id },
      round: { before: null, after: row.round },
      tier: { before: null, after: row.tier },
      pathway: { before: null, after: row.pathway },
      reason: { before: null, after: row.reason },
    },
  });
  if (state !== 'in_review') {
    await transitionSystemIn(trx, deps, actor, {
      systemId: system.id,
      to: 'in_review',
      reason: `Review round ${row.round} opened: ${input.reason}`,
    });
  }
  return getReviewIn(trx, row.id);
}

async function requireIntake(trx: Db, intakeId: string): Promise<void> {
  const intake = await trx
    .selectFrom('intakes')
    .select('id')
    .where('id', '=', intakeId)
    .executeTakeFirst();
  if (!intake) {
    throw new DomainError('validation_failed', 'No intake has this id', {
      details: [{ path: 'body.intakeId', message: 'is not an intake' }],
    });
  }
}

function alreadyOpen(): DomainError {
  return new DomainError('conflict', 'This system already has an open review round', {
    details: [{ path: 'gate.open_review', message: 'one open review round per system' }],
  });
}
