import { Code, Table, Text } from '@mantine/core';
import { useSystemDiff } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatValue } from '../../../lib/format';
import { fieldLabel } from '../fieldLabels';

/** The fields that differ between two versions, each with its value before and after. */
export function SystemDiff({ systemId, from, to }: { systemId: string; from: number; to: number }) {
  const diff = useSystemDiff(systemId, from === to ? null : { from, to });
  if (from === to) return <Text c="dimmed">Pick two different versions to compare.</Text>;
  if (diff.isPending) return <PageLoader />;
  if (diff.isError) return <ErrorAlert error={diff.error} />;
  const changes = Object.entries(diff.data.changes);
  if (changes.length === 0) return <Text c="dimmed">No field differs between these versions.</Text>;
  const caption = `Changes from version ${from} to version ${to}`;
  return (
    <TableScroll minWidth={560} label={caption}>
      <Table captionSide="top" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Version {from}</Table.Th>
            <Table.Th scope="col">Version {to}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map(([field, change]) => (
            <Table.Tr key={field}>
              <Table.Th scope="row">{fieldLabel(field)}</Table.Th>
              <Table.Td>
                <Code style={{ whiteSpace: 'pre-wrap' }}>{formatValue(change.before, 400)}</Code>
              </Table.Td>
              <Table.Td>
                <Code style={{ whiteSpace: 'pre-wrap' }}>{formatValue(change.after, 400)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
