import { Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowsExchange, IconPaperclip } from '@tabler/icons-react';
import type { AssessmentAnswerDto, FrameworkItemDto } from '@vigil/contracts';
import { TableScroll } from '../../../components/TableScroll';
import { AnswerStatusBadge } from './AnswerStatusBadge';

interface AssessmentItemsTableProps {
  caption: string;
  items: readonly FrameworkItemDto[];
  answers: Map<string, AssessmentAnswerDto>;
  onOpenItem: (itemKey: string) => void;
}

/** The items of one group: reference, text, answer, owner and evidence, each opening its drawer. */
export function AssessmentItemsTable({
  caption,
  items,
  answers,
  onOpenItem,
}: AssessmentItemsTableProps) {
  return (
    <TableScroll minWidth={760} label={caption}>
      <Table verticalSpacing="xs" highlightOnHover>
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={120}>
              Item
            </Table.Th>
            <Table.Th scope="col">Requirement</Table.Th>
            <Table.Th scope="col" w={140}>
              Answer
            </Table.Th>
            <Table.Th scope="col" w={170}>
              Owner
            </Table.Th>
            <Table.Th scope="col" w={90}>
              Evidence
            </Table.Th>
            <Table.Th scope="col" w={100}>
              <VisuallyHidden>Open</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const answer = answers.get(item.key);
            const evidence = answer?.evidence.length ?? 0;
            return (
              <Table.Tr key={item.key}>
                <Table.Th scope="row" fw={600}>
                  <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {item.ref}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{item.text}</Text>
                  {answer?.note ? (
                    <Text size="xs" c="dimmed" lineClamp={2} mt={2}>
                      {answer.note}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <AnswerStatusBadge status={answer?.status ?? 'unanswered'} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={answer?.ownerName ? undefined : 'dimmed'}>
                    {answer?.ownerName ?? 'No owner'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" c={evidence > 0 ? undefined : 'dimmed'}>
                      <IconPaperclip size={14} aria-hidden /> {evidence}
                    </Text>
                    {answer && answer.crosswalkCount > 0 ? (
                      <Tooltip label={`Maps to ${answer.crosswalkCount} items of other frameworks`}>
                        <IconArrowsExchange
                          size={14}
                          aria-label={`Maps to ${answer.crosswalkCount} items of other frameworks`}
                          role="img"
                        />
                      </Tooltip>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => onOpenItem(item.key)}
                    aria-label={`Open ${item.ref}`}
                  >
                    Open
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
