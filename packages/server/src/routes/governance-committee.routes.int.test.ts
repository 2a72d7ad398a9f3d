import { dialectsUnderTest, makeUser } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const base = '/api/v1/governance';
const hour = 3_600_000;

describe.each(await dialectsUnderTest())('governance committee routes on %s', (dialect) => {
  let t: TestApp;
  let caio: SignedIn;
  let member: SignedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    caio = await t.signInAs(['caio']);
    member = await t.signInAs(['committee_member']);
  });
  afterEach(async () => {
    await t.close();
  });

  const inHours = (h: number) => new Date(t.core.clock.now().getTime() + h * hour).toISOString();
  const meetingBody = (overrides: Record<string, unknown> = {}) => ({
    title: 'AI governance committee',
    startsAt: inHours(72),
    endsAt: inHours(73.5),
    location: 'Board room 2, 4th floor',
    ...overrides,
  });
  const schedule = async (overrides: Record<string, unknown> = {}) => {
    const response = await t.as(caio, {
      method: 'POST',
      url: `${base}/meetings`,
      payload: meetingBody(overrides),
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; version: number }>();
  };
  const createFeed = async (session: SignedIn) => {
    const response = await t.as(session, { method: 'POST', url: `${base}/calendar-feed` });
    expect(response.statusCode).toBe(201);
    return response.json<{ token: string; path: string }>();
  };
  const anonymous = (url: string) => t.app.inject({ method: 'GET', url });

  it('serves the personal feed without a session to the holder of a valid token', async () => {
    const meeting = await schedule();
    const feed = await createFeed(member);
    expect(feed.path).toBe(`${base}/calendar/${feed.token}/meetings.ics`);
    const response = await anonymous(feed.path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(response.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(response.body).toContain(`UID:${meeting.id}@vigil\r\n`);
    expect(response.body).toContain('LOCATION:Board room 2\\, 4th floor\r\n');
    const status = await t.as(member, { method: 'GET', url: `${base}/calendar-feed` });
    expect(status.json()).toMatchObject({
      active: true,
      lastUsedAt: t.core.clock.now().toISOString(),
    });
  });

  it('answers 404 for a wrong, malformed, replaced or revoked feed token', async () => {
    const first = await createFeed(member);
    const wrongSecret = first.token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await anonymous(`${base}/calendar/${wrongSecret}/meetings.ics`)).statusCode).toBe(404);
    expect((await anonymous(`${base}/calendar/not-a-token/meetings.ics`)).statusCode).toBe(404);

    const second = await createFeed(member);
    expect((await anonymous(first.path)).statusCode).toBe(404);
    expect((await anonymous(second.path)).statusCode).toBe(200);

    const revoked = await t.as(member, { method: 'DELETE', url: `${base}/calendar-feed` });
    expect(revoked.statusCode).toBe(204);
    const gone = await anonymous(second.path);
    expect(gone.statusCode).toBe(404);
    expect(gone.json()).toMatchObject({ code: 'not_found' });
  });

  it('stops a feed whose owner is deactivated', async () => {
    const user = await makeUser(t.core, { roles: ['committee_member'] });
    const feed = await createFeed(await t.signIn(user.email));
    await t.core.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
    expect((await anonymous(feed.path)).statusCode).toBe(404);
  });

  it('audits feed creation and rotation without the secret', async () => {
    const first = await createFeed(member);
    await createFeed(member);
    const rows = await t.core.db
      .selectFrom('audit_log')
      .select(['action', 'changes_json'])
      .where('action', 'like', 'calendar_feed.%')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['calendar_feed.created', 'calendar_feed.rotated']);
    const secret = first.token.split('_').at(-1) ?? '';
    expect(rows.some((r) => r.changes_json.includes(secret))).toBe(false);
  });

  it('downloads the meetings calendar for a signed-in reader, cancelled meetings marked', async () => {
    const meeting = await schedule();
    await t.as(caio, {
      method: 'POST',
      url: `${base}/meetings/${meeting.id}/cancel`,
      payload: { expectedVersion: meeting.version },
    });
    const all = await t.as(member, { method: 'GET', url: `${base}/meetings.ics` });
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-disposition']).toContain('committee-meetings.ics');
    expect(all.body).toContain('STATUS:CANCELLED\r\n');
    const one = await t.as(member, {
      method: 'GET',
      url: `${base}/meetings/${meeting.id}/calendar.ics`,
    });
    expect(one.statusCode).toBe(200);
    expect(one.body.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('lets committee members read meetings but only the office change them', async () => {
    const meeting = await schedule();
    expect(
      (await t.as(member, { method: 'GET', url: `${base}/meetings/${meeting.id}` })).statusCode,
    ).toBe(200);
    const refused = await t.as(member, {
      method: 'POST',
      url: `${base}/meetings`,
      payload: meetingBody(),
    });
    expect(refused.statusCode).toBe(403);
    const staff = await t.signInAs(['staff']);
    expect((await t.as(staff, { method: 'GET', url: `${base}/meetings` })).statusCode).toBe(403);
    expect((await t.as(staff, { method: 'GET', url: `${base}/dashboard` })).statusCode).toBe(403);
  });

  it('refuses a meeting that ends before it starts with 400 naming the field', async () => {
    const response = await t.as(caio, {
      method: 'POST',
      url: `${base}/meetings`,
      payload: meetingBody({ endsAt: inHours(71) }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'body.endsAt', message: 'must be after the start' }],
    });
  });

  it('refuses a blank title and an unknown attendance status with 400 naming the field', async () => {
    const blank = await t.as(caio, {
      method: 'POST',
      url: `${base}/meetings`,
      payload: meetingBody({ title: '  ' }),
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'body.title',
    ]);
    const meeting = await schedule();
    const bad = await t.as(caio, {
      method: 'PUT',
      url: `${base}/meetings/${meeting.id}/attendance/${member.userId}`,
      payload: { status: 'asleep' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'body.status',
    ]);
  });

  it('records attendance until quorum is reached', async () => {
    const meeting = await schedule({ quorum: 1 });
    const response = await t.as(caio, {
      method: 'PUT',
      url: `${base}/meetings/${meeting.id}/attendance/${member.userId}`,
      payload: { status: 'present' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ quorum: { required: 1, present: 1, reached: true } });
  });

  it('answers 409 for a stale minutes edit', async () => {
    const meeting = await schedule();
    const save = (expectedVersion: number) =>
      t.as(caio, {
        method: 'PUT',
        url: `${base}/meetings/${meeting.id}/minutes`,
        payload: { minutes: 'Quorum reached.', expectedVersion },
      });
    expect((await save(meeting.version)).statusCode).toBe(200);
    const stale = await save(meeting.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
  });
});
