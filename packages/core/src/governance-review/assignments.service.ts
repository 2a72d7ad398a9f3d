import { randomUUID } from 'node:crypto';
import {
  type AssignmentCreateInput,
  type AssignmentDto,
  type ReviewerCandidateDto,
  disciplineLabels,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { parseDisciplines, parseRoles } from '../accounts/accounts.mappers';
import { isUniqueViolation } from '../db/dialect';
import type { ReviewAssignmentsTable } from '../db/schema';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { notifyUsers } from '../notifications/notifications.notify';
import { toAssignmentDto } from './review.mappers';
import * as q from './review.queries';

/** People who may sit on reviews: active committee members and the CAIO, by discipline. */
export async function listReviewerCandidates(
  deps: CoreDeps,
  query: { discipline?: ReviewerCandidateDto['disciplines'][number] },
): Promise<ReviewerCandidateDto[]> {
  return (await q.activeUsers(deps.db)).flatMap((u) => {
    const roles = parseRoles(u.roles_json);
    const disciplines = parseDisciplines(u.disciplines_json);
    if (!roles.some((r) => r === 'committee_member' || r === 'caio')) return [];
    if (query.discipline !== undefined && !disciplines.includes(query.discipline)) return [];
    return [{ id: u.id, displayName: u.display_name, email: u.email, disciplines }];
  });
}

/**
 * Seats a reviewer on an open review for one discipline they hold; they must be a committee
 * member or the CAIO. Tells them about it.
 * @throws DomainError not_found, validation_failed (not a reviewer, discipline not held),
 * conflict (review closed, already seated)
 */
export async function assignReviewer(
  deps: CoreDeps,
  actor: Actor,
  reviewId: string,
  input: AssignmentCreateInput,
): Promise<AssignmentDto> {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const review = await q.lockReview(trx, deps.dialect, reviewId);
      if (!review) throw new DomainError('not_found', 'No review has this id');
      if (review.status !== 'open') throw reviewClosed();
      const [person] = await q.findPeople(trx, [input.reviewerId]);
      if (!person || Number(person.is_active) !== 1)
        throw invalid('reviewerId', 'is not an active user');
      if (!parseRoles(person.roles_json).some((r) => r === 'committee_member' || r === 'caio'))
        throw invalid('reviewerId', 'must be a committee member or the CAIO');
      if (!parseDisciplines(person.disciplines_json).includes(input.discipline))
        throw invalid('discipline', `${person.display_name} does not hold this discipline`);
      const at = deps.clock.now();
      const row: ReviewAssignmentsTable = {
        id: randomUUID(),
        review_id: review.id,
        reviewer_id: person.id,
        discipline: input.discipline,
        assigned_at: at.toISOString(),
        conflict_declared: 0,
        conflict_note: null,
        findings: null,
        concerns: null,
        proposed_conditions_json: '[]',
        recommendation: null,
        submitted_at: null,
        version: 1,
      };
      await q.insertAssignment(trx, row);
      await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
        action: 'governance_review.reviewer_assigned',
        entityType: 'governance_review',
        entityId: review.id,
        changes: {
          assignmentId: { before: null, after: row.id },
          reviewerId: { before: null, after: person.id },
          discipline: { before: null, after: row.discipline },
        },
      });
      const systemName = (await q.findSystemName(trx, review.system_id)) ?? 'an AI system';
      await notifyUsers(trx, deps, [
        {
          userId: person.id,
          kind: 'review_assigned',
          title: `Review ${systemName} (${disciplineLabels[input.discipline]})`,
          body: `You are asked to review ${systemName}, round ${review.round}, for ${disciplineLabels[input.discipline]}.${review.due_at ? ` The review is due ${review.due_at.slice(0, 10)}.` : ''}`,
          link: `/governance/systems/${review.system_id}`,
          subjectType: 'governance_review',
          subjectId: review.id,
          exceptUserId: actor.userId,
        },
      ]);
      return toAssignmentDto(row, new Map([[person.id, person.display_name]]));
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('conflict', 'This person already reviews this round', {
        details: [{ path: 'body.reviewerId', message: 'is already assigned' }],
      });
    }
    throw error;
  }
}

/**
 * Removes a reviewer who has not submitted yet from an open review.
 * @throws DomainError not_found, conflict (submitted already, review closed)
 */
export async function unassignReviewer(
  deps: CoreDeps,
  actor: Actor,
  reviewId: string,
  assignmentId: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const review = await q.lockReview(trx, deps.dialect, reviewId);
    const seat = await q.findAssignment(trx, assignmentId);
    if (!review || !seat || seat.review_id !== review.id)
      throw new DomainError('not_found', 'This review has no such assignment');
    if (review.status !== 'open') throw reviewClosed();
    if (!(await q.deleteUnsubmittedAssignment(trx, seat.id))) {
      throw new DomainError('conflict', 'This reviewer has already submitted their review', {
        details: [{ path: 'params.assignmentId', message: 'is submitted' }],
      });
    }
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'governance_review.reviewer_unassigned',
      entityType: 'governance_review',
      entityId: review.id,
      changes: {
        assignmentId: { before: seat.id, after: null },
        reviewerId: { before: seat.reviewer_id, after: null },
        discipline: { before: seat.discipline, after: null },
      },
    });
  });
}

export function reviewClosed(): DomainError {
  return new DomainError('conflict', 'This review is no longer open', {
    details: [{ path: 'gate.review_open', message: 'the review is decided or withdrawn' }],
  });
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('validation_failed', `The reviewer cannot be assigned: ${message}`, {
    details: [{ path: `body.${field}`, message }],
  });
}
