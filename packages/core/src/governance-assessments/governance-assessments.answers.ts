import type { AnswerInput, AssessmentAnswerDto } from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { notifyUsers } from '../notifications/index';
import * as eq from './governance-assessments.evidence.queries';
import { mappedItemsOf } from './governance-assessments.frameworks';
import { toAnswerDto, toEvidenceDto } from './governance-assessments.mappers';
import * as q from './governance-assessments.queries';
import {
  type ItemRef,
  assessmentLink,
  noAssessment,
  requireItem,
  requireWritable,
  staleVersion,
} from './governance-assessments.rules';

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
