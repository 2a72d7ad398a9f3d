import { Badge, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { CompletenessItem, ModelCardCompleteness } from '@vigil/contracts';
import { useState } from 'react';
import { TableScroll } from '../../../components/TableScroll';
import { sectionLabel } from './cardText';

const satisfiedLabels: Record<NonNullable<CompletenessItem['satisfiedBy']>, string> = {
  field: 'Card field',
  explicit: 'HTI-1 entry',
  crosswalk: 'Via CHAI fields',
};

function ChecklistTable({
  caption,
  items,
}: {
  caption: string;
  items: readonly CompletenessItem[];
}) {
  if (items.length === 0) return <Text c="dimmed">{caption}: nothing to show.</Text>;
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table captionSide="top" striped verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Item</Table.Th>
            <Table.Th scope="col">Section</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Met by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.source}:${item.key}`}>
              <Table.Th scope="row" fw={500} fz="sm">
                {item.label}
              </Table.Th>
              <Table.Td fz="sm">{sectionLabel(item.section)}</Table.Td>
              <Table.Td>
                <Badge color={item.status === 'present' ? 'green' : 'red'} variant="light">
                  {item.status === 'present' ? 'Present' : 'Missing'}
                </Badge>
              </Table.Td>
              <Table.Td fz="sm">
                {item.satisfiedBy ? satisfiedLabels[item.satisfiedBy] : '—'}
                {item.viaChaiFields?.length ? ` (${item.viaChaiFields.length})` : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The transparency checklist: required CHAI fields and HTI-1 attributes, missing ones first to find. */
export function CompletenessChecklist({ completeness }: { completeness: ModelCardCompleteness }) {
  const [show, setShow] = useState<'missing' | 'all'>('missing');
  const visible = completeness.items.filter((item) => show === 'all' || item.status === 'missing');
  const missing = completeness.items.filter((item) => item.status === 'missing').length;
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        Transparency checklist: {missing} missing
      </Title>
      <SegmentedControl
        value={show}
        onChange={(value) => setShow(value === 'all' ? 'all' : 'missing')}
        data={[
          { value: 'missing', label: 'Missing only' },
          { value: 'all', label: 'All items' },
        ]}
        aria-label="Which checklist items to show"
        w="fit-content"
      />
      <ChecklistTable
        caption="Required CHAI model card fields"
        items={visible.filter((i) => i.source === 'chai')}
      />
      <ChecklistTable
        caption="HTI-1 source attributes"
        items={visible.filter((i) => i.source === 'hti1')}
      />
    </Stack>
  );
}
