import type { AttendeeDto, MeetingDto } from '@vigil/contracts';
import type { DialectName } from '../db/config';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { Db } from '../deps';
import { DomainError } from '../errors';
import { toAgendaItemDto, toAttendeeDto, toMeetingDto } from './governance-committee.mappers';
import * as aq from './governance-committee.agenda.queries';
import * as q from './governance-committee.queries';

/**
 * A meeting as the meeting page shows it: the agenda in order, and every active committee
 * member with what was recorded for them (plus anyone recorded who has since left).
 * @throws DomainError not_found
 */
export async function loadMeeting(db: Db, dialect: DialectName, id: string): Promise<MeetingDto> {
  const row = await q.findMeeting(db, id);
  if (!row) throw noMeeting();
  return meetingDtoOf(db, dialect, row);
}

export async function meetingDtoOf(
  db: Db,
  dialect: DialectName,
  row: CommitteeMeetingsTable,
): Promise<MeetingDto> {
  const agenda = await aq.listAgenda(db, [row.id]);
  const members = await q.listCommitteeMembers(db, dialect);
  const recorded = await q.listAttendance(db, row.id);
  const byUser = new Map(recorded.map((r) => [r.user_id, r]));
  const memberIds = new Set(members.map((m) => m.id));
  const attendance: AttendeeDto[] = [
    ...members.map((m) =>
      toAttendeeDto({
        userId: m.id,
        displayName: m.display_name,
        disciplinesJson: m.disciplines_json,
        isCommitteeMember: true,
        status: byUser.get(m.id)?.status ?? null,
        recordedAt: byUser.get(m.id)?.recorded_at ?? null,
      }),
    ),
    ...recorded
      .filter((r) => !memberIds.has(r.user_id))
      .sort((a, b) => a.display_name.localeCompare(b.display_name))
      .map((r) =>
        toAttendeeDto({
          userId: r.user_id,
          displayName: r.display_name,
          disciplinesJson: r.disciplines_json,
          isCommitteeMember: false,
          status: r.status,
          recordedAt: r.recorded_at,
        }),
      ),
  ];
  return toMeetingDto(row, agenda.map(toAgendaItemDto), attendance, members.length);
}

/**
 * The meeting row locked for a change that needs it still scheduled.
 * @throws DomainError not_found, conflict (held or cancelled)
 */
export async function lockScheduledMeeting(
  trx: Db,
  dialect: DialectName,
  id: string,
  doing: string,
): Promise<CommitteeMeetingsTable> {
  const row = await q.lockMeeting(trx, dialect, id);
  if (!row) throw noMeeting();
  requireScheduled(row, doing);
  return row;
}

/** @throws DomainError conflict when the meeting is held or cancelled */
export function requireScheduled(row: CommitteeMeetingsTable, doing: string): void {
  if (row.status !== 'scheduled')
    throw new DomainError(
      'conflict',
      `This meeting is ${row.status}; only a scheduled meeting can ${doing}`,
    );
}

export function noMeeting(): DomainError {
  return new DomainError('not_found', 'No committee meeting has this id');
}

export function staleMeeting(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `This meeting was changed by someone else (now at version ${current}); reload and try again`,
  );
}
