import type {
  CrosswalkApplyInput,
  CrosswalkApplyResultDto,
  CrosswalkDto,
  CrosswalkSuggestionDto,
  FieldError,
} from '@vigil/contracts';
import { appendAuditBatch } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { AssessmentEvidenceLinksTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import * as eq from './governance-assessments.evidence.queries';
import { type MappedItem, frameworkOf, mappedItemsOf } from './governance-assessments.frameworks';
import { asAnswerStatus } from './governance-assessments.mappers';
import * as q from './governance-assessments.queries';
import {
  type ItemRef,
  noAssessment,
  requireItem,
  requireWritable,
} from './governance-assessments.rules';

/**
 * What else an item's evidence could satisfy: each mapped item of another framework, with the
 * in-progress assessment of the same subject (system or institution) it sits in, if any, and
 * the evidence of this item it does not cite yet.
 * @throws DomainError not_found, validation_failed (params.itemKey)
 */
export async function getCrosswalk(deps: CoreDeps, ref: ItemRef): Promise<CrosswalkDto> {
  const assessment = await q.findAssessment(deps.db, ref.assessmentId);
  if (!assessment) throw noAssessment();
  requireItem(assessment, ref.itemKey);
  const evidenceIds = await eq.evidenceIdsOfItem(deps.db, ref.assessmentId, ref.itemKey);
  const suggestions = await suggestionsFor(deps.db, assessment, ref.itemKey, evidenceIds);
  return { itemKey: ref.itemKey, evidenceCount: evidenceIds.length, suggestions };
}

async function suggestionsFor(
  db: Db,
  assessment: q.AssessmentRow,
  itemKey: string,
  evidenceIds: readonly string[],
): Promise<CrosswalkSuggestionDto[]> {
  const mapped = mappedItemsOf(itemKey);
  const others = (await q.inProgressOfSubject(db, assessment.subject_key)).filter(
    (a) => a.id !== assessment.id,
  );
  const byFramework = new Map(others.map((a) => [a.framework_key, a]));
  const linked = await eq.existingLinks(
    db,
    others.map((a) => a.id),
    evidenceIds,
  );
  const suggestions: CrosswalkSuggestionDto[] = [];
  for (const m of mapped) {
    const target = byFramework.get(m.frameworkKey);
    const answer = target ? await q.findAnswer(db, target.id, m.item.key) : undefined;
    suggestions.push({
      ...describe(m),
      assessmentId: target?.id ?? null,
      assessmentTitle: target?.title ?? null,
      status: answer ? asAnswerStatus(answer.status) : null,
      missingEvidenceIds: target
        ? evidenceIds.filter((id) => !linked.has(eq.linkKey(target.id, m.item.key, id)))
        : [],
    });
  }
  return suggestions;
}

function describe(m: MappedItem) {
  return {
    mappingKey: m.mapping.key,
    topic: m.mapping.topic,
    rationale: m.mapping.rationale,
    frameworkKey: m.frameworkKey,
    frameworkTitle: frameworkOf(m.frameworkKey).summary.shortTitle,
    itemKey: m.item.key,
    itemRef: m.item.ref,
    itemText: m.item.text,
  };
}

/**
 * Applies an item's evidence to mapped items in other in-progress assessments of the same
 * subject: each target cites every piece of the item's evidence it did not cite yet. Answers
 * keep their status; their owners judge whether the evidence is enough.
 * @throws DomainError not_found, validation_failed (params.itemKey; body.targets.N.* naming an
 * item that is not mapped or an assessment of another subject or framework), conflict (the
 * assessment or a target is not in progress, the item has no evidence, or every target
 * already cites all of it)
 */
export async function applyCrosswalk(
  deps: CoreDeps,
  actor: Actor,
  ref: ItemRef,
  input: CrosswalkApplyInput,
): Promise<CrosswalkApplyResultDto> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const source = await requireWritable(trx, deps.dialect, ref.assessmentId);
      const item = requireItem(source, ref.itemKey);
      const evidenceIds = await eq.evidenceIdsOfItem(trx, ref.assessmentId, ref.itemKey);
      if (evidenceIds.length === 0)
        throw new DomainError('conflict', `${item.ref} has no evidence to apply yet`);
      const targets = await checkTargets(trx, deps, source.subject_key, ref, input);
      const linked = await eq.existingLinks(
        trx,
        targets.map((t) => t.assessmentId),
        evidenceIds,
      );
      const at = deps.clock.now().toISOString();
      const results = [];
      const rows: AssessmentEvidenceLinksTable[] = [];
      for (const target of targets) {
        const missing = evidenceIds.filter(
          (id) => !linked.has(eq.linkKey(target.assessmentId, target.itemKey, id)),
        );
        for (const evidenceId of missing)
          rows.push({
            evidence_id: evidenceId,
            assessment_id: target.assessmentId,
            item_key: target.itemKey,
            linked_by_id: actor.userId,
            linked_by_label: actor.label,
            linked_at: at,
          });
        results.push({ ...target, linked: missing.length });
      }
      if (rows.length === 0)
        throw new DomainError('conflict', 'The mapped items already cite all of this evidence');
      await eq.insertEvidenceLinks(trx, rows);
      for (const target of new Set(results.filter((r) => r.linked > 0).map((r) => r.assessmentId)))
        await q.touchAssessment(trx, target, at);
      await appendAuditBatch(
        trx,
        { dialect: deps.dialect, at: deps.clock.now() },
        actor,
        results
          .filter((r) => r.linked > 0)
          .map((r) => ({
            action: 'assessment.crosswalk_applied',
            entityType: 'framework_assessment',
            entityId: r.assessmentId,
            changes: {
              itemKey: { before: r.itemKey, after: r.itemKey },
              fromAssessmentId: { before: null, after: ref.assessmentId },
              fromItemKey: { before: null, after: ref.itemKey },
              evidenceLinked: { before: 0, after: r.linked },
            },
          })),
      );
      return { linked: rows.length, targets: results };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError('conflict', 'Someone applied this evidence at the same time');
    throw error;
  }
}

