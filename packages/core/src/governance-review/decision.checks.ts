import {
  type ConditionInput,
  type DecisionOutcome,
  type FieldError,
  type PathwayRules,
  type ReviewReadiness,
  disciplineLabels,
} from '@vigil/contracts';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { Db } from '../deps';
import { DomainError } from '../errors';
import * as dq from './decision.queries';
import { findPeople } from './review.queries';

const approvals: readonly DecisionOutcome[] = [
  'approved',
  'approved_with_conditions',
  'approved_for_pilot',
];

export function isApproval(outcome: DecisionOutcome): boolean {
  return approvals.includes(outcome);
}

/**
 * Conditions belong to approvals, approval with conditions needs at least one, and every owner
 * is an active user. Returns the owners' names.
 * @throws DomainError validation_failed naming each offending field
 */
export async function checkConditions(
  db: Db,
  outcome: DecisionOutcome,
  conditions: readonly Required<ConditionInput>[],
): Promise<Map<string, string>> {
  if (outcome === 'approved_with_conditions' && conditions.length === 0)
    throw invalid('conditions', 'approval with conditions needs at least one condition');
  if (!isApproval(outcome) && conditions.length > 0)
    throw invalid('conditions', 'only an approval carries conditions');
  const people = await findPeople(
    db,
    conditions.map((c) => c.ownerId),
  );
  const active = new Map(
    people.filter((p) => Number(p.is_active) === 1).map((p) => [p.id, p.display_name]),
  );
  const details = conditions.flatMap((c, i) =>
    active.has(c.ownerId)
      ? []
      : [{ path: `body.conditions.${i}.ownerId`, message: 'is not an active user' }],
  );
  if (details.length > 0)
    throw new DomainError('validation_failed', 'Every condition needs an active owner', {
      details,
    });
  return active;
}

/** What is missing before a review may be decided: quorum and disciplines. */
export function readinessGaps(readiness: ReviewReadiness): FieldError[] {
  return [
    ...(readiness.quorumMet
      ? []
      : [
          {
            path: 'gate.quorum',
            message: `${readiness.eligibleRecommendations} of ${readiness.quorum} eligible recommendations submitted`,
          },
        ]),
    ...readiness.missingDisciplines.map((d) => ({
      path: `gate.discipline.${d}`,
      message: `no unconflicted submitted review from ${disciplineLabels[d]}`,
    })),
  ];
}

export interface MeetingChoice {
  meetingId?: string | undefined;
  agendaItemId?: string | undefined;
}

/**
 * Checks the meeting a decision is taken at: required for pathways decided at meetings, not
 * cancelled, quorate, with an undecided agenda item for this review. Gaps are returned for the
 * caller's one 409; malformed references throw.
 * @throws DomainError validation_failed (unknown meeting or agenda item)
 */
export async function meetingGaps(
  db: Db,
  reviewId: string,
  rules: PathwayRules,
  choice: MeetingChoice,
): Promise<{ gaps: FieldError[]; meeting: CommitteeMeetingsTable | null }> {
  if (choice.meetingId === undefined) {
    if (choice.agendaItemId !== undefined)
      throw invalid('agendaItemId', 'needs the meetingId of its meeting');
    return {
      gaps: rules.decidedAtMeeting
        ? [{ path: 'gate.meeting', message: 'this pathway is decided at a committee meeting' }]
        : [],
      meeting: null,
    };
  }
  const meeting = await dq.findMeeting(db, choice.meetingId);
  if (!meeting) throw invalid('meetingId', 'is not a committee meeting');
  if (choice.agendaItemId === undefined) throw invalid('agendaItemId', 'is needed with a meeting');
  const item = await dq.findAgendaItem(db, choice.agendaItemId);
  if (!item || item.meeting_id !== meeting.id)
    throw invalid('agendaItemId', 'is not an item of this meeting');
  if (item.review_id !== reviewId) throw invalid('agendaItemId', 'is not about this review');
  const gaps: FieldError[] = [];
  if (meeting.status === 'cancelled')
    gaps.push({ path: 'gate.meeting', message: 'the meeting was cancelled' });
  const present = await dq.presentAtMeeting(db, meeting.id);
  const needed = Math.max(Number(meeting.quorum), rules.quorum);
  if (present < needed)
    gaps.push({
      path: 'gate.meeting_quorum',
      message: `${present} present at the meeting, ${needed} needed`,
    });
  if (item.decision_id !== null)
    gaps.push({ path: 'gate.agenda_item', message: 'the agenda item already has a decision' });
  return { gaps, meeting };
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('validation_failed', `The decision is not valid: ${field} ${message}`, {
    details: [{ path: `body.${field}`, message }],
  });
}
