import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type NotificationDto, notificationKindLabels } from '@vigil/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';

interface NotificationItemProps {
  notification: NotificationDto;
  onMarkRead: (id: string) => void;
  isMarking: boolean;
}

/** One notification: what it is about, when, and a link to its subject that also marks it read. */
export function NotificationItem({ notification, onMarkRead, isMarking }: NotificationItemProps) {
  const isUnread = notification.readAt === null;
  const markRead = () => {
    if (isUnread) onMarkRead(notification.id);
  };
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      bg={isUnread ? 'white' : 'gray.0'}
      style={{
        listStyle: 'none',
        borderLeft: `4px solid var(--mantine-color-${isUnread ? 'vigil-6' : 'gray-3'})`,
      }}
      data-testid="notification"
      data-unread={isUnread}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {isUnread ? (
            <Badge color="vigil" variant="filled" size="sm">
              Unread
            </Badge>
          ) : null}
          <Badge color="gray" variant="light" size="sm">
            {notificationKindLabels[notification.kind]}
          </Badge>
          <Text size="xs" c="dimmed" component="span">
            {formatDateTime(notification.createdAt)}
          </Text>
        </Group>
        <Title order={3} size="h5" fw={isUnread ? 700 : 500}>
          {notification.link ? (
            <Anchor component={Link} to={notification.link} onClick={markRead} inherit>
              {notification.title}
            </Anchor>
          ) : (
            notification.title
          )}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {notification.body}
        </Text>
        {isUnread ? (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={markRead}
              loading={isMarking}
              aria-label={`Mark read: ${notification.title}`}
            >
              Mark read
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