/**
 * The targets, each a mapped item in an in-progress assessment of the same subject.
 * @throws DomainError validation_failed naming each bad target, conflict (target not in progress)
 */
async function checkTargets(
  db: Db,
  deps: CoreDeps,
  subjectKey: string,
  ref: ItemRef,
  input: CrosswalkApplyInput,
): Promise<{ assessmentId: string; itemKey: string }[]> {
  const mapped = new Map(mappedItemsOf(ref.itemKey).map((m) => [m.item.key, m]));
  const errors: FieldError[] = [];
  const targets: { assessmentId: string; itemKey: string }[] = [];
  const seen = new Set<string>();
  for (const [index, target] of input.targets.entries()) {
    const path = `body.targets.${index}`;
    const m = mapped.get(target.itemKey);
    if (!m) {
      errors.push({ path: `${path}.itemKey`, message: `is not mapped from ${ref.itemKey}` });
      continue;
    }
    const row = await q.lockAssessment(db, deps.dialect, target.assessmentId);
    if (!row || row.subject_key !== subjectKey || row.framework_key !== m.frameworkKey) {
      errors.push({
        path: `${path}.assessmentId`,
        message: `is not an assessment of the same subject against ${frameworkOf(m.frameworkKey).summary.shortTitle}`,
      });
      continue;
    }
    if (row.status !== 'in_progress')
      throw new DomainError('conflict', `${row.title} is not in progress; reopen it first`);
    const key = `${target.assessmentId}|${target.itemKey}`;
    if (!seen.has(key)) targets.push(target);
    seen.add(key);
  }
  if (errors.length > 0)
    throw new DomainError('validation_failed', 'Some targets are not mapped items', {
      details: errors,
    });
  return targets;
}
