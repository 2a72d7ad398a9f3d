import { randomUUID } from 'node:crypto';
import { type IntakeDto, type IntakeStatus, intakeStatusLabels } from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { IntakesTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { canSeeIntake, noIntake } from './governance-intake.access';
import { loadIntakeDto } from './governance-intake.service';
import * as q from './governance-intake.queries';

// One step of an intake's triage (a question, an answer, accepting, closing). Every step locks the
// intake, checks its status and the version the caller read inside the transaction, and changes
// it only where both still hold, so a repeated or racing action is refused and changes nothing.

/** The statuses in which the office triages an intake. */
export const inTriage: readonly IntakeStatus[] = ['submitted', 'needs_info'];

/** What a step's body works with: the transaction, the locked intake and the step's time. */
export interface TriageStep {
  trx: Db;
  row: IntakesTable;
  at: Date;
}

/**
 * Runs one triage step on an intake the actor may see, in the statuses it applies to and at the
 * version the caller read.
 */
export async function triageStep(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  expected: { version: number; statuses: readonly IntakeStatus[]; action: string },
  body: (s: TriageStep) => Promise<Partial<IntakesTable>>,
): Promise<IntakeDto> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.lockIntake(trx, deps.dialect, id);
    if (!row || !canSeeIntake(actor, row)) throw noIntake();
    if (!expected.statuses.includes(row.status as IntakeStatus)) {
      const status = intakeStatusLabels[row.status as IntakeStatus] ?? row.status;
      throw new DomainError(
        'conflict',
        `${row.reference} cannot be ${expected.action} now: its status is “${status}”`,
      );
    }
    if (Number(row.version) !== expected.version) {
      throw new DomainError(
        'version_conflict',
        `${row.reference} was changed by someone else (now at version ${row.version}); reload and try again`,
      );
    }
    const at = deps.clock.now();
    const changes = await body({ trx, row, at });
    const saved = { ...row, ...changes, updated_at: at.toISOString() };
    const updated = await q.updateIntakeAt(trx, id, expected, {
      ...changes,
      updated_at: saved.updated_at,
    });
    if (!updated) throw new DomainError('conflict', `${row.reference} changed meanwhile; reload`);
    return loadIntakeDto(trx, { ...saved, version: expected.version + 1 });
  });
}

/** Adds a message to the intake's thread with the office. */
export async function addMessage(
  s: TriageStep,
  actor: Actor,
  message: { fromOffice: boolean; isQuestion: boolean; body: string },
): Promise<void> {
  // The thread reads in time order; a message within the same millisecond as the one before
  // it (a fixed test clock, a quick reply) is placed a millisecond later so the order is exact.
  const last = (await q.listMessages(s.trx, s.row.id)).at(-1);
  const after = last ? new Date(last.created_at).getTime() + 1 : 0;
  const at = new Date(Math.max(s.at.getTime(), after));
  await q.insertMessage(s.trx, {
    id: randomUUID(),
    intake_id: s.row.id,
    author_id: actor.userId,
    author_label: (await q.findDisplayName(s.trx, actor.userId)) ?? actor.label,
    from_office: message.fromOffice ? 1 : 0,
    is_question: message.isQuestion ? 1 : 0,
    body: message.body,
    created_at: at.toISOString(),
  });
}

/** Records the step in the audit trail. */
export async function auditTriage(
  s: TriageStep,
  deps: CoreDeps,
  actor: Actor,
  action: string,
  changes: Record<string, { before: unknown; after: unknown }>,
): Promise<void> {
  await appendAudit(s.trx, { dialect: deps.dialect, at: s.at }, actor, {
    action,
    entityType: 'intake',
    entityId: s.row.id,
    changes,
  });
}
