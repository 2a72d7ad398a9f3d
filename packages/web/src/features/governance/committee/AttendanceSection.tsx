import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  type AttendanceStatus,
  type MeetingDto,
  attendanceStatuses,
  disciplineLabels,
} from '@vigil/contracts';
import { useRecordAttendance } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TableScroll } from '../../../components/TableScroll';
import { QuorumBadge } from './MeetingStatusBadge';

const statusLabels: Record<AttendanceStatus, string> = {
  present: 'Present',
  absent: 'Absent',
  excused: 'Excused',
};

/** Who attends, recorded per member, with the quorum status above the list. */
export function AttendanceSection({ meeting, canEdit }: { meeting: MeetingDto; canEdit: boolean }) {
  const record = useRecordAttendance(meeting.id);
  const pendingUser = record.isPending ? record.variables.userId : null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="attendance-title">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title id="attendance-title" order={2} size="h4">
          Attendance
        </Title>
        <div role="status" aria-live="polite">
          <QuorumBadge quorum={meeting.quorum} size="lg" />
        </div>
      </Group>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Quorum is {meeting.quorum.required} of the {meeting.quorum.committeeSize} committee
          members present.
        </Text>
        {record.isError ? (
          <ErrorAlert error={record.error} title="Attendance was not recorded" />
        ) : null}
        <TableScroll minWidth={560} label="Attendance">
          <Table striped captionSide="top">
            <Table.Caption>Committee members and their attendance</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Member</Table.Th>
                <Table.Th scope="col">Discipline</Table.Th>
                <Table.Th scope="col">Attendance</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meeting.attendance.map((a) => (
                <Table.Tr key={a.userId}>
                  <Table.Th scope="row" fw={500}>
                    {a.displayName}
                    {a.isCommitteeMember ? '' : ' (no longer on the committee)'}
                  </Table.Th>
                  <Table.Td fz="sm">
                    {a.disciplines.map((d) => disciplineLabels[d]).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    {canEdit && a.isCommitteeMember ? (
                      <Button.Group aria-label={`Attendance of ${a.displayName}`}>
                        {attendanceStatuses.map((s) => (
                          <Button
                            key={s}
                            size="xs"
                            variant={a.status === s ? 'filled' : 'default'}
                            aria-pressed={a.status === s}
                            loading={pendingUser === a.userId && record.variables?.status === s}
                            onClick={() => record.mutate({ userId: a.userId, status: s })}
                          >
                            {statusLabels[s]}
                          </Button>
                        ))}
                      </Button.Group>
                    ) : (
                      <Text size="sm">{a.status ? statusLabels[a.status] : 'Not recorded'}</Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>
    </Paper>
  );
}
