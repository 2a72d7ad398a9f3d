import { Group, Progress, Stack, Text, getThemeColor, useMantineTheme } from '@mantine/core';
import { type AssessmentProgress as ProgressDto, answerStatusLabels } from '@vigil/contracts';
import { barColors, barStatuses } from './assessmentText';

interface AssessmentProgressProps {
  progress: ProgressDto;
  size?: 'sm' | 'md' | 'lg';
  /** Shows the counts of each answer under the bar. */
  withLegend?: boolean;
}

/** The share of items per answer; the text beside it says the same for screen readers. */
export function AssessmentProgress({ progress, size = 'md', withLegend }: AssessmentProgressProps) {
  const theme = useMantineTheme();
  const { total, answered, counts, percentMet } = progress;
  const share = (n: number) => (total === 0 ? 0 : (n * 100) / total);
  return (
    <Stack gap={4}>
      <Progress.Root size={size} aria-hidden>
        {barStatuses.map((status) =>
          counts[status] > 0 ? (
            <Progress.Section
              key={status}
              value={share(counts[status])}
              color={barColors[status]}
              aria-hidden
            />
          ) : null,
        )}
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {answered} of {total} answered · {counts.met} met ({percentMet}% of applicable)
      </Text>
      {withLegend ? (
        <Group gap="md" wrap="wrap">
          {barStatuses.map((status) => (
            <Group key={status} gap={6} wrap="nowrap">
              <span
                aria-hidden
                style={{
                  width: 10,
                  height: 10,
                  borderRadius: 2,
                  background: getThemeColor(barColors[status], theme),
                }}
              />
              <Text size="xs">
                {answerStatusLabels[status]}: {counts[status]}
              </Text>
            </Group>
          ))}
          <Text size="xs">
            {answerStatusLabels.unanswered}: {counts.unanswered}
          </Text>
        </Group>
      ) : null}
    </Stack>
  );
}
