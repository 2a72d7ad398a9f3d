import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { intakeKindLabels } from '@vigil/contracts';
import { Link, useParams } from 'react-router';
import { useIntake } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate } from '../../../lib/format';
import { StateBadge } from '../../portfolio/StateBadge';
import { IntakeDocuments } from './IntakeDocuments';
import { IntakeFacts } from './IntakeFacts';
import { IntakeStatusBadge } from './IntakeStatusBadge';
import { IntakeThread } from './IntakeThread';
import { TieringPanel } from './TieringPanel';
import { TriageActions } from './TriageActions';

/** The office's page for one intake: what was said, the thread, triage, then tiering. */
export function TriagePage() {
  const { id = '' } = useParams();
  const intake = useIntake(id);
  if (intake.isPending) return <PageLoader />;
  if (intake.isError)
    return <ErrorAlert error={intake.error} title="This intake could not be loaded" />;
  const data = intake.data;
  const inTriage = data.status === 'submitted' || data.status === 'needs_info';
  return (
    <>
      <Anchor component={Link} to="/governance/intake" size="sm">
        Intake triage
      </Anchor>
      <PageHeader
        title={data.title}
        description={`${data.reference} · ${intakeKindLabels[data.kind]} · from ${data.submitterLabel} (${data.department}) on ${formatDate(data.createdAt)}`}
      />
      <Stack gap="lg">
        <Group gap="sm">
          <Text fw={700}>Status:</Text>
          <IntakeStatusBadge status={data.status} />
          {data.closedReason ? <Text size="sm">{data.closedReason}</Text> : null}
        </Group>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Stack gap="lg">
            <IntakeFacts intake={data} heading="What the submitter said" />
            <IntakeDocuments intakeId={data.id} documents={data.documents} canAdd={inTriage} />
          </Stack>
          <Stack gap="lg">
            {inTriage ? <TriageActions intake={data} /> : null}
            <IntakeThread messages={data.messages} emptyText="No messages yet." />
          </Stack>
        </SimpleGrid>
        {data.system ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="tiering">
            <Stack gap="md">
              <Title id="tiering" order={2} size="h3">
                Risk tiering
              </Title>
              <Group gap="sm">
                <Text size="sm">In the portfolio as</Text>
                <Anchor component={Link} to={`/portfolio/${data.system.id}`}>
                  {data.system.name}
                </Anchor>
                <StateBadge state={data.system.lifecycleState} />
              </Group>
              <TieringPanel systemId={data.system.id} />
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
