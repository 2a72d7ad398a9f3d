import {
  type ConditionDto,
  type ConditionListQuery,
  type ConditionMeetInput,
  type ConditionWaiveInput,
  rolesGrant,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { GovernanceConditionsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { notifyUsers } from '../notifications/notifications.notify';
import * as dq from './decision.queries';
import { conditionDtos, todayOf } from './decision.read';

type ParsedQuery = Omit<ConditionListQuery, 'overdue' | 'page' | 'pageSize'> & {
  overdue?: boolean | undefined;
  page: number;
  pageSize: number;
};

/**
 * Conditions, open ones first and soonest due, filtered by status, owner, system and overdue
 * (open and due before today). People without governance access see only their own.
 */
export async function listConditions(deps: CoreDeps, actor: Actor, query: ParsedQuery) {
  const { page, pageSize, ...rest } = query;
  const today = todayOf(deps);
  const mine = !rolesGrant(actor.roles, 'governance.read');
  const filter: dq.ConditionFilter = {
    ...rest,
    ...(mine ? { ownerId: actor.userId ?? '' } : {}),
    today,
  };
  const [total, rows] = await Promise.all([
    dq.countConditions(deps.db, filter),
    dq.listConditions(deps.db, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return { items: await conditionDtos(deps.db, rows, today), total, page, pageSize };
}

/**
 * Marks an open condition met, with a note: its owner or the office may.
 * @throws DomainError not_found, forbidden, conflict (not open), version_conflict
 */
export async function markConditionMet(
  deps: CoreDeps,
  actor: Actor,
  conditionId: string,
  input: ConditionMeetInput,
): Promise<ConditionDto> {
  return resolve(deps, actor, conditionId, input.expectedVersion, {
    status: 'met',
    note: input.note,
    mayAct: (row) => row.owner_id === actor.userId || rolesGrant(actor.roles, 'governance.manage'),
  });
}

/**
 * Waives an open condition with a justification: the office only.
 * @throws DomainError not_found, forbidden, conflict (not open), version_conflict
 */
export async function waiveCondition(
  deps: CoreDeps,
  actor: Actor,
  conditionId: string,
  input: ConditionWaiveInput,
): Promise<ConditionDto> {
  return resolve(deps, actor, conditionId, input.expectedVersion, {
    status: 'waived',
    note: input.justification,
    mayAct: () => rolesGrant(actor.roles, 'governance.manage'),
  });
}

async function resolve(
  deps: CoreDeps,
  actor: Actor,
  conditionId: string,
  expectedVersion: number,
  change: {
    status: 'met' | 'waived';
    note: string;
    mayAct: (row: GovernanceConditionsTable) => boolean;
  },
): Promise<ConditionDto> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await dq.findCondition(trx, conditionId);
    if (!row) throw new DomainError('not_found', 'No condition has this id');
    if (!change.mayAct(row)) {
      throw new DomainError(
        'forbidden',
        change.status === 'met'
          ? 'Only the condition’s owner or the governance office may mark it met'
          : 'Only the governance office may waive a condition',
      );
    }
    if (row.status !== 'open') {
      throw new DomainError('conflict', `This condition is already ${row.status}`, {
        details: [{ path: 'gate.condition_open', message: `the condition is ${row.status}` }],
      });
    }
    if (Number(row.version) !== expectedVersion) throw stale(Number(row.version));
    const at = deps.clock.now();
    const changes = {
      status: change.status,
      resolution_note: change.note,
      resolved_by_id: actor.userId,
      resolved_by_label: actor.label,
      resolved_at: at.toISOString(),
    };
    if (!(await dq.resolveCondition(trx, row.id, expectedVersion, changes)))
      throw stale(expectedVersion + 1);
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: `governance_condition.${change.status}`,
      entityType: 'governance_condition',
      entityId: row.id,
      changes: {
        status: { before: 'open', after: change.status },
        resolutionNote: { before: null, after: change.note },
      },
    });
    const saved = { ...row, ...changes, version: expectedVersion + 1 };
    const [dto] = await conditionDtos(trx, [saved], todayOf(deps));
    if (!dto) throw new Error('condition vanished');
    await tellAboutResolution(trx, deps, actor, saved, dto.systemName);
    return dto;
  });
}

/** The owner learns of a waiver; whoever decided learns that a condition was met. */
async function tellAboutResolution(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  row: GovernanceConditionsTable,
  systemName: string,
): Promise<void> {
  const decision = await dq.findDecision(trx, row.decision_id);
  const recipients = [row.owner_id, decision?.decided_by_id ?? null].filter(
    (id): id is string => id !== null,
  );
  await notifyUsers(
    trx,
    deps,
    [...new Set(recipients)].map((userId) => ({
      userId,
      kind: 'condition_resolved' as const,
      title: `Condition ${row.status} for ${systemName}`,
      body: `${actor.label} marked a condition of ${systemName} ${row.status}: ${row.description} (${row.resolution_note ?? ''})`,
      link: '/governance/conditions',
      subjectType: 'governance_condition',
      subjectId: row.id,
      exceptUserId: actor.userId,
    })),
  );
}

function stale(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `This condition was changed by someone else (now at version ${current}); reload and try again`,
  );
}
