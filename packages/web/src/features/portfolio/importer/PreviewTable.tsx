import { Badge, Button, Table, Text } from '@mantine/core';
import type { ImportPreviewRow, ImportRowAction, ImportTargetField } from '@vigil/contracts';
import { TableScroll } from '../../../components/TableScroll';
import { RowFix } from './RowFix';

export const actionBadges: Record<ImportRowAction, { color: string; label: string }> = {
  create: { color: 'green', label: 'New' },
  update: { color: 'blue', label: 'Update' },
  unchanged: { color: 'gray', label: 'Unchanged' },
  excluded: { color: 'dark', label: 'Excluded' },
  invalid: { color: 'red', label: 'Has errors' },
};

interface PreviewTableProps {
  rows: readonly ImportPreviewRow[];
  caption: string;
  rowEdits: Record<string, Partial<Record<ImportTargetField, string>>>;
  onFix: (rowNumber: number, edit: Partial<Record<ImportTargetField, string>>) => void;
  onToggleExclude: (rowNumber: number) => void;
  isPending: boolean;
}

export function PreviewTable({
  rows,
  caption,
  rowEdits,
  onFix,
  onToggleExclude,
  isPending,
}: PreviewTableProps) {
  return (
    <TableScroll minWidth={900} label={caption}>
      <Table captionSide="top" striped verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Row</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">System</Table.Th>
            <Table.Th scope="col">Problems and fixes</Table.Th>
            <Table.Th scope="col">Include</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const badge = actionBadges[row.action];
            const isExcluded = row.action === 'excluded';
            return (
              <Table.Tr key={row.rowNumber}>
                <Table.Th scope="row">{row.rowNumber}</Table.Th>
                <Table.Td>
                  <Badge
                    color={badge.color}
                    variant="light"
                    styles={{ label: { overflow: 'visible' } }}
                  >
                    {badge.label}
                  </Badge>
                </Table.Td>
                <Table.Td miw={200}>
                  <Text size="sm" fw={500}>
                    {row.values.name ?? '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.values.developer ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td miw={360}>
                  {row.errors.length > 0 ? (
                    <RowFix
                      key={JSON.stringify(row.errors)}
                      row={row}
                      edit={rowEdits[String(row.rowNumber)]}
                      onFix={onFix}
                      isPending={isPending}
                    />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {rowEdits[String(row.rowNumber)] ? 'Fixed' : '—'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onToggleExclude(row.rowNumber)}
                    disabled={isPending}
                  >
                    {isExcluded ? `Include row ${row.rowNumber}` : `Exclude row ${row.rowNumber}`}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
