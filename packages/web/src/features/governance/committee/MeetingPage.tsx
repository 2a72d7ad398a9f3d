import './meetingPrint.css';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MeetingDto } from '@vigil/contracts';
import { IconCalendarDown, IconCheck, IconPencil, IconPrinter, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import {
  meetingCalendarUrl,
  useCancelMeeting,
  useMarkMeetingHeld,
  useMeeting,
} from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { BackToGovernance } from './BackToGovernance';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStatusBadge, QuorumBadge } from './MeetingStatusBadge';
import { formatMeetingWhen } from './meetingTime';
import { MinutesEditor } from './MinutesEditor';

/** One committee meeting: agenda, attendance and quorum, decisions and minutes; printable. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const canManage = hasPermission(me.data, 'governance.manage');
  const meeting = useMeeting(id);

  if (meeting.isPending) return <PageLoader />;
  if (meeting.isError)
    return (
      <Stack>
        <BackToGovernance to="/governance/meetings" label="Committee meetings" />
        <ErrorAlert error={meeting.error} title="This meeting could not be loaded" />
      </Stack>
    );
  const m = meeting.data;
  return (
    <>
      <BackToGovernance to="/governance/meetings" label="Committee meetings" />
      <PageHeader
        title={m.title}
        description={
          <Stack gap={6} component="span">
            <Group gap="xs" component="span">
              <MeetingStatusBadge status={m.status} />
              <QuorumBadge quorum={m.quorum} />
            </Group>
            <span>
              {formatMeetingWhen(m.startsAt, m.endsAt)} · {m.location}
            </span>
          </Stack>
        }
        actions={<MeetingActions meeting={m} canManage={canManage} />}
      />
      <Stack gap="lg">
        <AgendaSection meeting={m} canManage={canManage} />
        <AttendanceSection meeting={m} canEdit={canManage && m.status === 'scheduled'} />
        <MinutesEditor key={`${m.id}-${m.status}`} meeting={m} canEdit={canManage} />
      </Stack>
    </>
  );
}

function MeetingActions({ meeting, canManage }: { meeting: MeetingDto; canManage: boolean }) {
  const [isEditing, setEditing] = useState(false);
  const [isCancelling, setCancelling] = useState(false);
  const held = useMarkMeetingHeld(meeting.id);
  const isScheduled = meeting.status === 'scheduled';
  const hasStarted = new Date(meeting.startsAt) <= new Date();
  return (
    <Group gap="sm" className="vigil-no-print" wrap="wrap">
      <Button
        component="a"
        href={meetingCalendarUrl(meeting.id)}
        download
        variant="default"
        leftSection={<IconCalendarDown size={16} aria-hidden />}
      >
        Download .ics
      </Button>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} aria-hidden />}
        onClick={() => window.print()}
      >
        Print
      </Button>
      {canManage && isScheduled ? (
        <>
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            Edit
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<IconX size={16} aria-hidden />}
            onClick={() => setCancelling(true)}
          >
            Cancel meeting
          </Button>
          {hasStarted ? (
            <Button
              leftSection={<IconCheck size={16} aria-hidden />}
              loading={held.isPending}
              onClick={() =>
                held.mutate(meeting.version, {
                  onSuccess: () =>
                    notifications.show({
                      color: 'green',
                      message: 'The meeting is marked held; its minutes are now locked.',
                    }),
                  onError: (error) =>
                    notifications.show({
                      color: 'red',
                      title: 'Not marked held',
                      message: error.message,
                    }),
                })
              }
            >
              Mark held
            </Button>
          ) : null}
        </>
      ) : null}
      {isEditing ? (
        <MeetingFormModal isOpen meeting={meeting} onClose={() => setEditing(false)} />
      ) : null}
      {isCancelling ? (
        <CancelMeetingModal meeting={meeting} onClose={() => setCancelling(false)} />
      ) : null}
    </Group>
  );
}

function CancelMeetingModal({ meeting, onClose }: { meeting: MeetingDto; onClose: () => void }) {
  const cancel = useCancelMeeting(meeting.id);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title="Cancel this meeting?" centered>
      <Stack>
        <Text size="sm">
          The committee members are told, and the meeting shows as cancelled in their calendars.
          Items on its agenda can go on another meeting.
        </Text>
        <Textarea
          label="Reason (optional)"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {cancel.isError ? (
          <ErrorAlert error={cancel.error} title="The meeting was not cancelled" />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep the meeting
          </Button>
          <Button
            color="red"
            loading={cancel.isPending}
            onClick={() =>
              cancel.mutate(
                {
                  expectedVersion: meeting.version,
                  ...(reason.trim() ? { reason: reason.trim() } : {}),
                },
                { onSuccess: onClose },
              )
            }
          >
            Cancel meeting
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
