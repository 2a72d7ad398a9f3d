import { idParams, paged } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import {
  inboxQuery,
  markAllReadResult,
  notificationDto,
  notificationPreferencesDto,
  notificationPreferencesInput,
  unreadCount,
} from './notifications';

const inbox = '/api/v1/me/notifications';
const read: readonly ErrorCode[] = ['validation_failed', 'unauthenticated'];
const write: readonly ErrorCode[] = ['validation_failed', 'unauthenticated', 'csrf_failed'];

/** Each person's own inbox and email preferences; nobody sees another's. */
export const notificationEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: inbox,
    summary: 'Your notifications, newest first; `filter=unread` lists only the unread ones',
    tag: 'notifications',
    access: 'authenticated',
    query: inboxQuery,
    response: paged(notificationDto),
    errors: read,
  }),
  unreadCount: defineEndpoint({
    method: 'GET',
    path: `${inbox}/unread-count`,
    summary: 'How many of your notifications are unread',
    tag: 'notifications',
    access: 'authenticated',
    response: unreadCount,
    errors: ['unauthenticated'],
  }),
  markRead: defineEndpoint({
    method: 'POST',
    path: `${inbox}/:id/read`,
    summary: 'Mark one of your notifications read (marking it again changes nothing)',
    tag: 'notifications',
    access: 'authenticated',
    params: idParams,
    response: notificationDto,
    errors: [...write, 'not_found'],
  }),
  markAllRead: defineEndpoint({
    method: 'POST',
    path: `${inbox}/read-all`,
    summary: 'Mark all your unread notifications read',
    tag: 'notifications',
    access: 'authenticated',
    response: markAllReadResult,
    errors: ['unauthenticated', 'csrf_failed'],
  }),
  getPreferences: defineEndpoint({
    method: 'GET',
    path: '/api/v1/me/notification-preferences',
    summary: 'Your email preferences for notifications',
    tag: 'notifications',
    access: 'authenticated',
    response: notificationPreferencesDto,
    errors: ['unauthenticated'],
  }),
  updatePreferences: defineEndpoint({
    method: 'PUT',
    path: '/api/v1/me/notification-preferences',
    summary: 'Turn notification email and the daily digest on or off',
    tag: 'notifications',
    access: 'authenticated',
    body: notificationPreferencesInput,
    response: notificationPreferencesDto,
    errors: write,
  }),
};
