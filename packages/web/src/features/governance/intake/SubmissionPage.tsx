import { Alert, Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { IntakeDto } from '@vigil/contracts';
import { Link, useParams } from 'react-router';
import { useIntake } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { formatDate } from '../../../lib/format';
import { AnswerForm } from './AnswerForm';
import { IntakeDocuments } from './IntakeDocuments';
import { IntakeFacts } from './IntakeFacts';
import { IntakeStatusBadge } from './IntakeStatusBadge';
import { IntakeThread } from './IntakeThread';

function StatusExplanation({ intake }: { intake: IntakeDto }) {
  switch (intake.status) {
    case 'submitted':
      return (
        <Text>
          The AI office has it. They will look at it and may ask you questions on this page.
        </Text>
      );
    case 'needs_info':
      return (
        <Alert color="orange" title="The AI office asked you a question">
          Read it in the conversation below and send your answer there.
        </Alert>
      );
    case 'accepted':
      return (
        <Text>
          The AI office accepted it for review
          {intake.system ? (
            <>
              {' '}
              as{' '}
              <Anchor component={Link} to={`/portfolio/${intake.system.id}`}>
                {intake.system.name}
              </Anchor>
            </>
          ) : null}
          . You will hear when it is decided.
        </Text>
      );
    case 'closed':
      return (
        <Alert color="gray" title="The AI office closed it">
          {intake.closedReason}
        </Alert>
      );
  }
}

/** A submitter's own intake: where it stands, the conversation with the office, and files. */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const intake = useIntake(id);
  if (intake.isPending) return <PageLoader />;
  if (intake.isError)
    return <ErrorAlert error={intake.error} title="This submission could not be loaded" />;
  const data = intake.data;
  const inTriage = data.status === 'submitted' || data.status === 'needs_info';
  return (
    <>
      <Anchor component={Link} to="/governance/submissions" size="sm">
        My submissions
      </Anchor>
      <PageHeader
        title={data.title}
        description={`Reference ${data.reference} · sent ${formatDate(data.createdAt)}`}
      />
      <Stack gap="lg">
        <Group gap="sm">
          <Text fw={700}>Status:</Text>
          <IntakeStatusBadge status={data.status} forSubmitter />
        </Group>
        <StatusExplanation intake={data} />
        <IntakeThread
          messages={data.messages}
          emptyText="No messages yet. If the AI office has a question, it will appear here."
        >
          {data.status === 'needs_info' ? <AnswerForm intake={data} /> : null}
        </IntakeThread>
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <IntakeFacts intake={data} heading="What you told us" />
          <IntakeDocuments intakeId={data.id} documents={data.documents} canAdd={inTriage} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
