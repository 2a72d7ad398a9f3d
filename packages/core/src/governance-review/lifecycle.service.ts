import { randomUUID } from 'node:crypto';
import {
  type LifecycleState,
  type TransitionDto,
  type TransitionInput,
  lifecycleState,
  lifecycleStateLabels,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { LifecycleTransitionsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { notifyUsers } from '../notifications/notifications.notify';
import { rowToSnapshot } from '../portfolio/portfolio.mappers';
import { updateSystemAtVersion } from '../portfolio/portfolio.queries';
import { recordVersion } from '../portfolio/portfolio.service';
import { loadGateFacts } from './lifecycle.facts';
import { evaluateRule, transitionRule } from './lifecycle.rules';
import { toTransitionDto } from './review.mappers';
import * as q from './review.queries';

export interface TransitionRequest extends TransitionInput {
  systemId: string;
  /** The decision that caused the move, when a decision records it. */
  decisionId?: string | null;
}

/**
 * Moves a system to another lifecycle state: the only way its state changes after creation.
 * Checks the move against the transition table and its gates, then updates the system, saves a
 * version, records the transition and audits it, all in one transaction.
 * @throws DomainError not_found, version_conflict, conflict (illegal move or unmet gates, each
 * named in `details` as `gate.<name>`)
 */
export async function transitionSystem(
  deps: CoreDeps,
  actor: Actor,
  request: TransitionRequest,
): Promise<TransitionDto> {
  return deps.db.transaction().execute((trx) => transitionSystemIn(trx, deps, actor, request));
}

/** transitionSystem in the caller's transaction (opening a review, recording a decision). */
export async function transitionSystemIn(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  request: TransitionRequest,
): Promise<TransitionDto> {
  const system = await q.lockSystem(trx, deps.dialect, request.systemId);
  if (!system) throw new DomainError('not_found', 'No AI system has this id');
  const version = Number(system.version);
  if (request.expectedVersion !== undefined && request.expectedVersion !== version) {
    throw new DomainError(
      'version_conflict',
      `This AI system was changed by someone else (now at version ${version}); reload and try again`,
    );
  }
  const from = lifecycleState.parse(system.lifecycle_state);
  await checkTransition(trx, system, from, request.to);
  const at = deps.clock.now();
  if (
    !(await updateSystemAtVersion(trx, system.id, version, {
      lifecycle_state: request.to,
      updated_at: at.toISOString(),
    }))
  ) {
    throw new DomainError('version_conflict', 'This AI system was changed by someone else');
  }
  const before = rowToSnapshot(system);
  await recordVersion(trx, deps, actor, {
    systemId: system.id,
    version: version + 1,
    before,
    after: { ...before, lifecycleState: request.to },
  });
  const row: LifecycleTransitionsTable = {
    id: randomUUID(),
    system_id: system.id,
    from_state: from,
    to_state: request.to,
    reason: request.reason,
    decision_id: request.decisionId ?? null,
    actor_id: actor.userId,
    actor_label: actor.label,
    at: at.toISOString(),
  };
  await q.insertTransition(trx, row);
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: 'ai_system.transitioned',
    entityType: 'ai_system',
    entityId: system.id,
    changes: {
      lifecycleState: { before: from, after: request.to },
      reason: { before: null, after: request.reason },
      ...(row.decision_id ? { decisionId: { before: null, after: row.decision_id } } : {}),
    },
  });
  if (request.to === 'retired') await withdrawOpenReview(trx, deps, actor, system.id, at);
  const owners = [system.clinical_owner_id, system.technical_owner_id].flatMap((id) =>
    id === null ? [] : [id],
  );
  await notifyUsers(
    trx,
    deps,
    owners.map((userId) => ({
      userId,
      kind: 'lifecycle_changed' as const,
      title: `${system.name} is now ${lifecycleStateLabels[request.to].toLowerCase()}`,
      body: `${system.name} moved from ${lifecycleStateLabels[from]} to ${lifecycleStateLabels[request.to]}: ${request.reason}`,
      link: `/governance/systems/${system.id}`,
      subjectType: 'ai_system',
      subjectId: system.id,
      exceptUserId: actor.userId,
    })),
  );
  return toTransitionDto(row);
}

async function checkTransition(
  trx: Db,
  system: Parameters<typeof loadGateFacts>[1],
  from: LifecycleState,
  to: LifecycleState,
): Promise<void> {
  const rule = transitionRule(from, to);
  if (!rule) {
    throw new DomainError(
      'conflict',
      `${system.name} cannot move from ${lifecycleStateLabels[from]} to ${lifecycleStateLabels[to]}: no such transition`,
      { details: [{ path: 'gate.transition', message: `no transition from ${from} to ${to}` }] },
    );
  }
  const unmet = evaluateRule(rule, await loadGateFacts(trx, system)).filter((g) => !g.met);
  if (unmet.length > 0) {
    throw new DomainError(
      'conflict',
      `${system.name} cannot move from ${lifecycleStateLabels[from]} to ${lifecycleStateLabels[to]}: missing gate ${unmet.map((g) => g.name).join(', ')}`,
      {
        details: unmet.map((g) => ({
          path: `gate.${g.name}`,
          message: g.detail ? `${g.label}: ${g.detail}` : g.label,
        })),
      },
    );
  }
}

/** A retired system is not reviewed any more: its open round, if any, is withdrawn. */
async function withdrawOpenReview(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  systemId: string,
  at: Date,
): Promise<void> {
  const open = await q.findOpenReview(trx, systemId);
  if (!open) return;
  await q.closeReview(trx, open.id, Number(open.version), {
    status: 'withdrawn',
    closedAt: at.toISOString(),
  });
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: 'governance_review.withdrawn',
    entityType: 'governance_review',
    entityId: open.id,
    changes: { status: { before: 'open', after: 'withdrawn' } },
  });
}
