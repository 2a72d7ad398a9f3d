import {
  type AgendaItemDto,
  type AttendeeDto,
  type MeetingDto,
  type MeetingQuorumDto,
  type MeetingSummaryDto,
  attendanceStatus,
  decisionOutcome,
  meetingStatus,
  reviewPathway,
  reviewStatus,
  riskTier,
} from '@vigil/contracts';
import { parseDisciplines } from '../accounts/accounts.mappers';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { AgendaRow } from './governance-committee.agenda.queries';

/** A majority of the committee: more than half, at least one. */
export function defaultQuorum(committeeSize: number): number {
  return Math.floor(Math.max(committeeSize, 0) / 2) + 1;
}

/** Quorum is reached when the members present are at least the meeting's quorum. */
export function quorumOf(
  required: number,
  present: number,
  committeeSize: number,
): MeetingQuorumDto {
  return { required, present, reached: present >= required, committeeSize };
}

export function toMeetingSummaryDto(
  row: CommitteeMeetingsTable,
  counts: { present: number; agendaItems: number; committeeSize: number },
): MeetingSummaryDto {
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    status: meetingStatus.parse(row.status),
    quorum: quorumOf(Number(row.quorum), counts.present, counts.committeeSize),
    agendaItemCount: counts.agendaItems,
    version: Number(row.version),
  };
}

export function toAgendaItemDto(row: AgendaRow): AgendaItemDto {
  const hasReview =
    row.review_id !== null && row.system_id !== null && row.opened_at !== null && row.tier !== null;
  return {
    id: row.id,
    position: Number(row.position),
    title: row.title,
    notes: row.notes,
    review: hasReview
      ? {
          id: row.review_id ?? '',
          systemId: row.system_id ?? '',
          systemName: row.system_name ?? 'Unknown system',
          round: Number(row.round),
          tier: riskTier.parse(row.tier),
          pathway: reviewPathway.parse(row.pathway),
          status: reviewStatus.parse(row.review_status),
          openedAt: row.opened_at ?? '',
          version: Number(row.review_version),
        }
      : null,
    decision:
      row.decision_id !== null && row.outcome !== null && row.decided_at !== null
        ? {
            id: row.decision_id,
            outcome: decisionOutcome.parse(row.outcome),
            decidedAt: row.decided_at,
            decidedByLabel: row.decided_by_label ?? '',
          }
        : null,
  };
}

export interface AttendeeSource {
  userId: string;
  displayName: string;
  disciplinesJson: string;
  isCommitteeMember: boolean;
  status: string | null;
  recordedAt: string | null;
}

export function toAttendeeDto(source: AttendeeSource): AttendeeDto {
  return {
    userId: source.userId,
    displayName: source.displayName,
    disciplines: parseDisciplines(source.disciplinesJson),
    isCommitteeMember: source.isCommitteeMember,
    status: source.status === null ? null : attendanceStatus.parse(source.status),
    recordedAt: source.recordedAt,
  };
}

export function toMeetingDto(
  row: CommitteeMeetingsTable,
  agenda: AgendaItemDto[],
  attendance: AttendeeDto[],
  committeeSize: number,
): MeetingDto {
  const present = attendance.filter((a) => a.status === 'present').length;
  return {
    ...toMeetingSummaryDto(row, { present, agendaItems: agenda.length, committeeSize }),
    minutes: row.minutes,
    minutesLocked: row.status !== 'scheduled',
    agenda,
    attendance,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
