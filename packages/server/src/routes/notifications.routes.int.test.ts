import { notifyUsers } from '@vigil/core';
import { dialectsUnderTest } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

describe.each(await dialectsUnderTest())('notification routes on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  async function tell(session: SignedIn, titles: string[]): Promise<void> {
    for (const title of titles) {
      await t.core.db.transaction().execute((trx) =>
        notifyUsers(trx, t.core, [
          {
            userId: session.userId,
            kind: 'review_assigned',
            title,
            body: `${title}: please review.`,
            link: '/portfolio',
          },
        ]),
      );
      t.core.clock.advance(1000);
    }
  }

  const get = (session: SignedIn, url: string) => t.as(session, { method: 'GET', url });
  const post = (session: SignedIn, url: string) => t.as(session, { method: 'POST', url });

  it('lists your notifications newest first and filters the unread ones', async () => {
    const me = await t.signInAs(['committee_member']);
    await tell(me, ['First', 'Second']);
    const all = await get(me, '/api/v1/me/notifications');
    expect(all.statusCode).toBe(200);
    const body = all.json<{ total: number; items: { id: string; title: string }[] }>();
    expect(body.total).toBe(2);
    expect(body.items.map((i) => i.title)).toEqual(['Second', 'First']);

    expect((await post(me, `/api/v1/me/notifications/${body.items[1]?.id}/read`)).json()).toEqual(
      expect.objectContaining({ title: 'First', readAt: expect.any(String) as string }),
    );
    const unread = await get(me, '/api/v1/me/notifications?filter=unread&pageSize=10');
    expect(unread.json<{ items: { title: string }[] }>().items.map((i) => i.title)).toEqual([
      'Second',
    ]);
  });

  it('counts unread and marks all read', async () => {
    const me = await t.signInAs(['staff']);
    await tell(me, ['One', 'Two', 'Three']);
    expect((await get(me, '/api/v1/me/notifications/unread-count')).json()).toEqual({ unread: 3 });
    expect((await post(me, '/api/v1/me/notifications/read-all')).json()).toEqual({ marked: 3 });
    expect((await get(me, '/api/v1/me/notifications/unread-count')).json()).toEqual({ unread: 0 });
  });

  it('answers 404 for someone else’s notification and leaves it unread', async () => {
    const owner = await t.signInAs(['staff']);
    const other = await t.signInAs(['admin']);
    await tell(owner, ['Private']);
    const [item] = (await get(owner, '/api/v1/me/notifications')).json<{
      items: { id: string }[];
    }>().items;
    const response = await post(other, `/api/v1/me/notifications/${item?.id}/read`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
    expect((await get(other, '/api/v1/me/notifications')).json()).toMatchObject({ total: 0 });
    expect((await get(owner, '/api/v1/me/notifications/unread-count')).json()).toEqual({
      unread: 1,
    });
  });

  it('refuses an unknown filter and anonymous callers', async () => {
    const me = await t.signInAs(['staff']);
    expect((await get(me, '/api/v1/me/notifications?filter=starred')).statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('reads and saves your email preferences', async () => {
    const me = await t.signInAs(['caio']);
    expect((await get(me, '/api/v1/me/notification-preferences')).json()).toEqual({
      emailEnabled: true,
      dailyDigest: false,
      digestHourUtc: 7,
    });
    const saved = await t.as(me, {
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      payload: { emailEnabled: true, dailyDigest: true },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ dailyDigest: true });
    expect((await get(me, '/api/v1/me/notification-preferences')).json()).toMatchObject({
      dailyDigest: true,
    });
    const invalid = await t.as(me, {
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      payload: { emailEnabled: 'yes' },
    });
    expect(invalid.statusCode).toBe(400);
  });
});
