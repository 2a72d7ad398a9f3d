import { Anchor, Table, Text } from '@mantine/core';
import {
  type DecisionSummaryDto,
  type TransitionDto,
  decisionOutcomeLabels,
  lifecycleStateLabels,
} from '@vigil/contracts';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate, formatDateTime } from '../../../lib/format';

/** Past decisions of the system, each with its letter. */
export function DecisionsTable({ decisions }: { decisions: readonly DecisionSummaryDto[] }) {
  if (decisions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No decisions yet.
      </Text>
    );
  const caption = 'Decisions on this system';
  return (
    <TableScroll minWidth={560} label={caption}>
      <Table captionSide="top" verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Round</Table.Th>
            <Table.Th scope="col">Decision</Table.Th>
            <Table.Th scope="col">Decided</Table.Th>
            <Table.Th scope="col">Re-review due</Table.Th>
            <Table.Th scope="col">Letter</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decisions.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Th scope="row" fz="sm">
                {d.round}
              </Table.Th>
              <Table.Td fz="sm">{decisionOutcomeLabels[d.outcome]}</Table.Td>
              <Table.Td fz="sm">{formatDate(d.decidedAt)}</Table.Td>
              <Table.Td fz="sm">{d.nextReviewDue ?? '—'}</Table.Td>
              <Table.Td fz="sm">
                <Anchor component={Link} to={`/governance/decisions/${d.id}`}>
                  Decision letter, round {d.round}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Every lifecycle move of the system, newest first. */
export function TransitionHistory({ history }: { history: readonly TransitionDto[] }) {
  if (history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No lifecycle changes recorded since registration.
      </Text>
    );
  const caption = 'Lifecycle changes';
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table captionSide="top" verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">To</Table.Th>
            <Table.Th scope="col">Reason</Table.Th>
            <Table.Th scope="col">By</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Th scope="row" fz="sm" fw={400}>
                {formatDateTime(h.at)}
              </Table.Th>
              <Table.Td fz="sm">{lifecycleStateLabels[h.from]}</Table.Td>
              <Table.Td fz="sm">{lifecycleStateLabels[h.to]}</Table.Td>
              <Table.Td fz="sm">{h.reason}</Table.Td>
              <Table.Td fz="sm">{h.actor.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
