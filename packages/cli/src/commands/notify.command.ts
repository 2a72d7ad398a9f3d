import type { Command } from 'commander';
import {
  type VigilCore,
  countQueuedMail,
  createSmtpTransport,
  notificationConfigFromEnv,
  queueDailyDigests,
  sendQueuedMail,
} from '@vigil/core';
import { CliError, print, withCore } from '../core-session';

const smtpHelp =
  'SMTP comes from VIGIL_SMTP_HOST, VIGIL_SMTP_PORT, VIGIL_SMTP_SECURE, VIGIL_SMTP_USER, VIGIL_SMTP_PASSWORD and VIGIL_SMTP_FROM';

export function registerNotifyCommand(program: Command): void {
  const notify = program
    .command('notify')
    .description(`Notification email: send what is queued, or the daily digest (${smtpHelp})`);
  notify
    .command('send')
    .description('Send the queued notification email now; exit 1 when the relay fails')
    .action(async () => {
      await withCore((core) => flush(core, { requireSmtp: true }));
    });
  notify
    .command('digest')
    .description(
      'Queue the daily digest of everyone whose digest is due (since the last digest hour) and send it',
    )
    .action(async () => {
      await withCore(async (core) => {
        const outcome = await queueDailyDigests(core);
        print(
          `Queued ${outcome.queued} daily digest${outcome.queued === 1 ? '' : 's'}; ${outcome.empty} had nothing new`,
        );
        await flush(core, { requireSmtp: false });
      });
    });
}

/** Sends the queued mail; without SMTP settings, says so (and fails when sending was the point). */
async function flush(core: VigilCore, options: { requireSmtp: boolean }): Promise<void> {
  const { smtp } = notificationConfigFromEnv(process.env);
  if (!smtp) {
    const queued = await countQueuedMail(core);
    const message = `Email is off: VIGIL_SMTP_HOST is not set, so ${queued === 1 ? '1 message stays' : `${queued} messages stay`} queued`;
    if (options.requireSmtp) throw new CliError(message, 1);
    print(message);
    return;
  }
  const outcome = await sendQueuedMail(core, createSmtpTransport(smtp));
  const queued = await countQueuedMail(core);
  print(
    `Sent ${outcome.sent}, failed ${outcome.failed} (retried later), gave up on ${outcome.gaveUp}; ${queued} queued`,
  );
  if (outcome.stoppedBy)
    throw new CliError(`Could not send through ${smtp.host}:${smtp.port}: ${outcome.stoppedBy}`, 1);
}
