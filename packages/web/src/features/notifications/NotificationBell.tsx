import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useUnreadCount } from '../../api/useNotifications';

/** The header's way to the inbox, with the unread count polled every minute. */
export function NotificationBell() {
  const count = useUnreadCount();
  const unread = count.data?.unread ?? 0;
  const label = unread === 0 ? 'Inbox, no unread notifications' : `Inbox, ${unread} unread`;
  return (
    <Tooltip label={label} withArrow>
      <Indicator
        label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>}
        disabled={unread === 0}
        size={18}
        offset={6}
        color="red"
      >
        <ActionIcon
          component={Link}
          to="/inbox"
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={label}
          data-testid="notification-bell"
        >
          <IconBell size={20} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
