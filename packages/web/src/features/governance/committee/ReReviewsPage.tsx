import { Anchor, Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReReviewItemDto, decisionOutcomeLabels, riskTierLabels } from '@vigil/contracts';
import { Link, useNavigate } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useOpenReReview, useReReviews } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { StateBadge } from '../../portfolio/StateBadge';
import { BackToGovernance } from './BackToGovernance';

function dueText(item: ReReviewItemDto): string {
  const n = Math.abs(item.daysUntilDue);
  const days = `${n} day${n === 1 ? '' : 's'}`;
  if (item.daysUntilDue < 0) return `${days} overdue`;
  if (item.daysUntilDue === 0) return 'due today';
  return `in ${days}`;
}

/** Systems due for re-review by their latest decision: overdue ones flagged, those due soon next. */
export function ReReviewsPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'governance.manage');
  const schedule = useReReviews();
  const items = schedule.data?.items ?? [];
  const groups = [
    { id: 'overdue', title: 'Overdue', items: items.filter((i) => i.isOverdue) },
    {
      id: 'soon',
      title: `Due within ${schedule.data?.dueSoonDays ?? 60} days`,
      items: items.filter((i) => i.isDueSoon),
    },
    { id: 'later', title: 'Later', items: items.filter((i) => !i.isOverdue && !i.isDueSoon) },
  ];
  return (
    <>
      <BackToGovernance />
      <PageHeader
        title="Re-reviews"
        description="Each decision sets when the system is reviewed again, by its risk tier. Open a re-review to start a new review round."
      />
      {schedule.isError ? <ErrorAlert error={schedule.error} /> : null}
      {schedule.isPending ? <PageLoader /> : null}
      {schedule.data ? (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            As of {formatDate(schedule.data.today)}.
          </Text>
          {groups.map((g) => (
            <Paper key={g.id} withBorder p="lg" component="section" aria-labelledby={`re-${g.id}`}>
              <Title id={`re-${g.id}`} order={2} size="h4" mb="sm">
                {g.title} ({g.items.length})
              </Title>
              {g.items.length === 0 ? (
                <Text c="dimmed">None.</Text>
              ) : (
                <ReReviewTable caption={g.title} items={g.items} canManage={canManage} />
              )}
            </Paper>
          ))}
        </Stack>
      ) : null}
    </>
  );
}

function ReReviewTable(props: { caption: string; items: ReReviewItemDto[]; canManage: boolean }) {
  const { caption, items, canManage } = props;
  const open = useOpenReReview();
  const navigate = useNavigate();
  return (
    <Stack gap="sm">
      {open.isError ? <ErrorAlert error={open.error} title="The re-review was not opened" /> : null}
      <TableScroll minWidth={820} label={caption}>
        <Table striped captionSide="top" fz="sm">
          <Table.Caption>{caption}: systems by re-review date</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">System</Table.Th>
              <Table.Th scope="col">State</Table.Th>
              <Table.Th scope="col">Tier</Table.Th>
              <Table.Th scope="col">Last decision</Table.Th>
              <Table.Th scope="col">Re-review due</Table.Th>
              <Table.Th scope="col">Re-review</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.systemId}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/governance/systems/${item.systemId}`}>
                    {item.systemName}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <StateBadge state={item.lifecycleState} />
                </Table.Td>
                <Table.Td>{riskTierLabels[item.tier]}</Table.Td>
                <Table.Td>
                  {decisionOutcomeLabels[item.outcome]}, {formatDate(item.decidedAt)}
                </Table.Td>
                <Table.Td>
                  {formatDate(item.nextReviewDue)}{' '}
                  <Badge
                    component="span"
                    size="sm"
                    variant="light"
                    color={item.isOverdue ? 'red' : item.isDueSoon ? 'orange' : 'gray'}
                  >
                    {dueText(item)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {item.openReviewId ? (
                    <Anchor component={Link} to={`/governance/systems/${item.systemId}`}>
                      Review open
                    </Anchor>
                  ) : canManage ? (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`Open re-review of ${item.systemName}`}
                      loading={open.isPending && open.variables.systemId === item.systemId}
                      onClick={() =>
                        open.mutate(
                          { systemId: item.systemId, body: {} },
                          {
                            onSuccess: () => {
                              notifications.show({
                                color: 'green',
                                message: `A re-review of ${item.systemName} is open.`,
                              });
                              void navigate(`/governance/systems/${item.systemId}`);
                            },
                          },
                        )
                      }
                    >
                      Open re-review
                    </Button>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Not open
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
