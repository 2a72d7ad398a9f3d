import { Accordion, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface ChartDatum {
  label: string;
  count: number;
}

interface ChartFigureProps {
  id: string;
  title: string;
  data: readonly ChartDatum[];
  children: ReactNode;
}

/**
 * A chart with its accessible name and a text alternative: the figure names it, the image
 * role summarises every value, and a data table holds the same numbers.
 */
export function ChartFigure({ id, title, data, children }: ChartFigureProps) {
  const summary = data.map((d) => `${d.label}: ${d.count}`).join('; ');
  return (
    <Paper withBorder p="lg" component="figure" m={0} aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} order={2} size="h4" mb="sm" component="figcaption">
        {title}
      </Title>
      {data.length === 0 ? (
        <Text c="dimmed">No systems to count.</Text>
      ) : (
        <>
          <div role="img" aria-label={`${title}. ${summary}`}>
            {children}
          </div>
          <Accordion mt="sm" variant="contained">
            <Accordion.Item value="table">
              <Accordion.Control>Data table: {title.toLowerCase()}</Accordion.Control>
              <Accordion.Panel>
                <Table striped fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">Group</Table.Th>
                      <Table.Th scope="col">Systems</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.map((d) => (
                      <Table.Tr key={d.label}>
                        <Table.Th scope="row" fw={400}>
                          {d.label}
                        </Table.Th>
                        <Table.Td>{d.count}</Table.Td>
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
