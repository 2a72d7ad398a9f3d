import nodemailer from 'nodemailer';
import type { CoreDeps } from '../deps';
import { reasonOf } from '../errors';
import type { SmtpConfig } from './notifications.config';
import type { MailMessage } from './notifications.mail';
import * as q from './notifications.queries';

/** Something that delivers one email or throws why it could not. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

/** A transport to an SMTP relay, with timeouts short enough not to stall the scheduler. */
export function createSmtpTransport(smtp: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (message) => {
      await transporter.sendMail({
        from: smtp.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
      });
    },
  };
}

export interface OutboxPolicy {
  /** Attempts before a mail is given up (and kept, with its last error). */
  maxAttempts: number;
  /** The wait after the first failure; it doubles with each further failure. */
  firstRetryMs: number;
  maxRetryMs: number;
  /** How long a claimed mail is left to its sender before another may try it. */
  leaseMs: number;
  batchSize: number;
}

export const defaultOutboxPolicy: OutboxPolicy = {
  maxAttempts: 8,
  firstRetryMs: 60_000,
  maxRetryMs: 6 * 60 * 60_000,
  leaseMs: 5 * 60_000,
  batchSize: 50,
};

/** What one flush of the outbox did. */
export interface OutboxOutcome {
  sent: number;
  failed: number;
  gaveUp: number;
  /** Why the flush stopped early: the relay could not be reached or refused every mail. */
  stoppedBy: string | null;
}

/** The wait before attempt `attempts + 1`, after `attempts` failures (at least one). */
export function retryDelayMs(attempts: number, policy: OutboxPolicy = defaultOutboxPolicy): number {
  return Math.min(policy.firstRetryMs * 2 ** Math.max(0, attempts - 1), policy.maxRetryMs);
}

/**
 * Sends the queued mail whose time has come, oldest first. Each mail is claimed before it is
 * sent, so two senders (the server and `vigil notify send`) never send it twice. A failure is
 * recorded with its reason and retried later with a doubling wait; after `maxAttempts` the
 * mail is given up. A failure that is not about one recipient (the relay is down, sign-in
 * refused) ends the flush, so a dead relay costs one timeout per run, not one per mail.
 * Never throws for a failed delivery.
 */
export async function sendQueuedMail(
  deps: CoreDeps,
  transport: MailTransport,
  policy: OutboxPolicy = defaultOutboxPolicy,
): Promise<OutboxOutcome> {
  const outcome: OutboxOutcome = { sent: 0, failed: 0, gaveUp: 0, stoppedBy: null };
  const tried = new Set<string>();
  for (;;) {
    const now = deps.clock.now();
    const due = (await q.listDueMail(deps.db, now.toISOString(), policy.batchSize)).filter(
      (mail) => !tried.has(mail.id),
    );
    if (due.length === 0) return outcome;
    for (const mail of due) {
      tried.add(mail.id);
      const leaseUntil = new Date(deps.clock.now().getTime() + policy.leaseMs).toISOString();
      if (!(await q.claimMail(deps.db, mail, leaseUntil))) continue;
      const attempts = Number(mail.attempts) + 1;
      try {
        await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.text_body });
        await q.recordMailSent(deps.db, mail.id, attempts, deps.clock.now().toISOString());
        outcome.sent += 1;
      } catch (error) {
        const at = deps.clock.now();
        const givesUp = attempts >= policy.maxAttempts;
        await q.recordMailFailure(deps.db, mail.id, {
          attempts,
          error: reasonOf(error).slice(0, 2000),
          nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempts, policy)).toISOString(),
          gaveUpAt: givesUp ? at.toISOString() : null,
        });
        if (givesUp) outcome.gaveUp += 1;
        else outcome.failed += 1;
        if (!isRecipientRefusal(error)) {
          outcome.stoppedBy = reasonOf(error);
          return outcome;
        }
      }
    }
  }
}

/** True when the relay refused this mail's recipient or content (SMTP 550-554), not the relay as a whole. */
function isRecipientRefusal(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 550 && code <= 554;
}

/** How much mail waits in the outbox (neither sent nor given up). */
export async function countQueuedMail(deps: CoreDeps): Promise<number> {
  return q.countQueuedMail(deps.db);
}
