import { Anchor, Code, Table, Text } from '@mantine/core';
import type { AuditEntryDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { TableScroll } from '../../components/TableScroll';
import { formatDate, formatTime } from '../../lib/format';
import { ChangesList } from './ChangesList';

function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** Ids are shortened to keep rows readable; the link filters to the entity, the CSV has them whole. */
function EntityCell({ entry }: { entry: AuditEntryDto }) {
  if (!entry.entityId) return <Text size="sm">{entry.entityType}</Text>;
  const search = new URLSearchParams({ entityType: entry.entityType, entityId: entry.entityId });
  return (
    <>
      <Text size="sm">{entry.entityType}</Text>
      <Anchor
        component={Link}
        to={`?${search.toString()}`}
        size="xs"
        ff="monospace"
        title={entry.entityId}
        aria-label={`Show all entries for ${entry.entityType} ${entry.entityId}`}
      >
        {shortId(entry.entityId)}
      </Anchor>
    </>
  );
}

export function AuditTable({
  entries,
  caption,
}: {
  entries: readonly AuditEntryDto[];
  caption: string;
}) {
  return (
    <TableScroll minWidth={900} label={caption}>
      <Table striped captionSide="top" verticalSpacing="xs" horizontalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Actor</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Entity</Table.Th>
            <Table.Th scope="col">Changes</Table.Th>
            <Table.Th scope="col">Request id</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td>{entry.seq}</Table.Td>
              <Table.Td>
                <time dateTime={entry.at}>
                  <Text span size="sm" display="block" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(entry.at)}
                  </Text>
                  <Text span size="xs" c="dimmed" display="block">
                    {formatTime(entry.at)}
                  </Text>
                </time>
              </Table.Td>
              <Table.Td miw={140} style={{ overflowWrap: 'anywhere' }}>
                {entry.actorLabel}
              </Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                <EntityCell entry={entry} />
              </Table.Td>
              <Table.Td miw={240}>
                <ChangesList changes={entry.changes} />
              </Table.Td>
              <Table.Td>
                {entry.requestId ? (
                  <Text size="xs" ff="monospace" title={entry.requestId}>
                    {shortId(entry.requestId)}
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
