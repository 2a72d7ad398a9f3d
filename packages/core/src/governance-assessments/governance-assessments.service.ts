import { randomUUID } from 'node:crypto';
import type {
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
import { noAssessment, staleVersion, subjectKeyOf } from './governance-assessments.rules';

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

function frameworkTitleOf(key: string | undefined): string {
  return allFrameworks().find((f) => f.summary.key === key)?.summary.shortTitle ?? 'this framework';
}

function alreadyInProgress(frameworkTitle: string): DomainError {
  return new DomainError(
    'conflict',
    `An assessment of this subject against ${frameworkTitle} is already in progress; continue that one, or complete or archive it first`,
  );
}
