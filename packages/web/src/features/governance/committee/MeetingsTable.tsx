import { Anchor, Table, Text } from '@mantine/core';
import type { MeetingSummaryDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { formatMeetingWhen } from './meetingTime';
import { MeetingStatusBadge } from './MeetingStatusBadge';

interface MeetingsTableProps {
  caption: string;
  meetings: readonly MeetingSummaryDto[];
  emptyText: string;
}

export function MeetingsTable({ caption, meetings, emptyText }: MeetingsTableProps) {
  if (meetings.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <TableScroll minWidth={760} label={caption}>
      <Table striped captionSide="top" verticalSpacing="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Meeting</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Location</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Agenda items</Table.Th>
            <Table.Th scope="col">Present / quorum</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/governance/meetings/${m.id}`}>
                  {m.title}
                </Anchor>
              </Table.Th>
              <Table.Td fz="sm">{formatMeetingWhen(m.startsAt, m.endsAt)}</Table.Td>
              <Table.Td fz="sm">{m.location}</Table.Td>
              <Table.Td>
                <MeetingStatusBadge status={m.status} />
              </Table.Td>
              <Table.Td fz="sm">{m.agendaItemCount}</Table.Td>
              <Table.Td fz="sm">
                {m.quorum.present} / {m.quorum.required}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
