import { Anchor, Badge, List, Text } from '@mantine/core';
import type { ConditionDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { useConditions } from '../../api/useGovernanceReview';
import { formatDate } from '../../lib/format';
import { ThisWeekBlock, utcDay } from './ThisWeekBlock';

/** Conditions falling due within this many days are shown to the office with the overdue ones. */
export const conditionsDueWithinDays = 14;

function ConditionList(props: {
  labelledBy: string;
  conditions: ConditionDto[];
  showOwner: boolean;
}) {
  const { labelledBy, conditions, showOwner } = props;
  return (
    <List size="sm" spacing={6} aria-labelledby={labelledBy}>
      {conditions.map((c) => (
        <List.Item key={c.id}>
          <Anchor component={Link} to={`/governance/systems/${c.systemId}`}>
            {c.systemName}
          </Anchor>
          : {c.description}
          <Text size="xs" c="dimmed" component="div">
            Due {formatDate(`${c.dueDate}T12:00:00Z`)}
            {showOwner ? ` · owner ${c.owner.name}` : ''}
            {c.isOverdue ? (
              <Badge component="span" color="red" variant="filled" size="sm" ml={6}>
                Overdue
              </Badge>
            ) : null}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The office's view: every open condition overdue or due within two weeks, soonest first. */
export function ConditionsDueBlock() {
  const conditions = useConditions({ status: 'open', pageSize: 200 });
  const horizon = utcDay(conditionsDueWithinDays);
  const due = (conditions.data?.items ?? []).filter((c) => c.isOverdue || c.dueDate <= horizon);
  const overdue = due.filter((c) => c.isOverdue).length;
  return (
    <ThisWeekBlock
      id="this-week-conditions"
      title="Conditions falling due"
      queries={[conditions]}
      isEmpty={due.length === 0}
      emptyText={`Nothing waiting: no open condition is overdue or due in the next ${conditionsDueWithinDays} days.`}
      link={{ to: '/governance/conditions?status=open', label: 'All open conditions' }}
    >
      <Text size="sm" mb="xs">
        {overdue} overdue, {due.length - overdue} due within the next {conditionsDueWithinDays}{' '}
        days.
      </Text>
      <ConditionList labelledBy="this-week-conditions" conditions={due} showOwner />
    </ThisWeekBlock>
  );
}

/** Anyone's view: the open conditions they own, with their due dates. */
export function MyConditionsBlock({ userId }: { userId: string }) {
  const conditions = useConditions({ status: 'open', ownerId: userId, pageSize: 200 });
  const items = conditions.data?.items ?? [];
  return (
    <ThisWeekBlock
      id="this-week-my-conditions"
      title="Conditions you own"
      queries={[conditions]}
      isEmpty={items.length === 0}
      emptyText="Nothing waiting: you own no open condition."
      link={{ to: '/governance/conditions?mine=1&status=open', label: 'My conditions' }}
    >
      <ConditionList labelledBy="this-week-my-conditions" conditions={items} showOwner={false} />
    </ThisWeekBlock>
  );
}
