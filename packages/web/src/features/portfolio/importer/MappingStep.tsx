import { Button, Group, Select, Table, Text } from '@mantine/core';
import {
  importTargetFieldLabels,
  importTargetFields,
  type ImportMapping,
  type ImportSessionDto,
} from '@vigil/contracts';
import { TableScroll } from '../../../components/TableScroll';
import { isOneOf } from '../options';

const fieldOptions = importTargetFields.map((value) => ({
  value,
  label: importTargetFieldLabels[value],
}));

interface MappingStepProps {
  session: ImportSessionDto;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  onBack: () => void;
  onNext: () => void;
  isPending: boolean;
}

/** Step 2: each column header → the field it fills, prefilled with the server's suggestion. */
export function MappingStep({
  session,
  mapping,
  onChange,
  onBack,
  onNext,
  isPending,
}: MappingStepProps) {
  const used = new Set(Object.values(mapping).filter(Boolean));
  const caption = `Columns of ${session.filename} (headers on row ${session.headerRowNumber}, ${session.rowCount} data rows)`;
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Check which field each column fills. Leave a column empty to ignore it; each field takes one
        column.
      </Text>
      <TableScroll minWidth={720} label={caption}>
        <Table captionSide="top" striped>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Column</Table.Th>
              <Table.Th scope="col">First values</Table.Th>
              <Table.Th scope="col">Fills field</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.headers.map((header, index) => {
              const current = mapping[header] ?? null;
              return (
                <Table.Tr key={header}>
                  <Table.Th scope="row">{header}</Table.Th>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {session.sampleRows
                        .slice(0, 3)
                        .map((row) => row[index] ?? '')
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={260}>
                    <Select
                      aria-label={`Field for column ${header}`}
                      placeholder="Ignore this column"
                      data={fieldOptions.map((o) => ({
                        ...o,
                        disabled: o.value !== current && used.has(o.value),
                      }))}
                      value={current}
                      onChange={(value) =>
                        onChange({
                          ...mapping,
                          [header]: isOneOf(importTargetFields, value) ? value : null,
                        })
                      }
                      clearable
                      searchable
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Group mt="md">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={onNext} loading={isPending}>
          Preview import
        </Button>
      </Group>
    </>
  );
}
