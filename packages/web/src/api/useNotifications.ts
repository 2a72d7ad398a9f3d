import {
  api,
  type InboxQuery,
  type NotificationPreferencesDto,
  type NotificationPreferencesInput,
} from '@vigil/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

/** How often the header asks for the unread count. */
export const unreadPollMs = 60_000;

export function useInbox(query: Partial<InboxQuery>) {
  return useQuery({
    queryKey: queryKeys.inbox(query),
    queryFn: ({ signal }) => callEndpoint(api.notifications.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The unread count, polled every minute while the page is visible. */
export function useUnreadCount() {
  return useQuery({
    queryKey: queryKeys.unreadCount,
    queryFn: ({ signal }) => callEndpoint(api.notifications.unreadCount, { signal }),
    refetchInterval: unreadPollMs,
  });
}

function useRefreshNotifications() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.notifications });
}

export function useMarkNotificationRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: (id: string) => callEndpoint(api.notifications.markRead, { params: { id } }),
    onSuccess: refresh,
  });
}

export function useMarkAllNotificationsRead() {
  const refresh = useRefreshNotifications();
  return useMutation({
    mutationFn: () => callEndpoint(api.notifications.markAllRead),
    onSuccess: refresh,
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: queryKeys.notificationPreferences,
    queryFn: ({ signal }) => callEndpoint(api.notifications.getPreferences, { signal }),
  });
}

/** Saves email preferences, showing the choice at once and putting it back if saving fails. */
export function useUpdateNotificationPreferences() {
  const client = useQueryClient();
  const key = queryKeys.notificationPreferences;
  return useMutation({
    mutationFn: (body: NotificationPreferencesInput) =>
      callEndpoint(api.notifications.updatePreferences, { body }),
    onMutate: async (body) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<NotificationPreferencesDto>(key);
      if (previous) client.setQueryData(key, { ...previous, ...body });
      return { previous };
    },
    onError: (_error, _body, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
}
