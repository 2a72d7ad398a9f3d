import {
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import {
  type AssessmentAnswerDto,
  type AssessmentDetailDto,
  assessmentStatusLabels,
  gapStatuses,
} from '@vigil/contracts';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useAssessment } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatDateTime } from '../../../lib/format';
import { AssessmentProgress } from './AssessmentProgress';
import { AssessmentStatusBadge } from './AssessmentStatusBadge';
import { AssessmentStatusActions } from './AssessmentStatusActions';
import { frameworkName, subjectOf } from './assessmentText';
import { BackToAssessments } from './BackToAssessments';
import { ItemDrawer } from './ItemDrawer';
import { FunctionSection } from './AssessmentFunctionSection';

type Show = 'all' | 'gaps' | 'mine';

/** An assessment grouped by function and category, with a drawer to answer each item. */
export function AssessmentPage() {
  const { id = '' } = useParams();
  const assessment = useAssessment(id);
  const [params, setParams] = useSearchParams();
  const openItem = params.get('item');

  const setOpenItem = (itemKey: string | null) => {
    const next = new URLSearchParams(params);
    if (itemKey) next.set('item', itemKey);
    else next.delete('item');
    setParams(next, { replace: true });
  };

  if (assessment.isPending) return <PageLoader />;
  if (assessment.isError)
    return (
      <Stack>
        <BackToAssessments />
        <ErrorAlert error={assessment.error} title="This assessment could not be loaded" />
      </Stack>
    );
  return (
    <AssessmentView assessment={assessment.data} openItem={openItem} onOpenItem={setOpenItem} />
  );
}

function AssessmentView({
  assessment,
  openItem,
  onOpenItem,
}: {
  assessment: AssessmentDetailDto;
  openItem: string | null;
  onOpenItem: (itemKey: string | null) => void;
}) {
  const me = useMe();
  const canWrite =
    hasPermission(me.data, 'assessments.write') && assessment.status === 'in_progress';
  const [show, setShow] = useState<Show>('all');
  const { framework } = assessment;
  const answers = useMemo(
    () => new Map(assessment.answers.map((a) => [a.itemKey, a] as const)),
    [assessment.answers],
  );
  const progress = new Map(assessment.groups.map((g) => [g.groupKey, g.progress] as const));
  const functions = framework.groups.filter((g) => g.parent === null);
  const isShown = (answer: AssessmentAnswerDto | undefined) =>
    show === 'all' ||
    (show === 'gaps' && gapStatuses.includes(answer?.status ?? 'unanswered')) ||
    (show === 'mine' && answer?.ownerId === me.data?.user.id);
  const item = openItem ? framework.items.find((i) => i.key === openItem) : undefined;

  return (
    <>
      <BackToAssessments />
      <PageHeader
        title={assessment.title}
        description={
          <Group gap="xs" component="span">
            <span>
              {frameworkName(framework)} ·{' '}
              {assessment.systemId ? (
                <Anchor
                  component={Link}
                  to={`/governance/assessments/systems/${assessment.systemId}`}
                >
                  {subjectOf(assessment)}
                </Anchor>
              ) : (
                subjectOf(assessment)
              )}
            </span>
            <AssessmentStatusBadge status={assessment.status} />
          </Group>
        }
        actions={
          <>
            <Button
              component={Link}
              to={`/governance/assessments/${assessment.id}/gaps`}
              leftSection={<IconReportAnalytics size={16} aria-hidden />}
            >
              Gap report
            </Button>
            {hasPermission(me.data, 'assessments.write') ? (
              <AssessmentStatusActions assessment={assessment} />
            ) : null}
          </>
        }
      />
      <Paper withBorder p="lg" mb="lg" component="section" aria-labelledby="overall-progress">
        <Title id="overall-progress" order={2} size="h4" mb="sm">
          Progress
        </Title>
        <AssessmentProgress progress={assessment.progress} size="lg" withLegend />
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: functions.length > 4 ? 4 : functions.length }}
          mt="md"
        >
          {functions.map((group) => {
            const groupProgress = progress.get(group.key);
            return (
              <Stack key={group.key} gap={4}>
                <Anchor href={`#${group.key}`} size="sm" fw={600}>
                  {group.ref}
                </Anchor>
                {groupProgress ? <AssessmentProgress progress={groupProgress} size="sm" /> : null}
              </Stack>
            );
          })}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="md">
          Started by {assessment.createdByLabel} · last change{' '}
          {formatDateTime(assessment.updatedAt)}. Source: {framework.source.citation}.
        </Text>
      </Paper>
      <Group justify="space-between" mb="md" wrap="wrap">
        <SegmentedControl
          aria-label="Items to show"
          value={show}
          onChange={(value) =>
            setShow(value === 'gaps' ? 'gaps' : value === 'mine' ? 'mine' : 'all')
          }
          data={[
            { value: 'all', label: 'All items' },
            { value: 'gaps', label: 'Open gaps' },
            { value: 'mine', label: 'Assigned to me' },
          ]}
        />
        {!canWrite && assessment.status !== 'in_progress' ? (
          <Text size="sm" c="dimmed">
            This assessment is {assessmentStatusLabels[assessment.status].toLowerCase()}; reopen it
            to change answers.
          </Text>
        ) : null}
      </Group>
      <Stack gap="lg">
        {functions.map((group) => (
          <FunctionSection
            key={group.key}
            group={group}
            assessment={assessment}
            answers={answers}
            progress={progress}
            isShown={isShown}
            onOpenItem={onOpenItem}
          />
        ))}
      </Stack>
      {item ? (
        <ItemDrawer
          assessment={assessment}
          item={item}
          answer={answers.get(item.key)}
          canWrite={canWrite}
          onClose={() => onOpenItem(null)}
          onOpenItem={onOpenItem}
        />
      ) : null}
    </>
  );
}
