import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import {
  type GovernanceStateDto,
  disciplineLabels,
  reviewPathwayLabels,
  riskTierLabels,
} from '@vigil/contracts';
import { formatDate } from '../../../lib/format';
import { AssignmentsTable } from './AssignmentsTable';
import { AssignReviewerForm } from './AssignReviewerForm';
import { DecisionForm } from './DecisionForm';
import { OpenReviewForm } from './OpenReviewForm';
import { ReviewerWorkspace } from './ReviewerWorkspace';

/** The open review round: reviewers, my own review, the decision; or opening the next round. */
export function ReviewRoundSection({
  state,
  userId,
  canManage,
}: {
  state: GovernanceStateDto;
  userId: string | null;
  canManage: boolean;
}) {
  const review = state.openReview;
  const latestIntake = state.reviews.find((r) => r.intakeId !== null)?.intakeId ?? null;
  if (!review) {
    return (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          No review round is open.
        </Text>
        {canManage ? (
          <OpenReviewForm
            systemId={state.systemId}
            determination={state.determination}
            intakeId={latestIntake}
          />
        ) : null}
      </Stack>
    );
  }
  const mySeat = review.assignments.find((a) => a.reviewerId === userId);
  const rules = review.pathwayRules;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge component="span" variant="light">
          Round {review.round}
        </Badge>
        <Badge component="span" variant="light" color="grape">
          {riskTierLabels[review.tier]}
        </Badge>
        <Badge component="span" variant="light" color="indigo">
          {reviewPathwayLabels[review.pathway]}
        </Badge>
        <Text size="sm" c="dimmed">
          Opened {formatDate(review.openedAt)} by {review.openedBy.name}; due{' '}
          {formatDate(review.dueAt)}
        </Text>
      </Group>
      <Text size="sm">
        {review.reason} Quorum: {rules.quorum} eligible recommendation
        {rules.quorum === 1 ? '' : 's'}
        {rules.requiredDisciplines.length > 0
          ? `; required disciplines: ${rules.requiredDisciplines.map((d) => disciplineLabels[d]).join(', ')}`
          : ''}
        {rules.decidedAtMeeting ? '; decided at a committee meeting.' : '.'}
      </Text>
      <AssignmentsTable
        reviewId={review.id}
        assignments={review.assignments}
        canManage={canManage}
        isOpen
      />
      {canManage ? <AssignReviewerForm review={review} /> : null}
      {mySeat ? <ReviewerWorkspace key={mySeat.id} seat={mySeat} /> : null}
      {canManage ? (
        <section aria-labelledby="decision-heading">
          <Title order={3} size="h5" id="decision-heading" mb="sm">
            Decision
          </Title>
          <DecisionForm reviewId={review.id} />
        </section>
      ) : null}
    </Stack>
  );
}
