import type {
  InboxQuery,
  MarkAllReadResult,
  NotificationDto,
  NotificationPreferencesDto,
  NotificationPreferencesInput,
  UnreadCount,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { readNotificationSettings } from './notifications.config';
import { toNotificationDto, toPreferencesDto } from './notifications.mappers';
import * as q from './notifications.queries';

// Reading one's own notifications is not an audited change: the inbox belongs to its reader,
// and the audit trail records the actions the notifications are about.

/** The signed-in person's notifications, newest first, a page at a time. */
export async function listMyNotifications(
  deps: CoreDeps,
  actor: Actor,
  query: InboxQuery,
): Promise<{ items: NotificationDto[]; total: number; page: number; pageSize: number }> {
  const filter = {
    userId: ownerOf(actor),
    unreadOnly: query.filter === 'unread',
    kind: query.kind,
  };
  const [rows, total] = await Promise.all([
    q.listInbox(deps.db, filter, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    }),
    q.countInbox(deps.db, filter),
  ]);
  return { items: rows.map(toNotificationDto), total, page: query.page, pageSize: query.pageSize };
}

/** How many of the signed-in person's notifications are unread. */
export async function countMyUnread(deps: CoreDeps, actor: Actor): Promise<UnreadCount> {
  const unread = await q.countInbox(deps.db, {
    userId: ownerOf(actor),
    unreadOnly: true,
    kind: undefined,
  });
  return { unread };
}

/**
 * Marks one of the signed-in person's notifications read; marking it again keeps the first time.
 * @throws DomainError not_found (no such notification, or someone else's)
 */
export async function markMyNotificationRead(
  deps: CoreDeps,
  actor: Actor,
  id: string,
): Promise<NotificationDto> {
  const userId = ownerOf(actor);
  return deps.db.transaction().execute(async (trx) => {
    await q.markRead(trx, userId, deps.clock.now().toISOString(), id);
    const row = await q.findNotification(trx, userId, id);
    if (!row) throw new DomainError('not_found', 'You have no notification with this id');
    return toNotificationDto(row);
  });
}

/** Marks every unread notification of the signed-in person read. */
export async function markAllMyNotificationsRead(
  deps: CoreDeps,
  actor: Actor,
): Promise<MarkAllReadResult> {
  const marked = await q.markRead(deps.db, ownerOf(actor), deps.clock.now().toISOString());
  return { marked };
}

/** The signed-in person's email preferences (email on, no digest until they choose). */
export async function getMyNotificationPreferences(
  deps: CoreDeps,
  actor: Actor,
): Promise<NotificationPreferencesDto> {
  const [row, settings] = await Promise.all([
    q.findPreferences(deps.db, ownerOf(actor)),
    readNotificationSettings(deps.db),
  ]);
  return toPreferencesDto(row, settings.digestHourUtc);
}

/**
 * Sets the signed-in person's email preferences, with an audit entry. Turning the digest on
 * starts it from now, so the first digest holds what arrives after the choice.
 */
export async function updateMyNotificationPreferences(
  deps: CoreDeps,
  actor: Actor,
  input: NotificationPreferencesInput,
): Promise<NotificationPreferencesDto> {
  const userId = ownerOf(actor);
  return deps.db.transaction().execute(async (trx) => {
    const at = deps.clock.now();
    const before = await q.findPreferences(trx, userId);
    const previous = toPreferencesDto(before, 0);
    const startsDigest = input.dailyDigest && !previous.dailyDigest;
    await q.savePreferences(trx, {
      user_id: userId,
      email_enabled: input.emailEnabled ? 1 : 0,
      daily_digest: input.dailyDigest ? 1 : 0,
      last_digest_at: startsDigest ? at.toISOString() : (before?.last_digest_at ?? null),
      updated_at: at.toISOString(),
    });
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'user.notification_preferences_changed',
      entityType: 'user',
      entityId: userId,
      changes: {
        emailEnabled: { before: previous.emailEnabled, after: input.emailEnabled },
        dailyDigest: { before: previous.dailyDigest, after: input.dailyDigest },
      },
    });
    const settings = await readNotificationSettings(trx);
    return toPreferencesDto(
      { email_enabled: input.emailEnabled ? 1 : 0, daily_digest: input.dailyDigest ? 1 : 0 },
      settings.digestHourUtc,
    );
  });
}

function ownerOf(actor: Actor): string {
  if (actor.userId === null)
    throw new DomainError('unauthenticated', 'Notifications belong to a signed-in person');
  return actor.userId;
}
