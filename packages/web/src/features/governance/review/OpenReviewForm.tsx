import { Anchor, Button, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { reviewLimits, reviewPathwayLabels, type DeterminationSummaryDto } from '@vigil/contracts';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useOpenReview } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** The office opens the next review round; the tier decides its pathway. */
export function OpenReviewForm({
  systemId,
  determination,
  intakeId,
}: {
  systemId: string;
  determination: DeterminationSummaryDto | null;
  intakeId: string | null;
}) {
  const open = useOpenReview();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!determination) {
    return (
      <Text size="sm">
        This system has no risk tier yet; the tier decides the review pathway.{' '}
        <Anchor component={Link} to={`/governance/tiering/${systemId}`}>
          Tier it first
        </Anchor>
        .
      </Text>
    );
  }
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError('Say why the review is opened');
    setError(null);
    open.mutate(
      { systemId, reason, ...(intakeId ? { intakeId } : {}) },
      {
        onSuccess: (review) => {
          setReason('');
          notifications.show({ color: 'green', message: `Review round ${review.round} opened.` });
        },
      },
    );
  };
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Open a review round">
      <Stack gap="sm" maw={640}>
        <Text size="sm">
          The next round follows the {reviewPathwayLabels[determination.pathway].toLowerCase()}{' '}
          pathway of its tier.
        </Text>
        <Textarea
          label="Why is the review opened?"
          required
          autosize
          minRows={2}
          maxLength={reviewLimits.reasonMaxLength}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
        />
        {open.isError ? <ErrorAlert error={open.error} title="The review was not opened" /> : null}
        <div>
          <Button type="submit" loading={open.isPending}>
            Open review round
          </Button>
        </div>
      </Stack>
    </form>
  );
}
