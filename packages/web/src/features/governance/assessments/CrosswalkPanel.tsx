import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { CrosswalkSuggestionDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { useApplyCrosswalk, useCrosswalk } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AnswerStatusBadge } from './AnswerStatusBadge';

interface CrosswalkPanelProps {
  assessmentId: string;
  itemKey: string;
  subject: string;
  canWrite: boolean;
}

/**
 * "Also satisfies": the items of other frameworks this one maps to, and one action that attaches
 * this item's evidence to each of them in the other assessments of the same subject.
 */
export function CrosswalkPanel({ assessmentId, itemKey, subject, canWrite }: CrosswalkPanelProps) {
  const crosswalk = useCrosswalk(assessmentId, itemKey);
  const apply = useApplyCrosswalk(assessmentId, itemKey);
  if (crosswalk.isPending) return <Text size="sm">Loading mapped items…</Text>;
  if (crosswalk.isError) return <ErrorAlert error={crosswalk.error} />;
  const { evidenceCount } = crosswalk.data;
  // Items that sit in an assessment of the same subject first: those are where evidence can go.
  const suggestions = [...crosswalk.data.suggestions].sort(
    (a, b) => Number(b.assessmentId !== null) - Number(a.assessmentId !== null),
  );
  if (suggestions.length === 0)
    return (
      <Text size="sm" c="dimmed">
        The crosswalk maps this item to no item of another framework.
      </Text>
    );
  const targets = suggestions.flatMap((s) =>
    s.assessmentId && s.missingEvidenceIds.length > 0
      ? [{ assessmentId: s.assessmentId, itemKey: s.itemKey }]
      : [],
  );
  const handleApply = () =>
    apply.mutate(
      { targets },
      {
        onSuccess: (result) => {
          const count = result.targets.filter((t) => t.linked > 0).length;
          notifications.show({
            color: 'green',
            message: `Evidence applied to ${count} mapped item${count === 1 ? '' : 's'}.`,
          });
        },
      },
    );

  return (
    <Stack gap="sm">
      {canWrite && targets.length > 0 ? (
        <Alert color="indigo" variant="light" icon={<IconArrowsExchange aria-hidden />}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm" style={{ flex: '1 1 240px' }}>
              This item’s evidence ({evidenceCount}) also counts for {targets.length} mapped item
              {targets.length === 1 ? '' : 's'} in other assessments of {subject}.
            </Text>
            <Button size="xs" onClick={handleApply} loading={apply.isPending}>
              Apply evidence to {targets.length} mapped item{targets.length === 1 ? '' : 's'}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {apply.isError ? (
        <ErrorAlert error={apply.error} title="The evidence could not be applied" />
      ) : null}
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {suggestions.map((s) => (
          <Suggestion key={`${s.frameworkKey}-${s.itemKey}`} suggestion={s} subject={subject} />
        ))}
      </Stack>
    </Stack>
  );
}

function Suggestion({
  suggestion: s,
  subject,
}: {
  suggestion: CrosswalkSuggestionDto;
  subject: string;
}) {
  return (
    <Stack
      component="li"
      gap={2}
      pb="xs"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap="xs" wrap="wrap">
        <Badge component="span" variant="outline" color="gray" size="sm">
          {s.frameworkTitle}
        </Badge>
        {s.assessmentId ? (
          <Anchor
            component={Link}
            to={`/governance/assessments/${s.assessmentId}?item=${s.itemKey}`}
            size="sm"
            fw={600}
          >
            {s.itemRef}
          </Anchor>
        ) : (
          <Text size="sm" fw={600}>
            {s.itemRef}
          </Text>
        )}
        {s.status ? <AnswerStatusBadge status={s.status} /> : null}
        {s.missingEvidenceIds.length > 0 ? (
          <Text size="xs" c="indigo.8">
            {s.missingEvidenceIds.length} to apply
          </Text>
        ) : null}
      </Group>
      <Text size="sm">{s.itemText}</Text>
      <Text size="xs" c="dimmed">
        Shared topic: {s.topic}.{' '}
        {s.assessmentId ? null : `No ${s.frameworkTitle} assessment of ${subject} is in progress.`}
      </Text>
    </Stack>
  );
}
