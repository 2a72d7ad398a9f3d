import { Table, Text } from '@mantine/core';
import type { ModelCard, ModelCardKeyMetric } from '@vigil/contracts';
import { TableScroll } from '../../../components/TableScroll';
import { formatMetricResult } from './cardText';

export const keyMetricGroups = [
  ['usefulnessUsabilityEfficacy', 'Usefulness, usability and efficacy'],
  ['fairnessEquity', 'Fairness and equity'],
  ['safetyReliability', 'Safety and reliability'],
] as const;

export function metricRows(card: ModelCard) {
  return keyMetricGroups.flatMap(([key, group]) => {
    const block: ModelCardKeyMetric = card.keyMetrics[key];
    return block.results.map((result, index) => ({ group, block, result, index }));
  });
}

/** Every metric result of the card's three key-metric blocks, with the goal and test type. */
export function MetricsTable({ card }: { card: ModelCard }) {
  const rows = metricRows(card);
  const caption = 'Key metrics reported on the card';
  return (
    <TableScroll minWidth={720} label={caption}>
      <Table captionSide="top" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Area</Table.Th>
            <Table.Th scope="col">Metric</Table.Th>
            <Table.Th scope="col">Result</Table.Th>
            <Table.Th scope="col">Test type</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ group, block, result, index }) => (
            <Table.Tr key={`${group}-${index}`}>
              <Table.Td fz="sm">{group}</Table.Td>
              <Table.Th scope="row" fz="sm" fw={500}>
                {result.label || '—'}
              </Table.Th>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatMetricResult(result)}
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2} title={block.testType}>
                  {block.testType || '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
