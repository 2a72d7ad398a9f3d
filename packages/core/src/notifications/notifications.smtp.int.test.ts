import type { NotificationKind } from '@vigil/contracts';
import {
  createTestCore,
  dialectsUnderTest,
  makeUser,
  startTestSmtpServer,
  type TestCore,
  type TestSmtpServer,
} from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSmtpTransport,
  notifyUsers,
  queueDailyDigests,
  saveNotificationSettings,
  sendQueuedMail,
  type SmtpConfig,
  updateMyNotificationPreferences,
} from './index';

describe.each(await dialectsUnderTest())('notification email over SMTP on %s', (dialect) => {
  let core: TestCore;
  let relay: TestSmtpServer;
  let smtp: SmtpConfig;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    relay = await startTestSmtpServer();
    smtp = {
      host: relay.host,
      port: relay.port,
      secure: false,
      user: null,
      password: null,
      from: 'Vigil <vigil@example-health.org>',
    };
    await saveNotificationSettings(core.db, {
      publicUrl: 'https://vigil.example-health.org',
      digestHourUtc: 7,
    });
  });
  afterEach(async () => {
    await relay.close();
    await core.close();
  });

  const tell = (
    userId: string,
    title: string,
    body: string,
    kind: NotificationKind = 'condition_assigned',
  ) =>
    core.db.transaction().execute((trx) =>
      notifyUsers(trx, core, [
        {
          userId,
          kind,
          title,
          body,
          link: '/portfolio/3f1c7a52-0000-4000-8000-000000000001',
        },
      ]),
    );

  it('delivers the immediate email to the recipient with its subject, text and link', async () => {
    const owner = await makeUser(core, {
      email: 'priya.shah@example-health.org',
      displayName: 'Priya Shah',
    });
    await tell(
      owner.id,
      'Condition assigned: Sepsis Watch',
      'You own the condition "Attach the local validation report", due on 2026-04-01 — before go-live.',
    );
    expect(await sendQueuedMail(core, createSmtpTransport(smtp))).toMatchObject({ sent: 1 });
    const [mail] = await relay.waitFor(1);
    expect(mail?.from).toBe('vigil@example-health.org');
    expect(mail?.to).toEqual(['priya.shah@example-health.org']);
    expect(mail?.subject).toBe('[Vigil] Condition assigned: Sepsis Watch');
    expect(mail?.text).toContain('Hello Priya Shah,');
    expect(mail?.text).toContain(
      'You own the condition "Attach the local validation report", due on 2026-04-01 — before go-live.',
    );
    expect(mail?.text).toContain(
      'Open in Vigil: https://vigil.example-health.org/portfolio/3f1c7a52-0000-4000-8000-000000000001',
    );
  });

  it('delivers the daily digest as one email listing the unread notifications', async () => {
    const caio = await makeUser(core, {
      email: 'amara.okafor@example-health.org',
      displayName: 'Dr. Amara Okafor',
      roles: ['caio'],
    });
    await updateMyNotificationPreferences(
      core,
      { userId: caio.id, label: caio.email, roles: caio.roles, requestId: null },
      { emailEnabled: true, dailyDigest: true },
    );
    core.clock.advance(60_000);
    await tell(
      caio.id,
      'Review submitted: Sepsis Watch',
      'Grace Liu submitted her review.',
      'review_submitted',
    );
    core.clock.advance(60_000);
    await tell(
      caio.id,
      'Re-review due: Readmission Risk',
      'The re-review is due on 2026-03-09.',
      're_review_due',
    );
    const transport = createSmtpTransport(smtp);
    expect((await sendQueuedMail(core, transport)).sent).toBe(0);

    core.clock.set(new Date('2026-03-03T07:00:00Z'));
    expect(await queueDailyDigests(core)).toEqual({ queued: 1, empty: 0 });
    expect((await sendQueuedMail(core, transport)).sent).toBe(1);
    const [digest] = await relay.waitFor(1);
    expect(digest?.to).toEqual(['amara.okafor@example-health.org']);
    expect(digest?.subject).toBe('[Vigil] Daily digest: 2 unread notifications');
    expect(digest?.text).toContain('1. Review submitted: Sepsis Watch (Review submitted)');
    expect(digest?.text).toContain('   Grace Liu submitted her review.');
    expect(digest?.text).toContain('2. Re-review due: Readmission Risk (Re-review due)');
    expect(digest?.text).toContain('Your inbox: https://vigil.example-health.org/inbox');
  });

  it('keeps the mail queued with the reason when the relay cannot be reached', async () => {
    const owner = await makeUser(core);
    await tell(owner.id, 'Condition assigned: Sepsis Watch', 'You own a condition.');
    await relay.close();
    const outcome = await sendQueuedMail(core, createSmtpTransport(smtp));
    expect(outcome).toMatchObject({ sent: 0, failed: 1 });
    expect(outcome.stoppedBy).toMatch(/ECONNREFUSED|connect/i);
    const [row] = await core.db.selectFrom('mail_outbox').selectAll().execute();
    expect(row).toMatchObject({ sent_at: null, attempts: 1 });
    expect(row?.last_error).toMatch(/ECONNREFUSED|connect/i);
    relay = await startTestSmtpServer();
  });
});
