import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type MeetingDto, meetingLimits } from '@vigil/contracts';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useSaveMinutes } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** The minutes: editable by the office until the meeting is held, then a locked record. */
export function MinutesEditor({ meeting, canEdit }: { meeting: MeetingDto; canEdit: boolean }) {
  const save = useSaveMinutes(meeting.id);
  const [draft, setDraft] = useState(meeting.minutes ?? '');
  const isEditable = canEdit && !meeting.minutesLocked;
  const isChanged = draft !== (meeting.minutes ?? '');

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="minutes-title">
      <Title id="minutes-title" order={2} size="h4" mb="sm">
        Minutes
      </Title>
      {isEditable ? (
        <Stack gap="sm">
          <Textarea
            label="Minutes of the meeting"
            description="Saved versions are kept in the audit trail. They are locked once the meeting is marked held."
            autosize
            minRows={6}
            maxLength={meetingLimits.minutesMaxLength}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          {save.isError ? (
            <ErrorAlert error={save.error} title="The minutes were not saved" />
          ) : null}
          <Group className="vigil-no-print">
            <Button
              disabled={!isChanged}
              loading={save.isPending}
              onClick={() =>
                save.mutate(
                  { minutes: draft, expectedVersion: meeting.version },
                  {
                    onSuccess: () =>
                      notifications.show({ color: 'green', message: 'The minutes are saved.' }),
                  },
                )
              }
            >
              Save minutes
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="xs">
          {meeting.minutesLocked ? (
            <Group gap={6}>
              <IconLock size={16} aria-hidden />
              <Text size="sm" c="dimmed">
                Locked: the meeting is {meeting.status}.
              </Text>
            </Group>
          ) : null}
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            {meeting.minutes ?? 'No minutes were written.'}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
