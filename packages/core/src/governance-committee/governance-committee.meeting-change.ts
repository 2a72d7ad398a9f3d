import type { MeetingDto } from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { type FieldChanges, diffFields } from '../audit/audit.changes';
import type { CommitteeMeetingsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { notifyUsers } from '../notifications/index';
import * as q from './governance-committee.queries';
import {
  meetingDtoOf,
  noMeeting,
  requireScheduled,
  staleMeeting,
} from './governance-committee.read';

// How a scheduled meeting changes: versioned, audited and announced to the committee.

/** What one change does to a meeting: its new fields, audit action and who hears of it. */
export interface MeetingChange {
  changes: Partial<CommitteeMeetingsTable>;
  action: string;
  notify: 'moved' | 'cancelled' | null;
  extra?: FieldChanges | undefined;
}

/** One versioned change of a scheduled meeting, audited, in one transaction. */
export async function changeMeeting(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  expectedVersion: number,
  doing: string,
  plan: (row: CommitteeMeetingsTable) => MeetingChange,
): Promise<MeetingDto> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.lockMeeting(trx, deps.dialect, id);
    if (!row) throw noMeeting();
    if (Number(row.version) !== expectedVersion) throw staleMeeting(Number(row.version));
    requireScheduled(row, doing);
    const change = plan(row);
    const at = deps.clock.now();
    const after: CommitteeMeetingsTable = {
      ...row,
      ...change.changes,
      updated_at: at.toISOString(),
      version: expectedVersion + 1,
    };
    const changes = { ...diffFields(auditedFields(row), auditedFields(after)), ...change.extra };
    if (
      !(await q.updateMeetingAt(trx, id, expectedVersion, {
        ...change.changes,
        updated_at: after.updated_at,
      }))
    )
      throw staleMeeting(Number(row.version));
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: `committee_meeting.${change.action}`,
      entityType: 'committee_meeting',
      entityId: id,
      changes,
    });
    if (change.notify) {
      const members = await q.listCommitteeMembers(trx, deps.dialect);
      await tellCommittee(trx, deps, actor, after, members, change.notify);
    }
    return meetingDtoOf(trx, deps.dialect, after);
  });
}

/** The meeting fields the audit trail compares before and after a change. */
export function auditedFields(row: CommitteeMeetingsTable): Record<string, unknown> {
  return {
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    status: row.status,
    quorum: Number(row.quorum),
    minutes: row.minutes,
  };
}

const whenFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** Tells the committee members that a meeting was scheduled, moved or cancelled. */
export async function tellCommittee(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  row: CommitteeMeetingsTable,
  members: readonly { id: string }[],
  what: 'scheduled' | 'moved' | 'cancelled',
): Promise<void> {
  const when = `${whenFormat.format(new Date(row.starts_at))} UTC`;
  const title = {
    scheduled: `Committee meeting scheduled: ${row.title}`,
    moved: `Committee meeting changed: ${row.title}`,
    cancelled: `Committee meeting cancelled: ${row.title}`,
  }[what];
  const body = {
    scheduled: `${row.title} is scheduled for ${when} at ${row.location}. The agenda is on the meeting page.`,
    moved: `${row.title} is now on ${when} at ${row.location}.`,
    cancelled: `${row.title}, planned for ${when}, is cancelled.`,
  }[what];
  await notifyUsers(
    trx,
    deps,
    members.map((m) => ({
      userId: m.id,
      kind: 'meeting_scheduled' as const,
      title,
      body,
      link: `/governance/meetings/${row.id}`,
      subjectType: 'committee_meeting',
      subjectId: row.id,
      exceptUserId: actor.userId,
    })),
  );
}
