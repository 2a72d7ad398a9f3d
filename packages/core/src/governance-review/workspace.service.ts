import type { AssignmentDto, AssignmentRecordInput, ConflictDeclareInput } from '@vigil/contracts';
import { appendAudit, diffFields } from '../audit/index';
import type { ReviewAssignmentsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { notifyUsers } from '../notifications/notifications.notify';
import { reviewClosed } from './assignments.service';
import { toAssignmentDto } from './review.mappers';
import * as q from './review.queries';

/**
 * Declares the reviewer's conflict of interest on their seat, with a note. From then on the
 * seat is excluded from the vote and cannot record a recommendation.
 * @throws DomainError not_found, forbidden (not the assigned reviewer), conflict (review closed),
 * version_conflict
 */
export async function declareConflict(
  deps: CoreDeps,
  actor: Actor,
  assignmentId: string,
  input: ConflictDeclareInput,
): Promise<AssignmentDto> {
  return deps.db.transaction().execute(async (trx) => {
    const seat = await ownSeat(trx, deps, actor, assignmentId, input.expectedVersion);
    const changes = { conflict_declared: 1, conflict_note: input.note, recommendation: null };
    return saveSeat(trx, deps, actor, seat, changes, 'governance_review.conflict_declared');
  });
}

/**
 * Saves the reviewer's findings, concerns, proposed conditions and recommendation; with `submit`
 * it also submits them (findings and a recommendation needed) and tells the office.
 * @throws DomainError not_found, forbidden (not the assigned reviewer), conflict (review closed,
 * a recommendation after declaring a conflict), validation_failed, version_conflict
 */
export async function recordReview(
  deps: CoreDeps,
  actor: Actor,
  assignmentId: string,
  input: AssignmentRecordInput,
): Promise<AssignmentDto> {
  return deps.db.transaction().execute(async (trx) => {
    const seat = await ownSeat(trx, deps, actor, assignmentId, input.expectedVersion);
    if (Number(seat.conflict_declared) === 1 && (input.recommendation !== null || input.submit)) {
      throw new DomainError(
        'conflict',
        'You declared a conflict of interest on this review, so you cannot record a recommendation',
        { details: [{ path: 'gate.no_conflict', message: 'a conflicted reviewer does not vote' }] },
      );
    }
    const findings = input.findings?.trim() ? input.findings.trim() : null;
    if (input.submit) requireSubmittable(findings, input.recommendation);
    const at = deps.clock.now().toISOString();
    const changes: Partial<ReviewAssignmentsTable> = {
      findings,
      concerns: input.concerns?.trim() ? input.concerns.trim() : null,
      proposed_conditions_json: JSON.stringify(input.proposedConditions),
      recommendation: input.recommendation,
      ...(input.submit && seat.submitted_at === null ? { submitted_at: at } : {}),
    };
    const action = input.submit ? 'governance_review.submitted' : 'governance_review.drafted';
    const dto = await saveSeat(trx, deps, actor, seat, changes, action);
    if (input.submit) await tellOffice(trx, deps, actor, seat);
    return dto;
  });
}

async function ownSeat(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  assignmentId: string,
  expectedVersion: number,
): Promise<ReviewAssignmentsTable> {
  const seat = await q.findAssignment(trx, assignmentId);
  if (!seat) throw new DomainError('not_found', 'No review assignment has this id');
  if (seat.reviewer_id !== actor.userId)
    throw new DomainError('forbidden', 'Only the assigned reviewer may record this review');
  const review = await q.lockReview(trx, deps.dialect, seat.review_id);
  if (!review || review.status !== 'open') throw reviewClosed();
  if (Number(seat.version) !== expectedVersion) throw stale(Number(seat.version));
  return seat;
}

async function saveSeat(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  seat: ReviewAssignmentsTable,
  changes: Partial<ReviewAssignmentsTable>,
  action: string,
): Promise<AssignmentDto> {
  const version = Number(seat.version);
  if (!(await q.updateAssignmentAtVersion(trx, seat.id, version, changes)))
    throw stale(version + 1);
  const after = { ...seat, ...changes, version: version + 1 };
  const { version: _v1, ...beforeFields } = seat;
  const { version: _v2, ...afterFields } = after;
  await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
    action,
    entityType: 'review_assignment',
    entityId: seat.id,
    changes: diffFields(beforeFields, afterFields),
  });
  const [reviewer] = await q.findPeople(trx, [seat.reviewer_id]);
  return toAssignmentDto(
    after,
    new Map([[seat.reviewer_id, reviewer?.display_name ?? actor.label]]),
  );
}

function requireSubmittable(findings: string | null, recommendation: string | null): void {
  const details = [
    ...(findings === null
      ? [{ path: 'body.findings', message: 'must not be empty to submit' }]
      : []),
    ...(recommendation === null
      ? [{ path: 'body.recommendation', message: 'is needed to submit' }]
      : []),
  ];
  if (details.length > 0)
    throw new DomainError(
      'validation_failed',
      'Findings and a recommendation are needed to submit',
      {
        details,
      },
    );
}

async function tellOffice(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  seat: ReviewAssignmentsTable,
): Promise<void> {
  const review = await q.findReview(trx, seat.review_id);
  if (!review?.opened_by_id) return;
  const systemName = (await q.findSystemName(trx, review.system_id)) ?? 'an AI system';
  await notifyUsers(trx, deps, [
    {
      userId: review.opened_by_id,
      kind: 'review_submitted',
      title: `${actor.label} submitted a review of ${systemName}`,
      body: `${actor.label} submitted their ${seat.discipline.replaceAll('_', ' ')} review of ${systemName}, round ${review.round}.`,
      link: `/governance/systems/${review.system_id}`,
      subjectType: 'governance_review',
      subjectId: review.id,
      exceptUserId: actor.userId,
    },
  ]);
}

function stale(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `This review was changed elsewhere (now at version ${current}); reload and try again`,
  );
}
