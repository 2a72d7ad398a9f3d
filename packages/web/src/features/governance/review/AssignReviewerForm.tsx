import { Button, Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Discipline, disciplines, type ReviewDto } from '@vigil/contracts';
import { type FormEvent, useState } from 'react';
import { useAssignReviewer, useReviewerCandidates } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isOneOf } from '../../portfolio/options';
import { disciplineOptions } from './reviewText';

/** The office seats a committee member for one of their disciplines. */
export function AssignReviewerForm({ review }: { review: ReviewDto }) {
  const candidates = useReviewerCandidates();
  const assign = useAssignReviewer(review.id);
  const [discipline, setDiscipline] = useState<Discipline | null>(
    review.readiness.missingDisciplines[0] ?? null,
  );
  const [reviewerId, setReviewerId] = useState<string | null>(null);
  const seated = new Set(review.assignments.map((a) => a.reviewerId));
  const people = (candidates.data ?? [])
    .filter((c) => discipline !== null && c.disciplines.includes(discipline) && !seated.has(c.id))
    .map((c) => ({ value: c.id, label: c.displayName }));

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!discipline || !reviewerId) return;
    assign.mutate(
      { reviewerId, discipline },
      {
        onSuccess: (seat) => {
          setReviewerId(null);
          notifications.show({ color: 'green', message: `${seat.reviewerName} assigned.` });
        },
      },
    );
  };
  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Assign a reviewer">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Discipline"
          data={disciplineOptions(review.pathwayRules.requiredDisciplines)}
          value={discipline}
          allowDeselect={false}
          onChange={(v) => {
            setDiscipline(isOneOf(disciplines, v) ? v : null);
            setReviewerId(null);
          }}
          w={280}
        />
        <Select
          label="Reviewer"
          data={people}
          value={reviewerId}
          onChange={setReviewerId}
          placeholder={people.length === 0 ? 'Nobody free with this discipline' : 'Choose'}
          searchable
          w={260}
        />
        <Button type="submit" disabled={!discipline || !reviewerId} loading={assign.isPending}>
          Assign reviewer
        </Button>
      </Group>
      {assign.isError ? (
        <ErrorAlert error={assign.error} title="The reviewer was not assigned" />
      ) : null}
    </form>
  );
}
