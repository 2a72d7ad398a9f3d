import { randomUUID } from 'node:crypto';
import {
  type IntakeDto,
  type IntakeFacets,
  type IntakeListQuery,
  type IntakeSubmitInput,
  type IntakeSummaryDto,
  intakeLimits,
  intakeStatus,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { IntakesTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { visibleIntake } from './governance-intake.access';
import { type CheckedDocument, checkDocument, storeDocument } from './governance-intake.documents';
import { toIntakeDto, toIntakeSummaryDto } from './governance-intake.mappers';
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

/** An intake with its thread, documents and linked system. */
export async function loadIntakeDto(db: Db, row: IntakesTable): Promise<IntakeDto> {
  const [messages, documents, system] = await Promise.all([
    q.listMessages(db, row.id),
    q.listIntakeDocuments(db, row.id),
    row.system_id ? q.findSystemSummary(db, row.system_id) : Promise.resolve(undefined),
  ]);
  return toIntakeDto(row, { messages, documents, system });
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
