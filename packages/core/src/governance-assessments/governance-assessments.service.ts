import { randomUUID } from 'node:crypto';
import type {
  AnswerInput,
  AssessmentAnswerDto,
  AssessmentCreateInput,
  AssessmentDetailDto,
  AssessmentListQuery,
  AssessmentSummaryDto,
  AssessmentUpdateInput,
  FrameworkDto,
  FrameworkKey,
  FrameworkSummaryDto,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { FrameworkAssessmentsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { notifyUsers } from '../notifications/index';
import * as eq from './governance-assessments.evidence.queries';
import { allFrameworks, frameworkOf, mappedItemsOf } from './governance-assessments.frameworks';
import {
  countsByAssessment,
  emptyCounts,
  progressOf,
  toAnswerDto,
  toEvidenceDto,
  toSummaryDto,
} from './governance-assessments.mappers';
import * as q from './governance-assessments.queries';
import {
  type ItemRef,
  assessmentLink,
  noAssessment,
  requireItem,
  requireWritable,
  subjectKeyOf,
} from './governance-assessments.rules';

/** The frameworks an assessment can follow. */
export function listFrameworks(): FrameworkSummaryDto[] {
  return allFrameworks().map((f) => f.summary);
}

/** One framework with its groups and items. */
export function getFramework(key: FrameworkKey): FrameworkDto {
  return frameworkOf(key).dto;
}

/** Assessments with their progress, most recently changed first. */
export async function listAssessments(
  deps: CoreDeps,
  query: AssessmentListQuery,
): Promise<AssessmentSummaryDto[]> {
  const rows = await q.listAssessments(deps.db, query);
  return summariesOf(deps.db, rows);
}

/** Summaries with progress for assessment rows. */
export async function summariesOf(
  db: Db,
  rows: readonly q.AssessmentRow[],
): Promise<AssessmentSummaryDto[]> {
  const counts = countsByAssessment(
    await q.answerStatusCounts(
      db,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((row) => toSummaryDto(row, counts.get(row.id) ?? emptyCounts()));
}

/**
 * Starts an assessment of a system or the institution against the current version of a
 * framework, with every item unanswered.
 * @throws DomainError validation_failed (body.systemId names no AI system), conflict (an
 * assessment of the same subject against the framework is already in progress)
 */
export async function createAssessment(
  deps: CoreDeps,
  actor: Actor,
  input: AssessmentCreateInput,
): Promise<AssessmentSummaryDto> {
  const framework = frameworkOf(input.frameworkKey);
  const systemId = input.scope === 'system' ? (input.systemId ?? null) : null;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const system = systemId === null ? undefined : await q.findSystemBasics(trx, systemId);
      if (systemId !== null && !system)
        throw new DomainError('validation_failed', 'No AI system has this id', {
          details: [{ path: 'body.systemId', message: 'does not name an AI system' }],
        });
      const at = deps.clock.now();
      const row: FrameworkAssessmentsTable = {
        id: randomUUID(),
        framework_key: framework.summary.key,
        framework_version: framework.summary.version,
        scope: input.scope,
        system_id: systemId,
        subject_key: subjectKeyOf(systemId),
        title:
          input.title ??
          `${framework.summary.shortTitle}: ${system ? system.name : 'institution-wide'}`,
        status: 'in_progress',
        created_by_id: actor.userId,
        created_by_label: actor.label,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
        version: 1,
      };
      await q.insertAssessment(trx, row);
      await q.insertAnswers(
        trx,
        framework.dto.items.map((item, position) => ({
          assessment_id: row.id,
          item_key: item.key,
          position,
          status: 'unanswered',
          note: null,
          owner_id: null,
          updated_by_id: null,
          updated_by_label: null,
          updated_at: null,
          version: 1,
        })),
      );
      await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
        action: 'assessment.created',
        entityType: 'framework_assessment',
        entityId: row.id,
        changes: {
          framework: { before: null, after: `${row.framework_key} ${row.framework_version}` },
          scope: { before: null, after: row.scope },
          systemId: { before: null, after: row.system_id },
          title: { before: null, after: row.title },
        },
      });
      const counts = { ...emptyCounts(), unanswered: framework.dto.items.length };
      return toSummaryDto({ ...row, system_name: system?.name ?? null }, counts);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyInProgress(framework.summary.shortTitle);
    throw error;
  }
}

/**
 * An assessment with its framework, every answer with its evidence, and progress per group.
 * @throws DomainError not_found
 */
export async function getAssessment(deps: CoreDeps, id: string): Promise<AssessmentDetailDto> {
  const row = await q.findAssessment(deps.db, id);
  if (!row) throw noAssessment();
  const framework = frameworkOf(row.framework_key as FrameworkKey);
  const answers = await q.listAnswers(deps.db, id);
  const evidence = await eq.listAssessmentEvidence(deps.db, id);
  const evidenceByItem = new Map<string, ReturnType<typeof toEvidenceDto>[]>();
  for (const e of evidence) {
    const list = evidenceByItem.get(e.item_key) ?? [];
    list.push(toEvidenceDto(e));
    evidenceByItem.set(e.item_key, list);
  }
  const answerDtos = answers.map((a) =>
    toAnswerDto(a, evidenceByItem.get(a.item_key) ?? [], mappedItemsOf(a.item_key).length),
  );
  const statusByItem = new Map(answerDtos.map((a) => [a.itemKey, a.status]));
  const groups = framework.dto.groups.map((group) => {
    const inGroup = framework.dto.items.filter(
      (item) =>
        item.group === group.key || framework.groupsByKey.get(item.group)?.parent === group.key,
    );
    return {
      groupKey: group.key,
      progress: progressOf(inGroup.map((item) => statusByItem.get(item.key) ?? 'unanswered')),
    };
  });
  const [summary] = await summariesOf(deps.db, [row]);
  if (!summary) throw noAssessment();
  return { ...summary, framework: framework.dto, answers: answerDtos, groups };
}

/**
 * Renames an assessment or changes its status (complete, archive, reopen).
 * @throws DomainError not_found, version_conflict, conflict (reopening while another
 * assessment of the same subject and framework is in progress)
 */
export async function updateAssessment(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: AssessmentUpdateInput,
): Promise<AssessmentSummaryDto> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = await q.lockAssessment(trx, deps.dialect, id);
      if (!before) throw noAssessment();
      const changes = {
        ...(input.title !== undefined && input.title !== before.title
          ? { title: input.title }
          : {}),
        ...(input.status !== undefined && input.status !== before.status
          ? { status: input.status }
          : {}),
      };
      const at = deps.clock.now();
      const saved = await q.updateAssessmentRow(trx, id, input.expectedVersion, {
        ...changes,
        updated_at: at.toISOString(),
      });
      if (!saved) throw staleVersion('assessment');
      await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
        action: 'assessment.updated',
        entityType: 'framework_assessment',
        entityId: id,
        changes: Object.fromEntries(
          Object.entries(changes).map(([field, after]) => [
            field,
            { before: before[field as 'title' | 'status'], after },
          ]),
        ),
      });
      const row = await q.findAssessment(trx, id);
      if (!row) throw noAssessment();
      const [summary] = await summariesOf(trx, [row]);
      if (!summary) throw noAssessment();
      return summary;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw alreadyInProgress(
        frameworkTitleOf((await q.findAssessment(deps.db, id))?.framework_key),
      );
    throw error;
  }
}

