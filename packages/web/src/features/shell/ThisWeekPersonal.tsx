import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useMyIntakes } from '../../api/useGovernanceIntake';
import { useMyReviews } from '../../api/useGovernanceReview';
import { useUnreadCount } from '../../api/useNotifications';
import { formatDate } from '../../lib/format';
import { assignmentStatusLabels } from '../governance/review/reviewText';
import { ThisWeekBlock, plural } from './ThisWeekBlock';

/** A reviewer's seats on open reviews whose findings are not yet submitted. */
export function MyReviewSeatsBlock() {
  const mine = useMyReviews();
  const open = (mine.data ?? []).filter(
    ({ assignment, review }) =>
      review.status === 'open' &&
      (assignment.status === 'assigned' || assignment.status === 'draft'),
  );
  return (
    <ThisWeekBlock
      id="this-week-my-reviews"
      title="Reviews waiting for your findings"
      queries={[mine]}
      isEmpty={open.length === 0}
      emptyText="Nothing waiting: every review you sit on has your findings."
      link={{ to: '/governance/reviews', label: 'All my reviews' }}
    >
      <List size="sm" spacing={6} aria-labelledby="this-week-my-reviews">
        {open.map(({ assignment, review }) => (
          <List.Item key={assignment.id}>
            <Anchor component={Link} to={`/governance/systems/${review.systemId}`}>
              {review.systemName}
            </Anchor>
            , round {review.round}
            <Text size="xs" c="dimmed" component="div">
              {assignmentStatusLabels[assignment.status]}
              {review.dueAt ? ` · review due ${formatDate(review.dueAt)}` : ''}
            </Text>
          </List.Item>
        ))}
      </List>
    </ThisWeekBlock>
  );
}

/** What the person submitted that has a question from the office waiting for their answer. */
export function MySubmissionsBlock() {
  const mine = useMyIntakes();
  const waiting = (mine.data ?? []).filter((intake) => intake.status === 'needs_info');
  return (
    <ThisWeekBlock
      id="this-week-my-submissions"
      title="Your submissions with a question for you"
      queries={[mine]}
      isEmpty={waiting.length === 0}
      emptyText="Nothing waiting: the AI office has no open question for you."
      link={{ to: '/governance/submissions', label: 'All my submissions' }}
    >
      <List size="sm" spacing={6} aria-labelledby="this-week-my-submissions">
        {waiting.map((intake) => (
          <List.Item key={intake.id}>
            <Anchor component={Link} to={`/governance/submissions/${intake.id}`}>
              {intake.title}
            </Anchor>
            <Text size="xs" c="dimmed" component="div">
              {intake.reference} · last change {formatDate(intake.updatedAt)}
            </Text>
          </List.Item>
        ))}
      </List>
    </ThisWeekBlock>
  );
}

/** Unread notifications, linking to the inbox. */
export function UnreadNotificationsBlock() {
  const unread = useUnreadCount();
  const count = unread.data?.unread ?? 0;
  return (
    <ThisWeekBlock
      id="this-week-inbox"
      title="Notifications"
      queries={[unread]}
      isEmpty={count === 0}
      emptyText="Nothing waiting: no unread notifications."
      link={{ to: '/inbox', label: 'Open your inbox' }}
    >
      <Text size="sm">
        <Text span fw={700} size="lg">
          {plural(count, 'unread notification')}
        </Text>
      </Text>
    </ThisWeekBlock>
  );
}
