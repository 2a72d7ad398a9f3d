import { Badge, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { AssessmentAnswerDto, AssessmentDetailDto, FrameworkItemDto } from '@vigil/contracts';
import { formatDateTime } from '../../../lib/format';
import { AddEvidence } from './AddEvidence';
import { AnswerForm } from './AnswerForm';
import { AnswerStatusBadge } from './AnswerStatusBadge';
import { subjectOf } from './assessmentText';
import { CrosswalkPanel } from './CrosswalkPanel';
import { EvidenceList } from './EvidenceList';

interface ItemDrawerProps {
  assessment: AssessmentDetailDto;
  item: FrameworkItemDto;
  answer: AssessmentAnswerDto | undefined;
  canWrite: boolean;
  onClose: () => void;
  onOpenItem: (itemKey: string) => void;
}

const verificationText = {
  V: 'Paraphrased; checked against the primary source.',
  S: 'Paraphrased; checked against secondary sources only.',
  U: 'Paraphrased; not yet verified against a source.',
} as const;

/** One item: its text, the answer form, its evidence and what else the evidence satisfies. */
export function ItemDrawer({ assessment, item, answer, canWrite, onClose }: ItemDrawerProps) {
  const group = assessment.framework.groups.find((g) => g.key === item.group);
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Group gap="xs">
          <Text fw={700} size="lg" component="span">
            {item.ref}
          </Text>
          {answer ? <AnswerStatusBadge status={answer.status} /> : null}
        </Group>
      }
      closeButtonProps={{ 'aria-label': 'Close item' }}
    >
      <Stack gap="lg">
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {assessment.framework.shortTitle} · {group ? `${group.ref}: ${group.title}` : null}
          </Text>
          <Title order={2} size="h4">
            {item.text}
          </Title>
          <Group gap="xs">
            <Text size="xs" c="dimmed">
              {verificationText[item.verification]}
            </Text>
            {item.tags.map((tag) => (
              <Badge key={tag} component="span" size="xs" variant="outline" color="gray">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        {answer ? (
          <>
            <AnswerForm
              key={`${item.key}-${answer.version}`}
              assessmentId={assessment.id}
              itemRef={item.ref}
              answer={answer}
              canWrite={canWrite}
            />
            {answer.updatedAt ? (
              <Text size="xs" c="dimmed">
                Last answered by {answer.updatedByLabel ?? 'someone'} on{' '}
                {formatDateTime(answer.updatedAt)}
              </Text>
            ) : null}
            <Divider />
            <section aria-labelledby="item-evidence">
              <Title id="item-evidence" order={3} size="h5" mb="sm">
                Evidence
              </Title>
              <Stack gap="md">
                <EvidenceList
                  assessmentId={assessment.id}
                  itemKey={item.key}
                  evidence={answer.evidence}
                  canWrite={canWrite}
                />
                {canWrite ? <AddEvidence assessmentId={assessment.id} itemKey={item.key} /> : null}
              </Stack>
            </section>
            <Divider />
            <section aria-labelledby="item-crosswalk">
              <Title id="item-crosswalk" order={3} size="h5" mb="sm">
                Also satisfies
              </Title>
              <CrosswalkPanel
                assessmentId={assessment.id}
                itemKey={item.key}
                subject={
                  assessment.scope === 'institution' ? 'the institution' : subjectOf(assessment)
                }
                canWrite={canWrite}
              />
            </section>
          </>
        ) : null}
      </Stack>
    </Drawer>
  );
}
