import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { NotificationPreferencesInput } from '@vigil/contracts';
import {
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from '../../api/useNotifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';

/** Whether notifications also come by email, one by one or as one daily digest. */
export function NotificationPreferencesSection() {
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const current = preferences.data;
  const save = (change: Partial<NotificationPreferencesInput>) => {
    if (!current) return;
    update.mutate({
      emailEnabled: change.emailEnabled ?? current.emailEnabled,
      dailyDigest: change.dailyDigest ?? current.dailyDigest,
    });
  };
  const hour = `${String(current?.digestHourUtc ?? 7).padStart(2, '0')}:00 UTC`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="email-preferences">
      <Title order={2} size="h4" mb="sm" id="email-preferences">
        Email
      </Title>
      {preferences.isPending ? <PageLoader /> : null}
      {preferences.isError ? <ErrorAlert error={preferences.error} /> : null}
      {current ? (
        <Stack gap="md">
          <Switch
            label="Email me my notifications"
            description="Each notification also arrives in your work email."
            checked={current.emailEnabled}
            onChange={(event) => save({ emailEnabled: event.currentTarget.checked })}
          />
          <Switch
            label="One daily digest instead"
            description={`One email a day at ${hour} with what is still unread, instead of one email per notification.`}
            checked={current.dailyDigest}
            disabled={!current.emailEnabled}
            onChange={(event) => save({ dailyDigest: event.currentTarget.checked })}
          />
          {update.isError ? (
            <ErrorAlert error={update.error} title="Your choice was not saved" />
          ) : null}
          <Text size="sm" c="dimmed" aria-live="polite">
            {update.isSuccess ? 'Saved.' : ''}
          </Text>
        </Stack>
      ) : null}
    </Paper>
  );
}
