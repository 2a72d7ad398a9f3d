import { Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { type InboxFilter, inboxFilter } from '@vigil/contracts';
import { useSearchParams } from 'react-router';
import {
  useInbox,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useUnreadCount,
} from '../../api/useNotifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { NotificationItem } from './NotificationItem';
import { NotificationPreferencesSection } from './NotificationPreferencesSection';

const pageSize = 20;

/** The signed-in person's notifications, unread or all, with their email choices. */
export function InboxPage() {
  const [search, setSearch] = useSearchParams();
  const filter: InboxFilter = inboxFilter.catch('all').parse(search.get('filter'));
  const page = Math.max(1, Number(search.get('page')) || 1);
  const inbox = useInbox({ filter, page, pageSize });
  const unread = useUnreadCount();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const unreadCount = unread.data?.unread ?? 0;

  const show = (next: { filter?: InboxFilter; page?: number }) => {
    const params = new URLSearchParams();
    params.set('filter', next.filter ?? filter);
    if ((next.page ?? 1) > 1) params.set('page', String(next.page));
    setSearch(params);
  };

  return (
    <>
      <PageHeader
        title="Inbox"
        description="Assignments, questions, decisions, and conditions or re-reviews that fall due."
        actions={
          <Button
            variant="light"
            leftSection={<IconChecks size={16} aria-hidden />}
            onClick={() => markAll.mutate()}
            loading={markAll.isPending}
            disabled={unreadCount === 0}
          >
            Mark all read
          </Button>
        }
      />
      <Stack gap="lg" maw={900}>
        <Paper withBorder p="lg" component="section" aria-labelledby="notifications-heading">
          <Group justify="space-between" mb="md" wrap="wrap">
            <Title order={2} size="h4" id="notifications-heading">
              Notifications{' '}
              <Text span c="dimmed" fw={400} size="md">
                ({unreadCount} unread)
              </Text>
            </Title>
            <SegmentedControl
              aria-label="Show notifications"
              value={filter}
              onChange={(value) => show({ filter: inboxFilter.catch('all').parse(value) })}
              data={[
                { value: 'all', label: 'All' },
                { value: 'unread', label: 'Unread' },
              ]}
            />
          </Group>
          {markRead.isError ? (
            <ErrorAlert error={markRead.error} title="Could not mark it read" />
          ) : null}
          {markAll.isError ? (
            <ErrorAlert error={markAll.error} title="Could not mark all read" />
          ) : null}
          {inbox.isPending ? <PageLoader /> : null}
          {inbox.isError ? <ErrorAlert error={inbox.error} /> : null}
          {inbox.data && inbox.data.items.length === 0 ? (
            <Text c="dimmed">
              {filter === 'unread'
                ? 'Nothing unread. You are up to date.'
                : 'No notifications yet.'}
            </Text>
          ) : null}
          {inbox.data && inbox.data.items.length > 0 ? (
            <>
              <Stack component="ul" gap="sm" p={0} m={0}>
                {inbox.data.items.map((n) => (
                  <NotificationItem
                    key={n.id}
                    notification={n}
                    onMarkRead={(id) => markRead.mutate(id)}
                    isMarking={markRead.isPending && markRead.variables === n.id}
                  />
                ))}
              </Stack>
              {inbox.data.total > pageSize ? (
                <Pager
                  page={page}
                  total={inbox.data.total}
                  pageSize={pageSize}
                  onChange={(next) => show({ page: next })}
                />
              ) : null}
            </>
          ) : null}
        </Paper>
        <NotificationPreferencesSection />
      </Stack>
    </>
  );
}
