import { randomUUID } from 'node:crypto';
import {
  type IntakeDocumentDto,
  type IntakeDocumentInput,
  type IntakeDto,
  type IntakeFacets,
  type IntakeListQuery,
  type IntakeSubmitInput,
  type IntakeSummaryDto,
  intakeLimits,
  intakeStatus,
  rolesGrant,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { IntakeDocumentsTable, IntakesTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { type CheckedDocument, checkDocument } from './governance-intake.documents';
import { toIntakeDocumentDto, toIntakeDto, toIntakeSummaryDto } from './governance-intake.mappers';
import { notifyOffice } from './governance-intake.notify';
import * as q from './governance-intake.queries';

/** Each retry loses only to a submission that committed, so this covers as many at once. */
const referenceAttempts = 12;

/**
 * Records a proposal or a report of AI in use from anyone on staff, with its documents, numbered
 * INT-<year>-<nnnn>, and tells the office.
 * @throws DomainError validation_failed (a document's type or content), payload_too_large
 */
export async function submitIntake(
  deps: CoreDeps,
  actor: Actor,
  input: IntakeSubmitInput,
): Promise<IntakeDto> {
  const documents = input.documents.map((d, i) => checkDocument(d, `body.documents.${i}`));
  // Two submissions at once may pick the same next number; the unique reference refuses the
  // second, which retries with the number after.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await deps.db
        .transaction()
        .execute((trx) => insertIntakeIn(trx, deps, actor, input, documents));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= referenceAttempts)
        throw new DomainError('conflict', 'Too many intakes arrived at once; send it again', {
          cause: error,
        });
    }
  }
}

async function insertIntakeIn(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  input: IntakeSubmitInput,
  documents: CheckedDocument[],
): Promise<IntakeDto> {
  const at = deps.clock.now();
  const now = at.toISOString();
  const row: IntakesTable = {
    id: randomUUID(),
    reference: await nextReference(trx, at.getUTCFullYear()),
    kind: input.kind,
    title: input.title,
    problem: input.problem,
    intended_use: input.intendedUse,
    department: input.department,
    source: input.source,
    vendor_name: input.vendorName ? input.vendorName : null,
    data_used: input.dataUsed,
    affected_people: input.affectedPeople,
    patient_facing: input.patientFacing ? 1 : 0,
    autonomy: input.autonomy,
    status: 'submitted',
    closed_reason: null,
    system_id: null,
    submitter_id: actor.userId,
    submitter_label: (await q.findDisplayName(trx, actor.userId)) ?? actor.label,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await q.insertIntake(trx, row);
  for (const document of documents) await storeDocument(trx, actor, row.id, document, now);
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: 'intake.submitted',
    entityType: 'intake',
    entityId: row.id,
    changes: {
      reference: { before: null, after: row.reference },
      kind: { before: null, after: row.kind },
      title: { before: null, after: row.title },
      department: { before: null, after: row.department },
      status: { before: null, after: row.status },
      documents: { before: null, after: documents.map((d) => d.filename) },
    },
  });
  await notifyOffice(trx, deps, actor, row, { kind: 'intake_submitted' });
  return loadIntakeDto(trx, row);
}

async function nextReference(db: Db, year: number): Promise<string> {
  const last = await q.findLastReference(db, year);
  const number = last ? Number(last.slice(`INT-${year}-`.length)) + 1 : 1;
  return `INT-${year}-${String(number).padStart(4, '0')}`;
}

async function storeDocument(
  trx: Db,
  actor: Actor,
  intakeId: string,
  document: CheckedDocument,
  at: string,
): Promise<IntakeDocumentsTable> {
  const row: IntakeDocumentsTable = {
    id: randomUUID(),
    intake_id: intakeId,
    filename: document.filename,
    media_type: document.mediaType,
    size_bytes: document.bytes.length,
    sha256: document.sha256,
    content: document.bytes,
    uploaded_by_id: actor.userId,
    uploaded_by_label: actor.label,
    uploaded_at: at,
  };
  await q.insertIntakeDocument(trx, row);
  return row;
}

/** An intake with its thread, documents and linked system. */
export async function loadIntakeDto(db: Db, row: IntakesTable): Promise<IntakeDto> {
  const [messages, documents, system] = await Promise.all([
    q.listMessages(db, row.id),
    q.listIntakeDocuments(db, row.id),
    row.system_id ? q.findSystemSummary(db, row.system_id) : Promise.resolve(undefined),
  ]);
  return toIntakeDto(row, { messages, documents, system });
}

/** True when the actor may see the intake: its submitter, or anyone who reads governance. */
export function canSeeIntake(actor: Actor, row: IntakesTable): boolean {
  return (
    (actor.userId !== null && row.submitter_id === actor.userId) ||
    rolesGrant(actor.roles, 'governance.read')
  );
}

/**
 * The intake if the actor may see it.
 * @throws DomainError not_found (also when it exists but is someone else's)
 */
