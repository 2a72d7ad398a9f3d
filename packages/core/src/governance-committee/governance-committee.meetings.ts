import { randomUUID } from 'node:crypto';
import {
  type MeetingCancelInput,
  type MeetingCreateInput,
  type MeetingDto,
  type MeetingHeldInput,
  type MeetingListQuery,
  type MeetingMinutesInput,
  type MeetingSummaryDto,
  type MeetingUpdateInput,
  meetingTimesProblem,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { diffFields } from '../audit/audit.changes';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { defaultQuorum, toMeetingSummaryDto } from './governance-committee.mappers';
import { auditedFields, changeMeeting, tellCommittee } from './governance-committee.meeting-change';
import * as q from './governance-committee.queries';
import { loadMeeting, meetingDtoOf } from './governance-committee.read';

const utc = (iso: string) => new Date(iso).toISOString();

/**
 * Committee meetings, upcoming (not yet ended, soonest first) or past (latest first).
 */
export async function listCommitteeMeetings(
  deps: CoreDeps,
  query: MeetingListQuery,
): Promise<{ items: MeetingSummaryDto[]; total: number; page: number; pageSize: number }> {
  const now = deps.clock.now().toISOString();
  const rows = await q.listMeetings(deps.db, {
    when: query.when,
    now,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const agenda = new Map((await q.countAgendaItems(deps.db, ids)).map((r) => [r.meeting_id, r.n]));
  const present = new Map((await q.countPresent(deps.db, ids)).map((r) => [r.meeting_id, r.n]));
  const committeeSize = await q.countCommitteeMembers(deps.db, deps.dialect);
  return {
    items: rows.map((row) =>
      toMeetingSummaryDto(row, {
        present: Number(present.get(row.id) ?? 0),
        agendaItems: Number(agenda.get(row.id) ?? 0),
        committeeSize,
      }),
    ),
    total: await q.countMeetings(deps.db, query.when, now),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * One meeting with its agenda, attendance, quorum status and minutes.
 * @throws DomainError not_found
 */
export async function getCommitteeMeeting(deps: CoreDeps, id: string): Promise<MeetingDto> {
  return loadMeeting(deps.db, deps.dialect, id);
}

/**
 * Schedules a meeting. Without a quorum, a majority of the active committee members is needed.
 * Every active committee member is notified.
 */
export async function scheduleCommitteeMeeting(
  deps: CoreDeps,
  actor: Actor,
  input: MeetingCreateInput,
): Promise<MeetingDto> {
  return deps.db.transaction().execute(async (trx) => {
    const at = deps.clock.now();
    const members = await q.listCommitteeMembers(trx, deps.dialect);
    const row: CommitteeMeetingsTable = {
      id: randomUUID(),
      title: input.title,
      starts_at: utc(input.startsAt),
      ends_at: utc(input.endsAt),
      location: input.location,
      status: 'scheduled',
      quorum: input.quorum ?? defaultQuorum(members.length),
      minutes: null,
      created_by_id: actor.userId,
      created_at: at.toISOString(),
      updated_at: at.toISOString(),
      version: 1,
    };
    await q.insertMeeting(trx, row);
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'committee_meeting.scheduled',
      entityType: 'committee_meeting',
      entityId: row.id,
      changes: diffFields(null, auditedFields(row)),
    });
    await tellCommittee(trx, deps, actor, row, members, 'scheduled');
    return meetingDtoOf(trx, deps.dialect, row);
  });
}

/**
 * Changes the title, time, place or quorum of a scheduled meeting at the version read.
 * A change of time or place is sent to the committee.
 * @throws DomainError not_found, version_conflict, conflict (not scheduled), validation_failed
 */
export async function updateCommitteeMeeting(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: MeetingUpdateInput,
): Promise<MeetingDto> {
  return changeMeeting(deps, actor, id, input.expectedVersion, 'be changed', (row) => {
    const next = {
      title: input.title ?? row.title,
      starts_at: input.startsAt === undefined ? row.starts_at : utc(input.startsAt),
      ends_at: input.endsAt === undefined ? row.ends_at : utc(input.endsAt),
      location: input.location ?? row.location,
      quorum: input.quorum ?? Number(row.quorum),
    };
    const problem = meetingTimesProblem(next.starts_at, next.ends_at);
    if (problem)
      throw new DomainError('validation_failed', `The end ${problem}`, {
        details: [{ path: 'body.endsAt', message: problem }],
      });
    const moved =
      next.starts_at !== row.starts_at ||
      next.ends_at !== row.ends_at ||
      next.location !== row.location;
    return { changes: next, action: 'updated', notify: moved ? 'moved' : null };
  });
}

/**
 * Cancels a scheduled meeting; the committee is told and the calendar entry turns cancelled.
 * @throws DomainError not_found, version_conflict, conflict (not scheduled)
 */
export async function cancelCommitteeMeeting(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: MeetingCancelInput,
): Promise<MeetingDto> {
  return changeMeeting(deps, actor, id, input.expectedVersion, 'be cancelled', () => ({
    changes: { status: 'cancelled' },
    action: 'cancelled',
    notify: 'cancelled',
    extra: input.reason ? { reason: { before: null, after: input.reason } } : undefined,
  }));
}

/**
 * Marks a meeting held once it has started; from then on its minutes are locked.
 * @throws DomainError not_found, version_conflict, conflict (not scheduled, or not started yet)
 */
export async function markCommitteeMeetingHeld(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: MeetingHeldInput,
): Promise<MeetingDto> {
  return changeMeeting(deps, actor, id, input.expectedVersion, 'be marked held', (row) => {
    if (row.starts_at > deps.clock.now().toISOString())
      throw new DomainError('conflict', 'This meeting has not started yet; it cannot be held');
    return { changes: { status: 'held' }, action: 'held', notify: null };
  });
}

/**
 * Saves the minutes of a meeting that is not yet held; every edit is in the audit trail.
 * @throws DomainError not_found, version_conflict, conflict (held or cancelled: minutes locked)
 */
export async function saveMeetingMinutes(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: MeetingMinutesInput,
): Promise<MeetingDto> {
  const minutes = input.minutes.trim() === '' ? null : input.minutes;
  return changeMeeting(deps, actor, id, input.expectedVersion, 'have its minutes edited', () => ({
    changes: { minutes },
    action: 'minutes_updated',
    notify: null,
  }));
}
