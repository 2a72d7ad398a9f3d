import type { AttendanceInput, MeetingDto } from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import * as q from './governance-committee.queries';
import { lockScheduledMeeting, meetingDtoOf } from './governance-committee.read';

/**
 * Records an active committee member as present, absent or excused at a scheduled meeting;
 * the meeting's quorum status follows (reached when those present are at least the quorum).
 * Recording the same status again changes nothing.
 * @throws DomainError not_found, conflict (meeting held or cancelled), validation_failed (not
 * an active committee member)
 */
export async function recordAttendance(
  deps: CoreDeps,
  actor: Actor,
  meetingId: string,
  userId: string,
  input: AttendanceInput,
): Promise<MeetingDto> {
  return deps.db.transaction().execute(async (trx) => {
    const meeting = await lockScheduledMeeting(trx, deps.dialect, meetingId, 'record attendance');
    const members = await q.listCommitteeMembers(trx, deps.dialect);
    if (!members.some((m) => m.id === userId))
      throw new DomainError('validation_failed', 'Attendance is recorded for committee members', {
        details: [{ path: 'params.userId', message: 'must be an active committee member' }],
      });
    const before = await q.findAttendance(trx, meetingId, userId);
    if (before?.status === input.status) return meetingDtoOf(trx, deps.dialect, meeting);
    const at = deps.clock.now();
    await q.saveAttendance(trx, {
      meeting_id: meetingId,
      user_id: userId,
      status: input.status,
      recorded_at: at.toISOString(),
    });
    await q.touchMeeting(trx, meetingId, at.toISOString());
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'committee_meeting.attendance_recorded',
      entityType: 'committee_meeting',
      entityId: meetingId,
      changes: {
        userId: { before: userId, after: userId },
        status: { before: before?.status ?? null, after: input.status },
      },
    });
    return meetingDtoOf(trx, deps.dialect, { ...meeting, updated_at: at.toISOString() });
  });
}