export async function visibleIntake(db: Db, actor: Actor, id: string): Promise<IntakesTable> {
  const row = await q.findIntake(db, id);
  if (!row || !canSeeIntake(actor, row)) throw noIntake();
  return row;
}

export function noIntake(): DomainError {
  return new DomainError('not_found', 'No intake has this id');
}

/**
 * An intake with its thread and documents, for its submitter and governance readers.
 * @throws DomainError not_found
 */
export async function getIntake(deps: CoreDeps, actor: Actor, id: string): Promise<IntakeDto> {
  return loadIntakeDto(deps.db, await visibleIntake(deps.db, actor, id));
}

/** The actor's own intakes, newest first. */
export async function listMyIntakes(deps: CoreDeps, actor: Actor): Promise<IntakeSummaryDto[]> {
  if (actor.userId === null) return [];
  const rows = await q.listIntakesOf(deps.db, actor.userId, intakeLimits.mySubmissionsMax);
  return rows.map(toIntakeSummaryDto);
}

/** The triage queue: a page of intakes matching the filters. */
export async function listIntakes(deps: CoreDeps, query: IntakeListQuery) {
  const { page, pageSize, sort, minAgeDays, ...rest } = query;
  const filter: q.IntakeFilter = {
    ...rest,
    createdBefore:
      minAgeDays === undefined
        ? undefined
        : new Date(deps.clock.now().getTime() - minAgeDays * 86_400_000).toISOString(),
  };
  const [total, rows] = await Promise.all([
    q.countIntakes(deps.db, filter),
    q.listIntakes(deps.db, filter, sort === 'oldest' ? 'asc' : 'desc', {
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
  ]);
  return { items: rows.map(toIntakeSummaryDto), total, page, pageSize };
}

/** How many intakes are in each status and department. */
export async function getIntakeFacets(deps: CoreDeps): Promise<IntakeFacets> {
  const [statuses, departments] = await Promise.all([
    q.countByStatus(deps.db),
    q.countByDepartment(deps.db),
  ]);
  return {
    statuses: statuses.map((s) => ({ value: intakeStatus.parse(s.value), count: Number(s.count) })),
    departments: departments.map((d) => ({ value: d.value, count: Number(d.count) })),
  };
}

/**
 * Attaches another document to an intake that is still in triage, by its submitter or the office.
 * @throws DomainError not_found, forbidden, conflict (accepted or closed, or too many documents),
 * validation_failed, payload_too_large
 */
export async function addIntakeDocument(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeDocumentInput,
): Promise<IntakeDocumentDto> {
  const document = checkDocument(input, 'body');
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.lockIntake(trx, deps.dialect, id);
    if (!row || !canSeeIntake(actor, row)) throw noIntake();
    const isSubmitter = actor.userId !== null && row.submitter_id === actor.userId;
    if (!isSubmitter && !rolesGrant(actor.roles, 'governance.manage'))
      throw new DomainError('forbidden', 'Only the submitter and the AI office add documents');
    if (row.status !== 'submitted' && row.status !== 'needs_info')
      throw new DomainError(
        'conflict',
        `${row.reference} is ${row.status}; it takes no more documents`,
      );
    if ((await q.listIntakeDocuments(trx, id)).length >= intakeLimits.documentsMax)
      throw new DomainError(
        'conflict',
        `An intake holds at most ${intakeLimits.documentsMax} documents`,
      );
    const at = deps.clock.now();
    const stored = await storeDocument(trx, actor, id, document, at.toISOString());
    const statuses = [intakeStatus.parse(row.status)];
    if (
      !(await q.updateIntakeAt(
        trx,
        id,
        { version: Number(row.version), statuses },
        { updated_at: at.toISOString() },
      ))
    )
      throw new DomainError(
        'conflict',
        'The intake changed while the document was added; try again',
      );
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'intake.document_added',
      entityType: 'intake',
      entityId: id,
      changes: {
        documentId: { before: null, after: stored.id },
        filename: { before: null, after: stored.filename },
        mediaType: { before: null, after: stored.media_type },
        sizeBytes: { before: null, after: stored.size_bytes },
        sha256: { before: null, after: stored.sha256 },
      },
    });
    const { content: _content, ...dto } = stored;
    return toIntakeDocumentDto(dto);
  });
}

/**
 * An intake document's bytes, for those who may see the intake.
 * @throws DomainError not_found
 */
export async function getIntakeDocumentFile(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  documentId: string,
): Promise<{ filename: string; mediaType: string; bytes: Buffer }> {
  await visibleIntake(deps.db, actor, id);
  const row = await q.findIntakeDocumentContent(deps.db, id, documentId);
  if (!row) throw new DomainError('not_found', 'This intake has no document with this id');
  return { filename: row.filename, mediaType: row.media_type, bytes: Buffer.from(row.content) };
}
