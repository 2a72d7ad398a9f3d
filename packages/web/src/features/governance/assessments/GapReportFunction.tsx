import { Anchor, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { GapFunctionDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { AnswerStatusBadge } from './AnswerStatusBadge';
import { AssessmentProgress } from './AssessmentProgress';
import classes from './GapReport.module.css';

/** One function of the framework in the gap report: its open items, each linked to the assessment. */
export function FunctionGaps({ fn, assessmentId }: { fn: GapFunctionDto; assessmentId: string }) {
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      id={`gaps-${fn.group.key}`}
      aria-labelledby={`gaps-${fn.group.key}-title`}
      className={classes.section}
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 380px' }}>
          <Title id={`gaps-${fn.group.key}-title`} order={2} size="h3">
            {fn.group.ref}: {fn.gapCount} gap{fn.gapCount === 1 ? '' : 's'}
          </Title>
          <Text size="sm" c="dimmed">
            {fn.group.title}
          </Text>
        </Stack>
        <div className={classes.summaryBar} style={{ flex: '0 1 300px' }}>
          <AssessmentProgress progress={fn.progress} size="sm" />
        </div>
      </Group>
      {fn.gapCount === 0 ? (
        <Text size="sm">No gaps: every item is met or not applicable.</Text>
      ) : (
        <Stack gap="md">
          {fn.categories
            .filter((c) => c.gaps.length > 0)
            .map((c) => {
              const label = c.group
                ? `${c.group.ref}: ${c.group.title}`
                : `${fn.group.ref}: ${fn.group.title}`;
              return (
                <div key={c.group?.key ?? fn.group.key} className={classes.category}>
                  {c.group ? (
                    <Title order={3} size="h5" mb={4}>
                      {c.group.ref}: <span style={{ fontWeight: 400 }}>{c.group.title}</span>
                    </Title>
                  ) : null}
                  <TableScroll minWidth={760} label={label}>
                    <Table verticalSpacing="xs" striped>
                      <VisuallyHidden component="caption">Gaps in {label}</VisuallyHidden>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col" w={110}>
                            Item
                          </Table.Th>
                          <Table.Th scope="col">Requirement</Table.Th>
                          <Table.Th scope="col" w={130}>
                            Answer
                          </Table.Th>
                          <Table.Th scope="col" w={150}>
                            Owner
                          </Table.Th>
                          <Table.Th scope="col" w={80}>
                            Evidence
                          </Table.Th>
                          <Table.Th scope="col">Note</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {c.gaps.map((g) => (
                          <Table.Tr key={g.itemKey}>
                            <Table.Th scope="row">
                              <Anchor
                                component={Link}
                                to={`/governance/assessments/${assessmentId}?item=${g.itemKey}`}
                                size="sm"
                                fw={600}
                                style={{ whiteSpace: 'nowrap' }}
                              >
                                {g.ref}
                              </Anchor>
                            </Table.Th>
                            <Table.Td>
                              <Text size="sm">{g.text}</Text>
                            </Table.Td>
                            <Table.Td>
                              <AnswerStatusBadge status={g.status} />
                            </Table.Td>
                            <Table.Td>
                              <Text size="sm" c={g.ownerName ? undefined : 'dimmed'}>
                                {g.ownerName ?? 'No owner'}
                              </Text>
                            </Table.Td>
                            <Table.Td>{g.evidenceCount}</Table.Td>
                            <Table.Td>
                              <Text size="sm">{g.note ?? ''}</Text>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableScroll>
                </div>
              );
            })}
        </Stack>
      )}
    </Paper>
  );
}
