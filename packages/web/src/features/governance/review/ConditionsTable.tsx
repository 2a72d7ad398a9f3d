import { Anchor, Badge, Table, Text } from '@mantine/core';
import { type ConditionDto, conditionStatusLabels, lifecycleStateLabels } from '@vigil/contracts';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { ConditionActions } from './ConditionActions';
import { conditionStatusColors } from './reviewText';

/** Conditions with owner, due date, the state they gate and their status; overdue ones stand out. */
export function ConditionsTable({
  caption,
  conditions,
  userId,
  canManage,
  showSystem,
  linkSystems = true,
}: {
  caption: string;
  conditions: readonly ConditionDto[];
  userId: string | null;
  canManage: boolean;
  showSystem: boolean;
  /** False for people who cannot open the review workspace. */
  linkSystems?: boolean;
}) {
  if (conditions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {caption}: none.
      </Text>
    );
  }
  return (
    <TableScroll minWidth={760} label={caption}>
      <Table captionSide="top" verticalSpacing={6}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Condition</Table.Th>
            {showSystem ? <Table.Th scope="col">AI system</Table.Th> : null}
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Gates</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conditions.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500} fz="sm" maw={360}>
                {c.description}
                {c.resolutionNote ? (
                  <Text size="xs" c="dimmed">
                    {c.resolvedBy?.name}: {c.resolutionNote}
                  </Text>
                ) : null}
              </Table.Th>
              {showSystem ? (
                <Table.Td fz="sm">
                  {linkSystems ? (
                    <Anchor component={Link} to={`/governance/systems/${c.systemId}`}>
                      {c.systemName}
                    </Anchor>
                  ) : (
                    c.systemName
                  )}
                </Table.Td>
              ) : null}
              <Table.Td fz="sm">{c.owner.name}</Table.Td>
              <Table.Td fz="sm">
                {formatDate(`${c.dueDate}T12:00:00Z`)}
                {c.isOverdue ? (
                  <Badge component="span" color="red" variant="filled" ml={6}>
                    Overdue
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td fz="sm">{lifecycleStateLabels[c.gatesState]}</Table.Td>
              <Table.Td>
                <Badge
                  component="span"
                  color={conditionStatusColors[c.status]}
                  variant="light"
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {conditionStatusLabels[c.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <ConditionActions
                  condition={c}
                  canMeet={canManage || (userId !== null && c.owner.id === userId)}
                  canWaive={canManage}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
