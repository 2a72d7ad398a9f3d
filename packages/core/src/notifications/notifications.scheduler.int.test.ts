import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type MailMessage,
  type NotificationConfig,
  notificationConfigFromEnv,
  notifyUsers,
  startNotificationScheduler,
} from './index';

describe('notification settings from the environment', () => {
  it('leave email off without an SMTP host and use the defaults', () => {
    expect(notificationConfigFromEnv({})).toEqual({
      smtp: null,
      publicUrl: null,
      digestHourUtc: 7,
      intervalMs: 60_000,
    });
  });

  it('read the SMTP relay, the public address, the digest hour and the interval', () => {
    expect(
      notificationConfigFromEnv({
        VIGIL_SMTP_HOST: 'smtp.example-health.org',
        VIGIL_SMTP_SECURE: 'true',
        VIGIL_SMTP_USER: 'vigil',
        VIGIL_SMTP_PASSWORD: 'secret',
        VIGIL_SMTP_FROM: 'Vigil <vigil@example-health.org>',
        VIGIL_PUBLIC_URL: 'https://vigil.example-health.org/',
        VIGIL_DIGEST_HOUR_UTC: '6',
        VIGIL_NOTIFY_INTERVAL_SECONDS: '300',
      }),
    ).toEqual({
      smtp: {
        host: 'smtp.example-health.org',
        port: 465,
        secure: true,
        user: 'vigil',
        password: 'secret',
        from: 'Vigil <vigil@example-health.org>',
      },
      publicUrl: 'https://vigil.example-health.org',
      digestHourUtc: 6,
      intervalMs: 300_000,
    });
  });

  it.each([
    [{ VIGIL_SMTP_HOST: 'smtp.example' }, 'VIGIL_SMTP_FROM'],
    [{ VIGIL_SMTP_HOST: 'smtp.example', VIGIL_SMTP_FROM: 'a@b', VIGIL_SMTP_PORT: 'x' }, 'PORT'],
    [{ VIGIL_DIGEST_HOUR_UTC: '24' }, 'VIGIL_DIGEST_HOUR_UTC'],
    [{ VIGIL_PUBLIC_URL: 'vigil.example' }, 'VIGIL_PUBLIC_URL'],
  ])('refuse %o naming %s', (env, name) => {
    expect(() => notificationConfigFromEnv(env)).toThrow(name);
  });
});

describe.each(await dialectsUnderTest())('the notification scheduler on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  const config: NotificationConfig = {
    smtp: null,
    publicUrl: null,
    digestHourUtc: 7,
    intervalMs: 3_600_000,
  };

  function recorder() {
    const lines: string[] = [];
    return { lines, info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
  }

  async function queueOneMail(): Promise<void> {
    const user = await makeUser(core);
    await core.db.transaction().execute((trx) =>
      notifyUsers(trx, core, [
        {
          userId: user.id,
          kind: 'intake_status',
          title: 'Intake accepted',
          body: 'Yes.',
          link: null,
        },
      ]),
    );
  }

  it('says once that email is off and leaves the mail queued', async () => {
    await queueOneMail();
    const log = recorder();
    const scheduler = startNotificationScheduler(core, config, log, null);
    await scheduler.runOnce();
    await scheduler.runOnce();
    await scheduler.stop();
    expect(log.lines).toEqual([expect.stringContaining('Email is off') as string]);
    const [mail] = await core.db.selectFrom('mail_outbox').selectAll().execute();
    expect(mail?.sent_at).toBeNull();
  });

  it('sends queued mail through its transport each round', async () => {
    await queueOneMail();
    const sent: MailMessage[] = [];
    const scheduler = startNotificationScheduler(core, config, recorder(), {
      send: async (message) => {
        sent.push(message);
      },
    });
    await scheduler.runOnce();
    await scheduler.stop();
    expect(sent.map((m) => m.subject)).toEqual(['[Vigil] Intake accepted']);
  });

  it('logs a failing relay and goes on', async () => {
    await queueOneMail();
    const log = recorder();
    const scheduler = startNotificationScheduler(core, config, log, {
      send: () => Promise.reject(new Error('connect ECONNREFUSED')),
    });
    await scheduler.runOnce();
    await scheduler.stop();
    expect(log.lines).toEqual(['Notification email could not be sent: connect ECONNREFUSED']);
  });
});
