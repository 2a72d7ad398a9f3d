import { z } from 'zod';
import { id, isoTimestamp, pageQuery } from './common';
import { type NotificationKind, notificationKind } from './governance-enums';

/** Shared limits of notification text, used by core when it writes a notice. */
export const notificationLimits = {
  titleMaxLength: 300,
  linkMaxLength: 500,
} as const;

/** How each kind is named in the inbox and in email. */
export const notificationKindLabels: Record<NotificationKind, string> = {
  intake_submitted: 'New intake',
  intake_question: 'Question about an intake',
  intake_answer: 'Answer about an intake',
  intake_status: 'Intake status',
  review_assigned: 'Review assigned',
  review_submitted: 'Review submitted',
  decision_recorded: 'Decision recorded',
  condition_assigned: 'Condition assigned',
  condition_due: 'Condition due soon',
  condition_overdue: 'Condition overdue',
  condition_resolved: 'Condition met or waived',
  re_review_due: 'Re-review due',
  meeting_scheduled: 'Meeting scheduled',
  lifecycle_changed: 'Lifecycle change',
  assessment_assigned: 'Assessment assigned',
};

export const notificationDto = z.object({
  id,
  kind: notificationKind,
  title: z.string(),
  body: z.string(),
  link: z.string().nullable().describe('Where in the web app the subject is, as a path'),
  subjectType: z.string().nullable().describe('What the notification is about, e.g. condition'),
  subjectId: z.string().nullable(),
  createdAt: isoTimestamp,
  readAt: isoTimestamp.nullable(),
});
export type NotificationDto = z.infer<typeof notificationDto>;

/** Which notifications the inbox lists. */
export const inboxFilters = ['all', 'unread'] as const;
export const inboxFilter = z.enum(inboxFilters);
export type InboxFilter = z.infer<typeof inboxFilter>;

export const inboxQuery = pageQuery
  .extend({
    filter: inboxFilter.default('all'),
    kind: notificationKind.optional(),
  })
  .strict();
export type InboxQuery = z.infer<typeof inboxQuery>;

export const unreadCount = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCount>;

export const markAllReadResult = z.object({
  marked: z.number().int().describe('How many unread notifications were marked read'),
});
export type MarkAllReadResult = z.infer<typeof markAllReadResult>;

export const notificationPreferencesDto = z.object({
  emailEnabled: z.boolean().describe('Send notifications by email'),
  dailyDigest: z
    .boolean()
    .describe('Instead of one email per notification, one email a day with the unread ones'),
  digestHourUtc: z
    .number()
    .int()
    .min(0)
    .max(23)
    .describe('The hour (UTC) the daily digest goes out; the same for everyone'),
});
export type NotificationPreferencesDto = z.infer<typeof notificationPreferencesDto>;

export const notificationPreferencesInput = z
  .object({
    emailEnabled: z.boolean(),
    dailyDigest: z.boolean(),
  })
  .strict();
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;