/**
 * Answers one item: status, note and owner, if nobody saved it since `expectedVersion`.
 * A new owner other than the actor is notified.
 * @throws DomainError not_found, validation_failed (params.itemKey not in the framework,
 * body.ownerId not an active user), conflict (assessment not in progress), version_conflict
 */
export async function answerItem(
  deps: CoreDeps,
  actor: Actor,
  ref: ItemRef,
  input: AnswerInput,
): Promise<AssessmentAnswerDto> {
  return deps.db.transaction().execute(async (trx) => {
    const assessment = await requireWritable(trx, deps.dialect, ref.assessmentId);
    const item = requireItem(assessment, ref.itemKey);
    if (input.ownerId !== null && !(await q.isActiveUser(trx, input.ownerId)))
      throw new DomainError('validation_failed', 'The owner must be an active user', {
        details: [{ path: 'body.ownerId', message: 'does not name an active user' }],
      });
    const before = await q.findAnswer(trx, ref.assessmentId, ref.itemKey);
    if (!before) throw noAssessment();
    const at = deps.clock.now();
    const note = input.note ? input.note : null;
    const saved = await q.updateAnswer(
      trx,
      { ...ref, expectedVersion: input.expectedVersion },
      {
        status: input.status,
        note,
        owner_id: input.ownerId,
        updated_by_id: actor.userId,
        updated_by_label: actor.label,
        updated_at: at.toISOString(),
      },
    );
    if (!saved) throw staleVersion('answer');
    await q.touchAssessment(trx, ref.assessmentId, at.toISOString());
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'assessment.answered',
      entityType: 'framework_assessment',
      entityId: ref.assessmentId,
      changes: {
        itemKey: { before: ref.itemKey, after: ref.itemKey },
        ...(before.status !== input.status
          ? { status: { before: before.status, after: input.status } }
          : {}),
        ...(before.note !== note ? { note: { before: before.note, after: note } } : {}),
        ...(before.owner_id !== input.ownerId
          ? { ownerId: { before: before.owner_id, after: input.ownerId } }
          : {}),
      },
    });
    if (input.ownerId !== null && input.ownerId !== before.owner_id)
      await notifyUsers(trx, deps, [
        {
          userId: input.ownerId,
          kind: 'assessment_assigned',
          title: `You own ${item.ref} in ${assessment.title}`,
          body: `${actor.label} made you the owner of "${item.text}" (${item.ref}) in the assessment ${assessment.title}. Its answer is now ${input.status.replace('_', ' ')}.`,
          link: assessmentLink(ref.assessmentId, ref.itemKey),
          subjectType: 'framework_assessment',
          subjectId: ref.assessmentId,
          exceptUserId: actor.userId,
        },
      ]);
    const after = await q.findAnswer(trx, ref.assessmentId, ref.itemKey);
    if (!after) throw noAssessment();
    const evidence = await eq.listAssessmentEvidence(trx, ref.assessmentId, ref.itemKey);
    return toAnswerDto(after, evidence.map(toEvidenceDto), mappedItemsOf(ref.itemKey).length);
  });
}

function frameworkTitleOf(key: string | undefined): string {
  return allFrameworks().find((f) => f.summary.key === key)?.summary.shortTitle ?? 'this framework';
}

function alreadyInProgress(frameworkTitle: string): DomainError {
  return new DomainError(
    'conflict',
    `An assessment of this subject against ${frameworkTitle} is already in progress; continue that one, or complete or archive it first`,
  );
}

function staleVersion(what: string): DomainError {
  return new DomainError(
    'version_conflict',
    `Someone else changed this ${what} after you opened it; reload to see their changes`,
  );
}
