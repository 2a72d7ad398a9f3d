import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type AssignmentDto,
  type DecisionOutcome,
  decisionOutcomeLabels,
  decisionOutcomes,
  disciplineLabels,
  reviewLimits,
} from '@vigil/contracts';
import { useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useDeclareConflict, useRecordReview } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isOneOf } from '../../portfolio/options';

/** The signed-in reviewer's own seat: a conflict declaration, or findings and a recommendation. */
export function ReviewerWorkspace({ seat }: { seat: AssignmentDto }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        Your review ({disciplineLabels[seat.discipline]})
      </Title>
      {seat.conflictDeclared ? (
        <Alert color="orange" title="You declared a conflict of interest">
          <Text size="sm">{seat.conflictNote}</Text>
          <Text size="sm" mt={4}>
            You are excluded from the vote on this round and cannot record a recommendation.
          </Text>
        </Alert>
      ) : (
        <Stack gap="lg">
          <RecordReviewForm seat={seat} />
          <DeclareConflictForm seat={seat} />
        </Stack>
      )}
    </Paper>
  );
}

function RecordReviewForm({ seat }: { seat: AssignmentDto }) {
  const record = useRecordReview(seat.id);
  const [findings, setFindings] = useState(seat.findings ?? '');
  const [concerns, setConcerns] = useState(seat.concerns ?? '');
  const [conditions, setConditions] = useState(seat.proposedConditions.join('\n'));
  const [recommendation, setRecommendation] = useState<DecisionOutcome | null>(seat.recommendation);
  const errors = isApiError(record.error) ? record.error.fieldErrorMap() : {};

  const save = (submit: boolean) =>
    record.mutate(
      {
        findings,
        concerns,
        proposedConditions: conditions
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length > 0),
        recommendation,
        submit,
        expectedVersion: seat.version,
      },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: submit ? 'Your review is submitted.' : 'Draft saved.',
          }),
      },
    );

  return (
    <form
      aria-label="Your findings and recommendation"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save(true);
      }}
    >
      <Stack gap="sm">
        {seat.submittedAt ? (
          <Text size="sm" fw={600}>
            Submitted. You may still change it until the round is decided.
          </Text>
        ) : null}
        <Textarea
          label="Findings"
          description="What you checked and what you found"
          autosize
          minRows={3}
          maxLength={reviewLimits.textMaxLength}
          value={findings}
          onChange={(e) => setFindings(e.currentTarget.value)}
          error={errors.findings}
        />
        <Textarea
          label="Concerns"
          autosize
          minRows={2}
          maxLength={reviewLimits.textMaxLength}
          value={concerns}
          onChange={(e) => setConcerns(e.currentTarget.value)}
        />
        <Textarea
          label="Proposed conditions"
          description="One per line"
          autosize
          minRows={2}
          value={conditions}
          onChange={(e) => setConditions(e.currentTarget.value)}
          error={errors.proposedConditions}
        />
        <Select
          label="Recommendation"
          data={decisionOutcomes.map((o) => ({ value: o, label: decisionOutcomeLabels[o] }))}
          value={recommendation}
          onChange={(v) => setRecommendation(isOneOf(decisionOutcomes, v) ? v : null)}
          error={errors.recommendation}
          clearable
          maw={320}
        />
        {record.isError && !isApiError(record.error, 'validation_failed') ? (
          <ErrorAlert error={record.error} title="Your review was not saved" />
        ) : null}
        <Group gap="sm">
          <Button variant="default" onClick={() => save(false)} loading={record.isPending}>
            Save draft
          </Button>
          <Button type="submit" loading={record.isPending}>
            Submit review
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeclareConflictForm({ seat }: { seat: AssignmentDto }) {
  const declare = useDeclareConflict(seat.id);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      aria-label="Declare a conflict of interest"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!note.trim()) return setError('Describe the conflict');
        setError(null);
        declare.mutate({ note, expectedVersion: seat.version });
      }}
    >
      <Stack gap="xs" maw={640}>
        <Textarea
          label="Conflict of interest"
          description="Declaring one excludes you from the vote on this round"
          autosize
          minRows={2}
          maxLength={reviewLimits.noteMaxLength}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error}
        />
        {declare.isError ? <ErrorAlert error={declare.error} /> : null}
        <div>
          <Button type="submit" color="orange" variant="light" loading={declare.isPending}>
            Declare conflict
          </Button>
        </div>
      </Stack>
    </form>
  );
}
