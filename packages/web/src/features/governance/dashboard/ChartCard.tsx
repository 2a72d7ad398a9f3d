import { Accordion, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ChartCardProps {
  id: string;
  title: string;
  /** One sentence a screen reader hears instead of the picture. */
  summary: string;
  /** The same numbers as a table: column headings, then rows (first cell names the row). */
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** Shown instead of the chart when there is nothing to count. */
  emptyText?: string;
  children: ReactNode;
}

/**
 * A chart with its accessible name and a text alternative: the figure names it, the image role
 * summarises it, and a data table holds the same numbers.
 */
export function ChartCard(props: ChartCardProps) {
  const { id, title, summary, columns, rows, emptyText, children } = props;
  return (
    <Paper withBorder p="lg" component="figure" m={0} aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} order={2} size="h4" mb="sm" component="figcaption">
        {title}
      </Title>
      {rows.length === 0 && emptyText ? (
        <Text c="dimmed">{emptyText}</Text>
      ) : (
        <>
          <div role="img" aria-label={`${title}. ${summary}`} data-testid={`${id}-chart`}>
            {children}
          </div>
          <Accordion mt="sm" variant="contained">
            <Accordion.Item value="table">
              <Accordion.Control>Data table: {title.toLowerCase()}</Accordion.Control>
              <Accordion.Panel>
                <Table striped fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      {columns.map((c) => (
                        <Table.Th key={c} scope="col">
                          {c}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map(([head, ...cells]) => (
                      <Table.Tr key={String(head)}>
                        <Table.Th scope="row" fw={400}>
                          {head}
                        </Table.Th>
                        {cells.map((cell, i) => (
                          <Table.Td key={columns[i + 1] ?? i}>{cell}</Table.Td>
                        ))}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      )}
    </Paper>
  );
}
