import {
  type NotificationDto,
  type NotificationKind,
  type NotificationPreferencesDto,
  notificationKinds,
} from '@vigil/contracts';
import type { NotificationPreferencesTable, NotificationsTable } from '../db/schema';

const kinds: ReadonlySet<string> = new Set(notificationKinds);

export function isNotificationKind(kind: string): kind is NotificationKind {
  return kinds.has(kind);
}

export function toNotificationDto(row: NotificationsTable): NotificationDto {
  return {
    id: row.id,
    // Rows are only written through notifyUsers, which takes a NotificationKind.
    kind: isNotificationKind(row.kind) ? row.kind : 'intake_status',
    title: row.title,
    body: row.body,
    link: row.link,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

/** Email on and no digest when a person never chose. */
export function toPreferencesDto(
  row: Pick<NotificationPreferencesTable, 'email_enabled' | 'daily_digest'> | undefined,
  digestHourUtc: number,
): NotificationPreferencesDto {
  return {
    emailEnabled: row ? Number(row.email_enabled) === 1 : true,
    dailyDigest: row ? Number(row.daily_digest) === 1 : false,
    digestHourUtc,
  };
}
