import { api } from '@vigil/contracts';
import {
  type VigilCore,
  countMyUnread,
  getMyNotificationPreferences,
  listMyNotifications,
  markAllMyNotificationsRead,
  markMyNotificationRead,
  updateMyNotificationPreferences,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { actorOf } from '../http/principal';

export function registerNotificationRoutes(app: FastifyInstance, core: VigilCore): void {
  const n = api.notifications;
  bindEndpoint(app, n.list, ({ query, request }) =>
    listMyNotifications(core, actorOf(request), query),
  );
  bindEndpoint(app, n.unreadCount, ({ request }) => countMyUnread(core, actorOf(request)));
  bindEndpoint(app, n.markRead, ({ params, request }) =>
    markMyNotificationRead(core, actorOf(request), params.id),
  );
  bindEndpoint(app, n.markAllRead, ({ request }) =>
    markAllMyNotificationsRead(core, actorOf(request)),
  );
  bindEndpoint(app, n.getPreferences, ({ request }) =>
    getMyNotificationPreferences(core, actorOf(request)),
  );
  bindEndpoint(app, n.updatePreferences, ({ body, request }) =>
    updateMyNotificationPreferences(core, actorOf(request), body),
  );
}
