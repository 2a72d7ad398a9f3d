import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { GovernanceDashboardDto } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';

type Overdue = GovernanceDashboardDto['overdue'];

const days = (n: number) => `${n} day${n === 1 ? '' : 's'} overdue`;

function OverdueGroup(props: { title: string; count: number; children: ReactNode }) {
  const { title, count, children } = props;
  return (
    <section aria-labelledby={`overdue-${title}`}>
      <Title id={`overdue-${title}`} order={3} size="h5" mb={4}>
        {title} ({count})
      </Title>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          None overdue.
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {children}
        </List>
      )}
    </section>
  );
}

/** What is late: open conditions past their date, reviews past due, re-reviews not yet opened. */
export function OverdueItems({ overdue }: { overdue: Overdue }) {
  const total = overdue.conditions.length + overdue.reviews.length + overdue.reReviews.length;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="overdue-title">
      <Title id="overdue-title" order={2} size="h4" mb="sm">
        Overdue items ({total})
      </Title>
      <Stack gap="md">
        <OverdueGroup title="Conditions" count={overdue.conditions.length}>
          {overdue.conditions.map((c) => (
            <List.Item key={c.id}>
              <Anchor component={Link} to={`/governance/systems/${c.systemId}`}>
                {c.systemName}
              </Anchor>
              : {c.description} — due {formatDate(c.dueDate)}, {days(c.daysOverdue)}
              {c.ownerName ? ` (owner ${c.ownerName})` : ''}
            </List.Item>
          ))}
        </OverdueGroup>
        <OverdueGroup title="Reviews" count={overdue.reviews.length}>
          {overdue.reviews.map((r) => (
            <List.Item key={r.id}>
              <Anchor component={Link} to={`/governance/systems/${r.systemId}`}>
                {r.systemName}
              </Anchor>
              : review round {r.round} — due {formatDate(r.dueAt)}, {days(r.daysOverdue)}
            </List.Item>
          ))}
        </OverdueGroup>
        <OverdueGroup title="Re-reviews" count={overdue.reReviews.length}>
          {overdue.reReviews.map((r) => (
            <List.Item key={r.systemId}>
              <Anchor component={Link} to="/governance/re-reviews">
                {r.systemName}
              </Anchor>
              : re-review due {formatDate(r.nextReviewDue)}, {days(r.daysOverdue)}
            </List.Item>
          ))}
        </OverdueGroup>
      </Stack>
    </Paper>
  );
}
