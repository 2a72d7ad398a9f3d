/**
 * Notifications: the in-app inbox, email (immediate or a daily digest) and due-date reminders.
 *
 * Other areas tell people about something by calling `notifyUsers` inside the transaction of
 * the change, after its audit entry:
 *
 *   await notifyUsers(trx, deps, reviewers.map((r) => ({
 *     userId: r.id,
 *     kind: 'review_assigned',
 *     title: `Review assigned: ${system.name}`,
 *     body: `You are the ${label} reviewer of ${system.name}. …`,
 *     link: `/governance/reviews/${review.id}`,
 *     subjectType: 'review',
 *     subjectId: review.id,
 *     exceptUserId: actor.userId, // the actor is not told about their own action
 *   })));
 *
 * The notifications commit or roll back with the change. Email for people who want it is
 * queued in the same transaction and sent afterwards by the server's scheduler (or
 * `vigil notify send`); nothing is sent when the transaction rolls back.
 */
export { type Notice, type NotifyOutcome, notifyUsers } from './notifications.notify';
export {
  countMyUnread,
  getMyNotificationPreferences,
  listMyNotifications,
  markAllMyNotificationsRead,
  markMyNotificationRead,
  updateMyNotificationPreferences,
} from './notifications.service';
export {
  type NotificationConfig,
  type NotificationSettings,
  type SmtpConfig,
  notificationConfigFromEnv,
  readNotificationSettings,
  saveNotificationSettings,
} from './notifications.config';
export { type MailMessage, absoluteLink, digestMail, noticeMail } from './notifications.mail';
export {
  type MailTransport,
  type OutboxOutcome,
  type OutboxPolicy,
  countQueuedMail,
  createSmtpTransport,
  defaultOutboxPolicy,
  retryDelayMs,
  sendQueuedMail,
} from './notifications.outbox';
export { type DigestOutcome, latestDigestMoment, queueDailyDigests } from './notifications.digest';
export { type ScanOutcome, dueSoonDays, scanGovernanceDueItems } from './notifications.scanner';
export {
  type NotificationScheduler,
  type SchedulerLog,
  startNotificationScheduler,
} from './notifications.scheduler';
