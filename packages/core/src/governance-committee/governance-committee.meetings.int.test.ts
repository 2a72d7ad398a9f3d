import type { UserDto } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../deps';
import { isDomainError } from '../errors';
import {
  addAgendaItem,
  cancelCommitteeMeeting,
  getCommitteeMeeting,
  listCommitteeMeetings,
  markCommitteeMeetingHeld,
  recordAttendance,
  saveMeetingMinutes,
  scheduleCommitteeMeeting,
  updateCommitteeMeeting,
} from './index';

const office = systemActor('office');
const hour = 3_600_000;

describe.each(await dialectsUnderTest())('committee meetings on %s', (dialect) => {
  let core: TestCore;
  let members: UserDto[];
  beforeEach(async () => {
    core = await createTestCore(dialect);
    members = [];
    for (let i = 0; i < 5; i += 1)
      members.push(
        await makeUser(core, { roles: ['committee_member'], disciplines: ['clinical'] }),
      );
    const leaver = await makeUser(core, { roles: ['committee_member'] });
    await core.db.updateTable('users').set({ is_active: 0 }).where('id', '=', leaver.id).execute();
    await makeUser(core, { roles: ['caio'] });
  });
  afterEach(async () => {
    await core.close();
  });

  const inHours = (h: number) => new Date(core.clock.now().getTime() + h * hour).toISOString();
  const schedule = (overrides: { quorum?: number; startsIn?: number } = {}) =>
    scheduleCommitteeMeeting(core, office, {
      title: 'AI governance committee',
      startsAt: inHours(overrides.startsIn ?? 48),
      endsAt: inHours((overrides.startsIn ?? 48) + 1.5),
      location: 'Board room 2',
      ...(overrides.quorum === undefined ? {} : { quorum: overrides.quorum }),
    });
  const rejects = async (promise: Promise<unknown>, code: string) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDomainError(error) ? error.code : error).toBe(code);
  };

  it('defaults the quorum to a majority of active committee members', async () => {
    const meeting = await schedule();
    expect(meeting.quorum).toEqual({ required: 3, present: 0, reached: false, committeeSize: 5 });
    expect(meeting.attendance.map((a) => a.userId).sort()).toEqual(members.map((m) => m.id).sort());
    expect(meeting.attendance.every((a) => a.status === null)).toBe(true);
  });

  it('keeps a quorum the office sets', async () => {
    expect((await schedule({ quorum: 2 })).quorum.required).toBe(2);
  });

  it('tells every active committee member that a meeting is scheduled', async () => {
    const meeting = await schedule();
    const notices = await core.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'link'])
      .execute();
    expect(notices.map((n) => n.user_id).sort()).toEqual(members.map((m) => m.id).sort());
    expect(new Set(notices.map((n) => n.kind))).toEqual(new Set(['meeting_scheduled']));
    expect(notices[0]?.link).toBe(`/governance/meetings/${meeting.id}`);
  });

  it('reaches quorum when the members present are at least the quorum', async () => {
    const meeting = await schedule();
    const [a, b, c, d] = members.map((m) => m.id);
    if (!a || !b || !c || !d) throw new Error('members missing');
    await recordAttendance(core, office, meeting.id, a, { status: 'present' });
    await recordAttendance(core, office, meeting.id, b, { status: 'present' });
    await recordAttendance(core, office, meeting.id, d, { status: 'excused' });
    let now = await getCommitteeMeeting(core, meeting.id);
    expect(now.quorum).toMatchObject({ present: 2, reached: false });
    await recordAttendance(core, office, meeting.id, c, { status: 'present' });
    now = await getCommitteeMeeting(core, meeting.id);
    expect(now.quorum).toMatchObject({ present: 3, reached: true });
    await recordAttendance(core, office, meeting.id, c, { status: 'absent' });
    expect((await getCommitteeMeeting(core, meeting.id)).quorum.reached).toBe(false);
  });

  it('records attendance only for active committee members', async () => {
    const meeting = await schedule();
    const staff = await makeUser(core, { roles: ['staff'] });
    await rejects(
      recordAttendance(core, office, meeting.id, staff.id, { status: 'present' }),
      'validation_failed',
    );
  });

  it('counts the quorum in the meeting list too', async () => {
    const meeting = await schedule();
    const first = members[0];
    if (!first) throw new Error('no member');
    await recordAttendance(core, office, meeting.id, first.id, { status: 'present' });
    const list = await listCommitteeMeetings(core, { when: 'upcoming', page: 1, pageSize: 50 });
    expect(list.items).toMatchObject([{ id: meeting.id, quorum: { present: 1, required: 3 } }]);
    expect(list.total).toBe(1);
    expect((await listCommitteeMeetings(core, { when: 'past', page: 1, pageSize: 50 })).total).toBe(
      0,
    );
  });

  it('locks the minutes once the meeting is held, and audits every edit', async () => {
    const meeting = await schedule({ startsIn: -1 });
    const drafted = await saveMeetingMinutes(core, office, meeting.id, {
      minutes: 'Draft: quorum reached.',
      expectedVersion: meeting.version,
    });
    expect(drafted).toMatchObject({ minutes: 'Draft: quorum reached.', minutesLocked: false });
    const held = await markCommitteeMeetingHeld(core, office, meeting.id, {
      expectedVersion: drafted.version,
    });
    expect(held).toMatchObject({ status: 'held', minutesLocked: true });
    await rejects(
      saveMeetingMinutes(core, office, meeting.id, {
        minutes: 'Rewritten afterwards',
        expectedVersion: held.version,
      }),
      'conflict',
    );
    expect((await getCommitteeMeeting(core, meeting.id)).minutes).toBe('Draft: quorum reached.');
    const audit = await core.db
      .selectFrom('audit_log')
      .select(['action', 'changes_json'])
      .where('entity_id', '=', meeting.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'committee_meeting.scheduled',
      'committee_meeting.minutes_updated',
      'committee_meeting.held',
    ]);
    expect(JSON.parse(audit[1]?.changes_json ?? '{}')).toEqual({
      minutes: { before: null, after: 'Draft: quorum reached.' },
    });
  });

  it('refuses to mark a meeting held before it starts', async () => {
    const meeting = await schedule();
    await rejects(
      markCommitteeMeetingHeld(core, office, meeting.id, { expectedVersion: 1 }),
      'conflict',
    );
  });

  it('refuses a stale version and changes nothing', async () => {
    const meeting = await schedule();
    await updateCommitteeMeeting(core, office, meeting.id, {
      location: 'Room 4',
      expectedVersion: 1,
    });
    await rejects(
      updateCommitteeMeeting(core, office, meeting.id, { title: 'Late', expectedVersion: 1 }),
      'version_conflict',
    );
    expect(await getCommitteeMeeting(core, meeting.id)).toMatchObject({
      title: 'AI governance committee',
      location: 'Room 4',
      version: 2,
    });
  });

  it('refuses an end before the start on an edit, naming the field', async () => {
    const meeting = await schedule();
    const error = await updateCommitteeMeeting(core, office, meeting.id, {
      endsAt: inHours(47),
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect(isDomainError(error, 'validation_failed') && error.details).toEqual([
      { path: 'body.endsAt', message: 'must be after the start' },
    ]);
  });

  it('freezes a cancelled meeting: no attendance, agenda or second cancel', async () => {
    const meeting = await schedule();
    const cancelled = await cancelCommitteeMeeting(core, office, meeting.id, {
      expectedVersion: 1,
      reason: 'Room unavailable',
    });
    expect(cancelled.status).toBe('cancelled');
    const first = members[0];
    if (!first) throw new Error('no member');
    await rejects(
      recordAttendance(core, office, meeting.id, first.id, { status: 'present' }),
      'conflict',
    );
    await rejects(addAgendaItem(core, office, meeting.id, { title: 'AOB' }), 'conflict');
    await rejects(
      cancelCommitteeMeeting(core, office, meeting.id, { expectedVersion: cancelled.version }),
      'conflict',
    );
  });

  it('answers not_found for a meeting that does not exist', async () => {
    await rejects(getCommitteeMeeting(core, '00000000-0000-4000-8000-000000000000'), 'not_found');
  });
});
