import { randomUUID } from 'node:crypto';
import { type NotificationKind, notificationLimits } from '@vigil/contracts';
import type { MailOutboxTable, NotificationsTable } from '../db/schema';
import type { CoreDeps, Db } from '../deps';
import { readNotificationSettings } from './notifications.config';
import { noticeMail } from './notifications.mail';
import * as q from './notifications.queries';

/** What to tell one person. */
export interface Notice {
  /** The recipient. Inactive or unknown users are skipped. */
  userId: string;
  kind: NotificationKind;
  /** One line, shown in the inbox and as the email subject. */
  title: string;
  /** A few plain-text sentences. */
  body: string;
  /** Where in the web app the subject is, as a path (`/governance/reviews/…`), or null. */
  link: string | null;
  /** What the notice is about, e.g. `condition`, `review`, `intake`, with its id. */
  subjectType?: string;
  subjectId?: string;
  /** The acting user: when it is the recipient, the notice is dropped (nobody is told about their own action). */
  exceptUserId?: string | null;
}

/** How many notices became notifications and how many emails were queued. */
export interface NotifyOutcome {
  notified: number;
  emailsQueued: number;
}

/**
 * Tells people about something, inside the caller's transaction: writes one in-app notification
 * per notice and, for recipients with email on and no daily digest, queues an email in the
 * outbox, which the sender delivers after the transaction commits. Skips unknown and inactive
 * users, notices whose recipient is their `exceptUserId`, and repeats of the same notice to the
 * same person within one call. Writes no audit entry: the caller audits the change itself.
 */
export async function notifyUsers(
  trx: Db,
  deps: CoreDeps,
  notices: readonly Notice[],
): Promise<NotifyOutcome> {
  const wanted = distinct(notices.filter((n) => n.userId !== n.exceptUserId));
  if (wanted.length === 0) return { notified: 0, emailsQueued: 0 };
  const recipients = new Map(
    (await q.findRecipients(trx, [...new Set(wanted.map((n) => n.userId))]))
      .filter((r) => Number(r.is_active) === 1)
      .map((r) => [r.id, r]),
  );
  const at = deps.clock.now().toISOString();
  const rows: NotificationsTable[] = [];
  const mail: MailOutboxTable[] = [];
  let publicUrl: string | null | undefined;
  for (const notice of wanted) {
    const recipient = recipients.get(notice.userId);
    if (!recipient) continue;
    const row = toRow(notice, at);
    rows.push(row);
    const emailOn = recipient.email_enabled === null || Number(recipient.email_enabled) === 1;
    const digest = Number(recipient.daily_digest ?? 0) === 1;
    if (!emailOn || digest) continue;
    publicUrl ??= (await readNotificationSettings(trx)).publicUrl;
    const message = noticeMail(
      { email: recipient.email, displayName: recipient.display_name },
      row,
      publicUrl,
    );
    mail.push({
      id: randomUUID(),
      recipient: message.to,
      subject: message.subject,
      text_body: message.text,
      created_at: at,
      next_attempt_at: at,
      sent_at: null,
      attempts: 0,
      last_error: null,
      gave_up_at: null,
    });
  }
  await q.insertNotifications(trx, rows);
  await q.insertMail(trx, mail);
  return { notified: rows.length, emailsQueued: mail.length };
}

function toRow(notice: Notice, at: string): NotificationsTable {
  const title = notice.title.replace(/\s+/g, ' ').trim();
  return {
    id: randomUUID(),
    user_id: notice.userId,
    kind: notice.kind,
    title:
      title.length <= notificationLimits.titleMaxLength
        ? title
        : `${title.slice(0, notificationLimits.titleMaxLength - 1)}…`,
    body: notice.body.trim(),
    link:
      notice.link !== null && notice.link.length <= notificationLimits.linkMaxLength
        ? notice.link
        : null,
    subject_type: notice.subjectType ?? null,
    subject_id: notice.subjectId ?? null,
    created_at: at,
    read_at: null,
  };
}

function distinct(notices: readonly Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const key = JSON.stringify([n.userId, n.kind, n.subjectType, n.subjectId, n.title]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
