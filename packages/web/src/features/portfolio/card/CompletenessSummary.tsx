import { Group, Progress, RingProgress, Stack, Text } from '@mantine/core';
import type { ModelCardCompleteness } from '@vigil/contracts';

function colorFor(percent: number): string {
  if (percent >= 100) return 'green';
  if (percent >= 80) return 'teal';
  if (percent >= 50) return 'yellow';
  return 'red';
}

function Bar({
  label,
  present,
  total,
  percent,
}: {
  label: string;
  present: number;
  total: number;
  percent: number;
}) {
  return (
    <div>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm">
          {present} of {total} ({Math.round(percent)}%)
        </Text>
      </Group>
      <Progress
        value={percent}
        color={colorFor(percent)}
        aria-label={`${label}: ${Math.round(percent)}%`}
        mt={4}
      />
    </div>
  );
}

/** The overall figure as a ring, and the CHAI and HTI-1 parts as bars, each with its numbers in text. */
export function CompletenessSummary({ completeness: c }: { completeness: ModelCardCompleteness }) {
  const overall = Math.round(c.overall.percent);
  return (
    <Group align="center" gap="xl" wrap="wrap">
      <RingProgress
        size={120}
        thickness={12}
        roundCaps
        sections={[{ value: c.overall.percent, color: colorFor(c.overall.percent) }]}
        label={
          <Text ta="center" fw={700} size="lg">
            {overall}%
          </Text>
        }
        aria-label={`Transparency completeness ${overall}%`}
      />
      <Stack gap="sm" style={{ flex: '1 1 280px' }} maw={480}>
        <Text size="sm">
          {c.overall.present} of {c.overall.total} required items are present.
        </Text>
        <Bar label="CHAI model card fields" {...c.chai} />
        <Bar
          label={`HTI-1 source attributes (${c.dsiType === 'predictive' ? 'predictive' : 'evidence-based'} DSI)`}
          {...c.hti1}
        />
      </Stack>
    </Group>
  );
}
