import { Alert, Button, List, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type DecisionDto,
  type DecisionOutcome,
  type ReviewReadiness,
  decisionOutcomeLabels,
  decisionOutcomes,
  disciplineLabels,
  reviewLimits,
} from '@vigil/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useDecideReview, useReview } from '../../../api/useGovernanceReview';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { isOneOf } from '../../portfolio/options';
import { type ConditionDraft, ConditionsEditor } from './ConditionsEditor';
import { isoDay } from './reviewText';

export interface DecisionFormProps {
  /** The open review round to decide. */
  reviewId: string;
  /** The committee meeting the decision is taken at (needed for full review). */
  meetingId?: string;
  /** The agenda item of that meeting about this review. */
  agendaItemId?: string;
  /** Called with the recorded decision. */
  onDecided?: (decision: DecisionDto) => void;
}

const approvals: readonly DecisionOutcome[] = [
  'approved',
  'approved_with_conditions',
  'approved_for_pilot',
];

/**
 * Records the decision on a review round: outcome, written rationale and, for approvals,
 * conditions with owners and due dates. Shows what is still missing (quorum, disciplines,
 * a meeting) before the server is asked. Reusable on the committee's meeting page.
 */
export function DecisionForm({ reviewId, meetingId, agendaItemId, onDecided }: DecisionFormProps) {
  const review = useReview(reviewId);
  const decide = useDecideReview(reviewId);
  const nextKey = useRef(1);
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [rationale, setRationale] = useState('');
  const [conditions, setConditions] = useState<ConditionDraft[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (review.isPending) return <PageLoader />;
  if (review.isError)
    return <ErrorAlert error={review.error} title="The review could not be loaded" />;
  const r = review.data;
  if (r.status !== 'open') {
    return (
      <Text c="dimmed">This review round is {r.status}; there is nothing left to decide.</Text>
    );
  }
  const newCondition = (): ConditionDraft => ({
    key: nextKey.current++,
    description: '',
    ownerId: null,
    dueDate: isoDay(30),
    gatesState: 'deployed',
  });
  const needsMeeting = r.readiness.decidedAtMeeting && meetingId === undefined;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = 'Choose the decision';
    if (!rationale.trim()) found.rationale = 'Write the rationale';
    conditions.forEach((c, i) => {
      if (!c.description.trim()) found[`conditions.${i}.description`] = 'Describe the condition';
      if (!c.ownerId) found[`conditions.${i}.ownerId`] = 'Choose an owner';
      if (!c.dueDate) found[`conditions.${i}.dueDate`] = 'Choose a due date';
    });
    setErrors(found);
    if (Object.keys(found).length > 0 || !outcome) return;
    decide.mutate(
      {
        outcome,
        rationale,
        conditions: approvals.includes(outcome)
          ? conditions.map((c) => ({
              description: c.description,
              ownerId: c.ownerId ?? '',
              dueDate: c.dueDate,
              gatesState: c.gatesState,
            }))
          : [],
        ...(meetingId ? { meetingId } : {}),
        ...(agendaItemId ? { agendaItemId } : {}),
        expectedVersion: r.version,
      },
      {
        onSuccess: (decision) => {
          notifications.show({
            color: 'green',
            message: `Decision recorded: ${decisionOutcomeLabels[decision.outcome]}.`,
          });
          onDecided?.(decision);
        },
        onError: (error) => {
          if (isApiError(error)) setErrors(error.fieldErrorMap());
        },
      },
    );
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Record the decision">
      <Stack gap="md">
        <ReadinessNote readiness={r.readiness} needsMeeting={needsMeeting} />
        <Select
          label="Decision"
          required
          data={decisionOutcomes.map((o) => ({ value: o, label: decisionOutcomeLabels[o] }))}
          value={outcome}
          onChange={(v) => setOutcome(isOneOf(decisionOutcomes, v) ? v : null)}
          error={errors.outcome}
          maw={320}
        />
        <Textarea
          label="Rationale"
          description="Written into the decision letter"
          required
          autosize
          minRows={3}
          maxLength={reviewLimits.textMaxLength}
          value={rationale}
          onChange={(e) => setRationale(e.currentTarget.value)}
          error={errors.rationale}
        />
        {outcome && approvals.includes(outcome) ? (
          <ConditionsEditor
            value={conditions}
            onChange={setConditions}
            errors={errors}
            newCondition={newCondition}
          />
        ) : null}
        {decide.isError && !isApiError(decide.error, 'validation_failed') ? (
          <ErrorAlert error={decide.error} title="The decision was not recorded" />
        ) : null}
        <div>
          <Button type="submit" loading={decide.isPending}>
            Record decision
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function ReadinessNote({
  readiness,
  needsMeeting,
}: {
  readiness: ReviewReadiness;
  needsMeeting: boolean;
}) {
  const gaps = [
    ...(readiness.quorumMet
      ? []
      : [
          `${readiness.eligibleRecommendations} of ${readiness.quorum} eligible recommendations submitted`,
        ]),
    ...readiness.missingDisciplines.map(
      (d) => `No submitted, unconflicted review from ${disciplineLabels[d]}`,
    ),
    ...(needsMeeting ? ['This pathway is decided at a committee meeting'] : []),
  ];
  if (gaps.length === 0) {
    return (
      <Text size="sm">
        Quorum reached: {readiness.eligibleRecommendations} eligible recommendation
        {readiness.eligibleRecommendations === 1 ? '' : 's'} (quorum {readiness.quorum}).
      </Text>
    );
  }
  return (
    <Alert color="yellow" title="Not ready to decide yet">
      <List size="sm">
        {gaps.map((g) => (
          <List.Item key={g}>{g}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
