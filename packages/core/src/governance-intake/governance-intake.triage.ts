import { randomUUID } from 'node:crypto';
import {
  type AiSystemSnapshot,
  type IntakeAcceptInput,
  type IntakeAnswerInput,
  type IntakeCloseInput,
  type IntakeDto,
  type IntakeQuestionInput,
  type IntakeStatus,
  aiSystemSource,
  intakeStatusLabels,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { IntakesTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { insertAiSystemIn } from '../portfolio/portfolio.service';
import { canSeeIntake, noIntake } from './governance-intake.access';
import { loadIntakeDto } from './governance-intake.service';
import {
  notifyOffice,
  notifySubmitterOfQuestion,
  notifySubmitterOfStatus,
} from './governance-intake.notify';
import * as q from './governance-intake.queries';

// The office's triage of an intake and the submitter's answers. Every action locks the intake,
// checks its status and the version the caller read inside the transaction, and changes it only
// where both still hold, so a repeated or racing action is refused and changes nothing.

const inTriage: readonly IntakeStatus[] = ['submitted', 'needs_info'];

interface Step {
  trx: Db;
  row: IntakesTable;
  at: Date;
}

/**
 * Runs one triage step on an intake the actor may see, in the statuses it applies to and at the
 * version the caller read.
 */
async function step(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  expected: { version: number; statuses: readonly IntakeStatus[]; action: string },
  body: (s: Step) => Promise<Partial<IntakesTable>>,
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

async function addMessage(
  s: Step,
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

async function audit(
  s: Step,
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

/**
 * The office asks the submitter a question; the intake waits for the answer.
 * @throws DomainError not_found, conflict (accepted or closed), version_conflict
 */
export async function askIntakeQuestion(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeQuestionInput,
): Promise<IntakeDto> {
  return step(
    deps,
    actor,
    id,
    { ...input, statuses: inTriage, action: 'asked about' },
    async (s) => {
      await addMessage(s, actor, { fromOffice: true, isQuestion: true, body: input.body });
      await audit(s, deps, actor, 'intake.question_asked', {
        status: { before: s.row.status, after: 'needs_info' },
        question: { before: null, after: input.body },
      });
      await notifySubmitterOfQuestion(s.trx, deps, actor, s.row, input.body);
      return { status: 'needs_info' };
    },
  );
}

/**
 * The submitter answers the office's question; the intake goes back to triage.
 * @throws DomainError not_found, forbidden (not the submitter), conflict (no open question),
 * version_conflict
 */
export async function answerIntakeQuestion(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeAnswerInput,
): Promise<IntakeDto> {
  const statuses: readonly IntakeStatus[] = ['needs_info'];
  return step(deps, actor, id, { ...input, statuses, action: 'answered' }, async (s) => {
    if (actor.userId === null || s.row.submitter_id !== actor.userId)
      throw new DomainError('forbidden', 'Only the person who submitted the intake answers it');
    await addMessage(s, actor, { fromOffice: false, isQuestion: false, body: input.body });
    await audit(s, deps, actor, 'intake.answered', {
      status: { before: s.row.status, after: 'submitted' },
      answer: { before: null, after: input.body },
    });
    await notifyOffice(s.trx, deps, actor, s.row, { kind: 'intake_answer', answer: input.body });
    return { status: 'submitted' };
  });
}

/**
 * Accepts an intake: creates a proposed portfolio system from its fields (or links an existing
 * one) in the same transaction, and copies its documents to the system.
 * @throws DomainError not_found, conflict (already accepted or closed), version_conflict,
 * validation_failed (the system to link does not exist)
 */
export async function acceptIntake(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeAcceptInput,
): Promise<IntakeDto> {
  return step(deps, actor, id, { ...input, statuses: inTriage, action: 'accepted' }, async (s) => {
    const system =
      input.mode === 'create'
        ? await insertAiSystemIn(s.trx, deps, actor, systemFromIntake(s.row, input))
        : await q.findSystemSummary(s.trx, input.systemId);
    if (!system) {
      throw new DomainError('validation_failed', 'No AI system has this id', {
        details: [{ path: 'body.systemId', message: 'is not a system in the portfolio' }],
      });
    }
    await copyDocuments(s, deps, actor, system.id);
    const verb = input.mode === 'create' ? 'added to the portfolio as' : 'linked to';
    await addMessage(s, actor, {
      fromOffice: true,
      isQuestion: false,
      body: `Accepted for review: ${verb} “${system.name}”.`,
    });
    await audit(s, deps, actor, 'intake.accepted', {
      status: { before: s.row.status, after: 'accepted' },
      systemId: { before: null, after: system.id },
      mode: { before: null, after: input.mode },
    });
    await notifySubmitterOfStatus(s.trx, deps, actor, s.row, {
      status: 'accepted',
      detail: `The AI office accepted it for review as “${system.name}”. You will hear when it is decided.`,
    });
    return { status: 'accepted', system_id: system.id };
  });
}

/**
 * Closes an intake without taking it further, with the reason the submitter reads.
 * @throws DomainError not_found, conflict (already accepted or closed), version_conflict
 */
export async function closeIntake(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeCloseInput,
): Promise<IntakeDto> {
  return step(deps, actor, id, { ...input, statuses: inTriage, action: 'closed' }, async (s) => {
    await addMessage(s, actor, {
      fromOffice: true,
      isQuestion: false,
      body: `Closed: ${input.reason}`,
    });
    await audit(s, deps, actor, 'intake.closed', {
      status: { before: s.row.status, after: 'closed' },
      closedReason: { before: null, after: input.reason },
    });
    await notifySubmitterOfStatus(s.trx, deps, actor, s.row, {
      status: 'closed',
      detail: `The AI office closed it: ${input.reason}`,
    });
    return { status: 'closed', closed_reason: input.reason };
  });
}

/** A proposed system from what the intake says; the office names it and sets kind and category. */
function systemFromIntake(
  row: IntakesTable,
  input: Extract<IntakeAcceptInput, { mode: 'create' }>,
): AiSystemSnapshot {
  const clip = (text: string) => text.slice(0, 4000);
  return {
    name: input.name,
    developer: input.developer,
    product: null,
    productVersion: null,
    source: aiSystemSource.parse(row.source),
    kind: input.kind,
    category: input.category,
    departments: [row.department],
    sites: [],
    intendedUse: clip(row.intended_use),
    intendedUsers: null,
    patientPopulation: clip(row.affected_people),
    deployment: null,
    ehrIntegration: null,
    dsiType: 'unknown',
    fdaStatus: 'unknown',
    fdaClearanceNumber: null,
    imdrfCategory: null,
    euAiActRisk: 'unknown',
    lifecycleState: 'proposed',
    clinicalOwnerId: null,
    technicalOwnerId: null,
    executiveSponsorId: null,
    links: [],
    tags: [row.reference],
  };
}

async function copyDocuments(s: Step, deps: CoreDeps, actor: Actor, systemId: string) {
  for (const doc of await q.listIntakeDocumentsWithContent(s.trx, s.row.id)) {
    const id = randomUUID();
    await q.insertSystemDocument(s.trx, {
      id,
      system_id: systemId,
      filename: doc.filename,
      media_type: doc.media_type,
      size_bytes: Number(doc.size_bytes),
      sha256: doc.sha256,
      description: `From intake ${s.row.reference}`,
      content: Buffer.from(doc.content),
      uploaded_by_id: doc.uploaded_by_id,
      uploaded_by_label: doc.uploaded_by_label,
      uploaded_at: s.at.toISOString(),
    });
    await appendAudit(s.trx, { dialect: deps.dialect, at: s.at }, actor, {
      action: 'ai_system.document_added',
      entityType: 'ai_system',
      entityId: systemId,
      changes: {
        documentId: { before: null, after: id },
        filename: { before: null, after: doc.filename },
        mediaType: { before: null, after: doc.media_type },
        sizeBytes: { before: null, after: Number(doc.size_bytes) },
        sha256: { before: null, after: doc.sha256 },
        intake: { before: null, after: s.row.reference },
      },
    });
  }
}
