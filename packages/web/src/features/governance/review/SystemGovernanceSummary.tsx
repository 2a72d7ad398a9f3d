import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconGavel, IconListCheck } from '@tabler/icons-react';
import {
  decisionOutcomeLabels,
  type GovernanceStateDto,
  reviewPathwayLabels,
  riskTierLabels,
} from '@vigil/contracts';
import { Link } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useGovernanceState } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';

/**
 * The governance tab of a portfolio system: tier, the review in progress, the latest decision and
 * open conditions at a glance, with the way into the review workspace and the assessments.
 */
export function SystemGovernanceSummary({ systemId }: { systemId: string }) {
  const me = useMe();
  const canRead = hasPermission(me.data, 'governance.read');
  const state = useGovernanceState(canRead ? systemId : '');
  if (!canRead) {
    return (
      <Text c="dimmed">
        Reviews, decisions and conditions of this system are visible to the AI office, the
        committee, owners and executives.
      </Text>
    );
  }
  if (state.isPending) return <PageLoader />;
  if (state.isError)
    return <ErrorAlert error={state.error} title="Governance could not be loaded" />;
  return <SummaryCards state={state.data} />;
}

function SummaryCards({ state }: { state: GovernanceStateDto }) {
  const latest = state.decisions.at(-1) ?? null;
  const open = state.conditions.filter((c) => c.status === 'open');
  return (
    <Stack>
      <Group>
        <Button
          component={Link}
          to={`/governance/systems/${state.systemId}`}
          leftSection={<IconGavel size={16} aria-hidden />}
        >
          Open the review workspace
        </Button>
        <Button
          component={Link}
          variant="default"
          to={`/governance/assessments/systems/${state.systemId}`}
          leftSection={<IconListCheck size={16} aria-hidden />}
        >
          Framework assessments
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            Risk tier
          </Title>
          {state.determination ? (
            <Stack gap={4} mt="xs">
              <Badge variant="light">{riskTierLabels[state.determination.tier]}</Badge>
              <Text size="sm">{reviewPathwayLabels[state.determination.pathway]}</Text>
              <Text size="sm" c="dimmed">
                Re-review every {state.determination.reReviewMonths} months
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed" mt="xs">
              Not tiered yet.
            </Text>
          )}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            Review
          </Title>
          <Text size="sm" mt="xs">
            {state.openReview
              ? `Round ${state.openReview.round} is open.`
              : latest
                ? `Latest decision: ${decisionOutcomeLabels[latest.outcome]} (round ${latest.round}).`
                : 'No review yet.'}
          </Text>
          {latest ? (
            <Anchor component={Link} to={`/governance/decisions/${latest.id}`} size="sm">
              Decision letter, round {latest.round}
            </Anchor>
          ) : null}
          {latest?.nextReviewDue ? (
            <Text size="sm" c="dimmed">
              Re-review due {latest.nextReviewDue}
            </Text>
          ) : null}
        </Paper>
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            Open conditions
          </Title>
          {open.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              None.
            </Text>
          ) : (
            <List size="sm" mt="xs" spacing={4}>
              {open.map((c) => (
                <List.Item key={c.id}>
                  {c.description} ({c.owner.name}, due {c.dueDate}
                  {c.isOverdue ? ', overdue' : ''})
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
