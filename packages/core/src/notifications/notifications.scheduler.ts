import type { CoreDeps } from '../deps';
import { reasonOf } from '../errors';
import type { NotificationConfig } from './notifications.config';
import { queueDailyDigests } from './notifications.digest';
import { type MailTransport, createSmtpTransport, sendQueuedMail } from './notifications.outbox';
import { scanGovernanceDueItems } from './notifications.scanner';

/** Where the scheduler reports; the server passes its logger. */
export interface SchedulerLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface NotificationScheduler {
  /** Runs one round now (scan, digests, send), or waits for the round in progress. */
  runOnce(): Promise<void>;
  /** Stops the timer and waits for a round in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Every `config.intervalMs`: tells owners and the office about due and overdue items, queues
 * the daily digests that are due, and sends queued mail. Without an SMTP host, mail stays
 * queued and the log says once that email is off. A failing round is logged and the next one
 * runs as usual. The timer does not keep the process alive.
 */
export function startNotificationScheduler(
  deps: CoreDeps,
  config: NotificationConfig,
  log: SchedulerLog,
  transport: MailTransport | null = config.smtp ? createSmtpTransport(config.smtp) : null,
): NotificationScheduler {
  if (!transport)
    log.info(
      'Email is off (VIGIL_SMTP_HOST is not set): notifications show in the inbox and their email stays queued',
    );
  let running: Promise<void> | null = null;
  const round = async () => {
    try {
      await scanGovernanceDueItems(deps, deps.clock.now().toISOString().slice(0, 10));
      await queueDailyDigests(deps);
      if (!transport) return;
      const sent = await sendQueuedMail(deps, transport);
      if (sent.stoppedBy) log.warn(`Notification email could not be sent: ${sent.stoppedBy}`);
      else if (sent.failed + sent.gaveUp > 0)
        log.warn(`Notification email: ${sent.failed} failed, ${sent.gaveUp} given up`);
    } catch (error) {
      log.warn(`Notification round failed: ${reasonOf(error)}`);
    }
  };
  const runOnce = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => void runOnce(), config.intervalMs);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
