import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../deps';
import { readNotificationSettings } from './notifications.config';
import { digestMail } from './notifications.mail';
import * as q from './notifications.queries';

/** What one digest run did. */
export interface DigestOutcome {
  /** Digests queued in the outbox. */
  queued: number;
  /** People whose digest was due but who had nothing unread since their last one. */
  empty: number;
}

/** The latest digest time at or before `now`: today at the digest hour (UTC), or yesterday's. */
export function latestDigestMoment(now: Date, digestHourUtc: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHourUtc);
  return new Date(today <= now.getTime() ? today : today - 24 * 60 * 60_000);
}

/**
 * Queues the daily digest of everyone who takes it and has not had one since the latest digest
 * hour: one email listing their notifications that are still unread and arrived since their
 * last digest. Nobody gets two digests for one day, even when two processes run this at once;
 * someone with nothing new gets no email, and their digest still counts as done.
 */
export async function queueDailyDigests(deps: CoreDeps): Promise<DigestOutcome> {
  const now = deps.clock.now();
  const settings = await readNotificationSettings(deps.db);
  const cutoff = latestDigestMoment(now, settings.digestHourUtc).toISOString();
  const outcome: DigestOutcome = { queued: 0, empty: 0 };
  for (const person of await q.listDigestRecipients(deps.db, cutoff)) {
    await deps.db.transaction().execute(async (trx) => {
      if (!(await q.claimDigest(trx, person.id, cutoff, now.toISOString()))) return;
      const unread = await q.listUnreadSince(trx, person.id, person.last_digest_at);
      if (unread.length === 0) {
        outcome.empty += 1;
        return;
      }
      const message = digestMail(
        { email: person.email, displayName: person.display_name },
        unread,
        settings,
      );
      await q.insertMail(trx, [
        {
          id: randomUUID(),
          recipient: message.to,
          subject: message.subject,
          text_body: message.text,
          created_at: now.toISOString(),
          next_attempt_at: now.toISOString(),
          sent_at: null,
          attempts: 0,
          last_error: null,
          gave_up_at: null,
        },
      ]);
      outcome.queued += 1;
    });
  }
  return outcome;
}
