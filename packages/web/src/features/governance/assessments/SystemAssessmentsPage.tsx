import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { type FrameworkKey, lifecycleStateLabels, type LifecycleState } from '@vigil/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useSystemAssessments } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate } from '../../../lib/format';
import { AssessmentProgress } from './AssessmentProgress';
import { AssessmentStatusBadge } from './AssessmentStatusBadge';
import { BackToAssessments } from './BackToAssessments';
import { CreateAssessmentModal } from './CreateAssessmentModal';

/** One AI system's assessments side by side, and the frameworks it has not been assessed against. */
export function SystemAssessmentsPage() {
  const { systemId = '' } = useParams();
  const view = useSystemAssessments(systemId);
  const me = useMe();
  const canWrite = hasPermission(me.data, 'assessments.write');
  const [isCreating, { open, close }] = useDisclosure(false);
  const [framework, setFramework] = useState<FrameworkKey | undefined>();

  if (view.isPending) return <PageLoader />;
  if (view.isError)
    return (
      <Stack>
        <BackToAssessments />
        <ErrorAlert error={view.error} title="This system's assessments could not be loaded" />
      </Stack>
    );
  const { system, assessments, frameworksNotAssessed } = view.data;
  const start = (key: FrameworkKey) => {
    setFramework(key);
    open();
  };
  const state = system.lifecycleState as LifecycleState;

  return (
    <>
      <BackToAssessments />
      <PageHeader
        title={`Assessments: ${system.name}`}
        description={
          <>
            <Anchor component={Link} to={`/portfolio/${system.id}`}>
              Portfolio record
            </Anchor>{' '}
            · {lifecycleStateLabels[state] ?? system.lifecycleState}
          </>
        }
      />
      <section aria-labelledby="system-assessments">
        <Title id="system-assessments" order={2} size="h4" mb="sm">
          Assessments
        </Title>
        {assessments.length === 0 ? (
          <Text c="dimmed">This system has not been assessed against any framework yet.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {assessments.map((a) => (
              <Card key={a.id} withBorder padding="lg">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Anchor component={Link} to={`/governance/assessments/${a.id}`} fw={700}>
                      {a.title}
                    </Anchor>
                    <AssessmentStatusBadge status={a.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    {a.frameworkTitle} {a.frameworkVersion} · updated {formatDate(a.updatedAt)}
                  </Text>
                  <AssessmentProgress progress={a.progress} withLegend />
                  <Group gap="sm">
                    <Button
                      component={Link}
                      to={`/governance/assessments/${a.id}/gaps`}
                      size="xs"
                      variant="light"
                    >
                      Gap report
                    </Button>
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>
      {frameworksNotAssessed.length > 0 ? (
        <section aria-labelledby="not-assessed" style={{ marginTop: 'var(--mantine-spacing-xl)' }}>
          <Title id="not-assessed" order={2} size="h4" mb="sm">
            Not yet assessed against
          </Title>
          <Stack gap="xs">
            {frameworksNotAssessed.map((f) => (
              <Group key={f.key} justify="space-between" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={600}>{f.shortTitle}</Text>
                  <Text size="sm" c="dimmed">
                    {f.title} · {f.itemCount} items
                  </Text>
                </Stack>
                {canWrite ? (
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => start(f.key)}
                    aria-label={`Start a ${f.shortTitle} assessment`}
                  >
                    Start
                  </Button>
                ) : null}
              </Group>
            ))}
          </Stack>
        </section>
      ) : null}
      {canWrite && isCreating ? (
        <CreateAssessmentModal
          opened
          onClose={close}
          systemId={system.id}
          frameworkKey={framework}
        />
      ) : null}
    </>
  );
}
