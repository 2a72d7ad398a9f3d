import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useGovernanceDashboard, useMeetings } from '../../api/useGovernanceCommittee';
import { useIntakeFacets, useIntakeList } from '../../api/useGovernanceIntake';
import { formatDate } from '../../lib/format';
import { formatMeetingWhen } from '../governance/committee/meetingTime';
import { ThisWeekBlock, daysSince, plural } from './ThisWeekBlock';

/** Intakes waiting for the office's triage: how many, and how long the oldest has waited. */
export function TriageBlock() {
  const queue = useIntakeList({ status: 'submitted', sort: 'oldest', pageSize: 1 });
  const total = queue.data?.total ?? 0;
  const oldest = queue.data?.items[0];
  return (
    <ThisWeekBlock
      id="this-week-triage"
      title="Waiting for triage"
      queries={[queue]}
      isEmpty={total === 0}
      link={{ to: '/governance/intake', label: 'Open the triage queue' }}
    >
      <Text size="sm">
        <Text span fw={700} size="lg">
          {plural(total, 'intake')}
        </Text>{' '}
        waiting for triage.
      </Text>
      {oldest ? (
        <Text size="sm" c="dimmed">
          The oldest, “{oldest.title}”, came in {plural(daysSince(oldest.createdAt), 'day')} ago.
        </Text>
      ) : null}
    </ThisWeekBlock>
  );
}

/**
 * Intakes by department over the dashboard's window, and the departments that sent intakes
 * before it but none during it: a department gone quiet is a signal too.
 */
export function IntakesByDepartmentBlock() {
  const dashboard = useGovernanceDashboard();
  const facets = useIntakeFacets();
  const figure = dashboard.data?.intakesByDepartment;
  const items = figure?.items ?? [];
  const total = items.reduce((sum, i) => sum + i.count, 0);
  const active = new Set(items.map((i) => i.department));
  const quiet = (facets.data?.departments ?? [])
    .map((d) => d.value)
    .filter((d) => !active.has(d))
    .sort((a, b) => a.localeCompare(b));
  const windowDays =
    figure && dashboard.data
      ? Math.round((Date.parse(dashboard.data.generatedAt) - Date.parse(figure.since)) / 86_400_000)
      : 0;
  return (
    <ThisWeekBlock
      id="this-week-intakes"
      title="Ideas and reports from staff"
      queries={[dashboard, facets]}
      isEmpty={total === 0 && quiet.length === 0}
      emptyText="No intakes have come in yet."
      link={{ to: '/governance', label: 'Governance dashboard' }}
    >
      <Text size="sm" mb={4}>
        {plural(total, 'intake')} in the last {windowDays} days (since {formatDate(figure?.since)}):
      </Text>
      {items.length > 0 ? (
        <List size="sm" spacing={2} aria-labelledby="this-week-intakes">
          {items.map((i) => (
            <List.Item key={i.department}>
              {i.department}: {i.count}
            </List.Item>
          ))}
        </List>
      ) : null}
      {quiet.length > 0 ? (
        <Text size="sm" mt="xs">
          <Text span fw={600}>
            Gone quiet:
          </Text>{' '}
          {quiet.join(', ')} sent intakes before but none in this period.
        </Text>
      ) : null}
    </ThisWeekBlock>
  );
}

/** Reviews past their due date and re-reviews overdue and not yet opened, from the dashboard. */
export function OverdueReviewsBlock() {
  const dashboard = useGovernanceDashboard();
  const reviews = dashboard.data?.overdue.reviews ?? [];
  const reReviews = dashboard.data?.overdue.reReviews ?? [];
  const days = (n: number) => `${plural(n, 'day')} overdue`;
  return (
    <ThisWeekBlock
      id="this-week-overdue-reviews"
      title="Reviews and re-reviews overdue"
      queries={[dashboard]}
      isEmpty={reviews.length === 0 && reReviews.length === 0}
      emptyText="Nothing waiting: no review or re-review is overdue."
      link={{ to: '/governance/re-reviews', label: 'Re-review schedule' }}
    >
      <List size="sm" spacing={4} aria-labelledby="this-week-overdue-reviews">
        {reviews.map((r) => (
          <List.Item key={r.id}>
            <Anchor component={Link} to={`/governance/systems/${r.systemId}`}>
              {r.systemName}
            </Anchor>
            : review round {r.round} was due {formatDate(r.dueAt)}, {days(r.daysOverdue)}
          </List.Item>
        ))}
        {reReviews.map((r) => (
          <List.Item key={`re-${r.systemId}`}>
            <Anchor component={Link} to={`/governance/systems/${r.systemId}`}>
              {r.systemName}
            </Anchor>
            : re-review was due {formatDate(`${r.nextReviewDue}T12:00:00Z`)}, {days(r.daysOverdue)}
          </List.Item>
        ))}
      </List>
    </ThisWeekBlock>
  );
}

/** The next scheduled committee meeting, when it is and how long its agenda is. */
export function NextMeetingBlock() {
  const meetings = useMeetings({ when: 'upcoming', page: 1 });
  const next = meetings.data?.items.find((m) => m.status === 'scheduled');
  return (
    <ThisWeekBlock
      id="this-week-meeting"
      title="Next committee meeting"
      queries={[meetings]}
      isEmpty={!next}
      emptyText="No committee meeting is scheduled."
      link={{ to: '/governance/meetings', label: 'All committee meetings' }}
    >
      {next ? (
        <>
          <Anchor component={Link} to={`/governance/meetings/${next.id}`} fw={600}>
            {next.title}
          </Anchor>
          <Text size="sm">
            {formatMeetingWhen(next.startsAt, next.endsAt)} · {next.location}
          </Text>
          <Text size="sm" c="dimmed">
            {plural(next.agendaItemCount, 'agenda item')}
          </Text>
        </>
      ) : null}
    </ThisWeekBlock>
  );
}
