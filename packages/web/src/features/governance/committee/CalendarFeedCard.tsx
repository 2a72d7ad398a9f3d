import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { CalendarFeedSecretDto } from '@vigil/contracts';
import { IconCalendarPlus, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import {
  meetingsCalendarUrl,
  useCalendarFeed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';

/**
 * The committee's meetings in one's own calendar: a download of all meetings, and a personal
 * secret address calendar apps subscribe to (shown once; replacing it stops the old one).
 */
export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [created, setCreated] = useState<CalendarFeedSecretDto | null>(null);
  const address = created ? new URL(created.path, window.location.origin).toString() : null;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="calendar-title">
      <Title id="calendar-title" order={2} size="h4" mb="xs">
        In your calendar
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          Download every meeting as a calendar file, or subscribe your calendar app to a personal
          address that stays up to date. Keep the address private: anyone who has it can see the
          meetings and their agendas.
        </Text>
        {feed.isError ? <ErrorAlert error={feed.error} /> : null}
        {create.isError ? <ErrorAlert error={create.error} title="No address was made" /> : null}
        {address ? (
          <Alert color="green" title="Your calendar address">
            <Stack gap="xs">
              <Text size="sm">Copy it now into your calendar app; it is not shown again.</Text>
              <Code block style={{ wordBreak: 'break-all' }}>
                {address}
              </Code>
              <CopyButton value={address}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="light" onClick={copy} w="fit-content">
                    {copied ? 'Copied' : 'Copy address'}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Alert>
        ) : null}
        {feed.data?.active && !address ? (
          <Text size="sm" c="dimmed">
            You have a calendar address since {formatDateTime(feed.data.createdAt)}
            {feed.data.lastUsedAt
              ? `; last read ${formatDateTime(feed.data.lastUsedAt)}`
              : '; not read yet'}
            .
          </Text>
        ) : null}
        <Group gap="sm">
          <Button
            component="a"
            href={meetingsCalendarUrl}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            Download all meetings (.ics)
          </Button>
          <Button
            variant="light"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            loading={create.isPending}
            onClick={() => create.mutate(undefined, { onSuccess: setCreated })}
          >
            {feed.data?.active ? 'Replace my calendar address' : 'Create my calendar address'}
          </Button>
          {feed.data?.active ? (
            <Button
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() => revoke.mutate(undefined, { onSuccess: () => setCreated(null) })}
            >
              Turn off my calendar address
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
