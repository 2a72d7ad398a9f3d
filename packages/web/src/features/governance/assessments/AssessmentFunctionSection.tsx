import { Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { AssessmentAnswerDto, AssessmentDetailDto, FrameworkGroupDto } from '@vigil/contracts';
import { AssessmentItemsTable } from './AssessmentItemsTable';
import { AssessmentProgress } from './AssessmentProgress';

/** One function (group) of the framework: its items with their answers, evidence and owners. */
export function FunctionSection({
  group,
  assessment,
  answers,
  progress,
  isShown,
  onOpenItem,
}: {
  group: FrameworkGroupDto;
  assessment: AssessmentDetailDto;
  answers: Map<string, AssessmentAnswerDto>;
  progress: Map<string, AssessmentDetailDto['progress']>;
  isShown: (answer: AssessmentAnswerDto | undefined) => boolean;
  onOpenItem: (itemKey: string) => void;
}) {
  const { framework } = assessment;
  const categories = framework.groups.filter((g) => g.parent === group.key);
  const sections = categories.length > 0 ? categories : [group];
  const groupProgress = progress.get(group.key);
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      id={group.key}
      aria-labelledby={`${group.key}-title`}
    >
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap">
        <Stack gap={2} style={{ flex: '1 1 380px' }}>
          <Title id={`${group.key}-title`} order={2} size="h3">
            {group.ref}
          </Title>
          <Text size="sm" c="dimmed">
            {group.title}
          </Text>
        </Stack>
        <div style={{ flex: '0 1 320px', minWidth: 220 }}>
          {groupProgress ? <AssessmentProgress progress={groupProgress} /> : null}
        </div>
      </Group>
      <Stack gap="lg">
        {sections.map((section) => {
          const items = framework.items.filter(
            (i) => i.group === section.key && isShown(answers.get(i.key)),
          );
          const sectionProgress = progress.get(section.key);
          return (
            <div key={section.key}>
              {section !== group ? (
                <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
                  <Title order={3} size="h5">
                    {section.ref}: <span style={{ fontWeight: 400 }}>{section.title}</span>
                  </Title>
                  {sectionProgress ? (
                    <Text size="xs" c="dimmed">
                      {sectionProgress.counts.met} of {sectionProgress.total} met
                    </Text>
                  ) : null}
                </Group>
              ) : (
                <VisuallyHidden>
                  <Title order={3}>Items of {group.ref}</Title>
                </VisuallyHidden>
              )}
              {items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing to show here with this filter.
                </Text>
              ) : (
                <AssessmentItemsTable
                  caption={`${section.ref}: ${section.title}`}
                  items={items}
                  answers={answers}
                  onOpenItem={onOpenItem}
                />
              )}
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}
