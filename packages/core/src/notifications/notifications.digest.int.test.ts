import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../deps';
import {
  latestDigestMoment,
  markMyNotificationRead,
  notifyUsers,
  queueDailyDigests,
  saveNotificationSettings,
  updateMyNotificationPreferences,
} from './index';

describe('the latest digest moment', () => {
  it('is today at the digest hour once it has passed, else yesterday', () => {
    expect(latestDigestMoment(new Date('2026-03-03T07:00:00Z'), 7).toISOString()).toBe(
      '2026-03-03T07:00:00.000Z',
    );
    expect(latestDigestMoment(new Date('2026-03-03T06:59:59Z'), 7).toISOString()).toBe(
      '2026-03-02T07:00:00.000Z',
    );
    expect(latestDigestMoment(new Date('2026-03-01T00:30:00Z'), 0).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );
  });
});

describe.each(await dialectsUnderTest())('the daily digest on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    await saveNotificationSettings(core.db, {
      publicUrl: 'https://vigil.example-health.org',
      digestHourUtc: 7,
    });
  });
  afterEach(async () => {
    await core.close();
  });

  async function digestReader(
    displayName: string,
    prefs = { emailEnabled: true, dailyDigest: true },
  ): Promise<Actor & { userId: string }> {
    const user = await makeUser(core, { displayName });
    const actor = { userId: user.id, label: user.email, roles: user.roles, requestId: null };
    await updateMyNotificationPreferences(core, actor, prefs);
    return actor;
  }

  const tell = (userId: string, title: string) =>
    core.db.transaction().execute(async (trx) => {
      await notifyUsers(trx, core, [
        {
          userId,
          kind: 'condition_due',
          title,
          body: `About ${title}.`,
          link: '/portfolio/system-1',
        },
      ]);
    });

  const mail = () => core.db.selectFrom('mail_outbox').selectAll().orderBy('recipient').execute();
  const at = (iso: string) => core.clock.set(new Date(iso));

  it('sends one email at the digest hour with the unread notifications since the choice', async () => {
    const reader = await digestReader('Dr. Amara Okafor');
    at('2026-03-02T10:00:00Z');
    await tell(reader.userId, 'Local validation for Sepsis Watch');
    at('2026-03-02T11:00:00Z');
    await tell(reader.userId, 'Read already');
    const [, read] = await core.db
      .selectFrom('notifications')
      .select('id')
      .orderBy('created_at')
      .execute();
    await markMyNotificationRead(core, reader, read?.id ?? '');
    at('2026-03-02T15:00:00Z');
    await tell(reader.userId, 'Bias audit for Readmission Risk');
    expect(await mail()).toEqual([]);

    at('2026-03-03T06:59:00Z');
    expect(await queueDailyDigests(core)).toEqual({ queued: 0, empty: 0 });
    at('2026-03-03T07:00:00Z');
    expect(await queueDailyDigests(core)).toEqual({ queued: 1, empty: 0 });

    const [digest] = await mail();
    expect(digest?.recipient).toBe(reader.label);
    expect(digest?.subject).toBe('[Vigil] Daily digest: 2 unread notifications');
    expect(digest?.text_body).toContain('Hello Dr. Amara Okafor,');
    expect(digest?.text_body).toContain(
      '1. Local validation for Sepsis Watch (Condition due soon)',
    );
    expect(digest?.text_body).toContain('2. Bias audit for Readmission Risk (Condition due soon)');
    expect(digest?.text_body).toContain('https://vigil.example-health.org/portfolio/system-1');
    expect(digest?.text_body).not.toContain('Read already');
    expect(digest?.text_body).toContain('once a day at 07:00 UTC');
  });

  it('sends nobody two digests for one day, and only what is new the next day', async () => {
    const reader = await digestReader('Grace Liu');
    core.clock.advance(60_000);
    await tell(reader.userId, 'First');
    at('2026-03-03T07:05:00Z');
    expect((await queueDailyDigests(core)).queued).toBe(1);
    at('2026-03-03T12:00:00Z');
    await tell(reader.userId, 'Second');
    at('2026-03-03T20:00:00Z');
    expect((await queueDailyDigests(core)).queued).toBe(0);
    at('2026-03-04T07:01:00Z');
    expect((await queueDailyDigests(core)).queued).toBe(1);
    const digests = await core.db
      .selectFrom('mail_outbox')
      .select('text_body')
      .orderBy('created_at')
      .execute();
    expect(digests).toHaveLength(2);
    expect(digests[1]?.text_body).toContain('1. Second');
    expect(digests[1]?.text_body).not.toContain('First');
  });

  it('sends no email when nothing is unread, and nothing to people without the digest', async () => {
    await digestReader('Quiet Reader');
    const immediate = await digestReader('Immediate', { emailEnabled: true, dailyDigest: false });
    const off = await digestReader('Email off', { emailEnabled: false, dailyDigest: true });
    await tell(off.userId, 'Not emailed');
    await tell(immediate.userId, 'Emailed at once');
    const before = (await mail()).length;
    at('2026-03-03T08:00:00Z');
    expect(await queueDailyDigests(core)).toEqual({ queued: 0, empty: 1 });
    expect((await mail()).length).toBe(before);
  });
});
