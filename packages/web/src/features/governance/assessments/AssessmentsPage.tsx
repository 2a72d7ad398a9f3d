import {
  Anchor,
  Button,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import {
  type AssessmentScope,
  type AssessmentStatus,
  type FrameworkKey,
  assessmentScopes,
  assessmentStatusLabels,
  assessmentStatuses,
  frameworkKeys,
} from '@vigil/contracts';
import { Link, useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useAssessmentList, useFrameworks } from '../../../api/useGovernanceAssessments';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { AssessmentProgress } from './AssessmentProgress';
import { AssessmentStatusBadge } from './AssessmentStatusBadge';
import { subjectOf } from './assessmentText';
import { CreateAssessmentModal } from './CreateAssessmentModal';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/** Every framework assessment with its progress, filterable by framework, subject and status. */
export function AssessmentsPage() {
  const me = useMe();
  const canWrite = hasPermission(me.data, 'assessments.write');
  const [params, setParams] = useSearchParams();
  const frameworkKey = oneOf<FrameworkKey>(frameworkKeys, params.get('framework'));
  const scope = oneOf<AssessmentScope>(assessmentScopes, params.get('scope'));
  const status = oneOf<AssessmentStatus>(assessmentStatuses, params.get('status'));
  const list = useAssessmentList({ frameworkKey, scope, status });
  const frameworks = useFrameworks();
  const [isCreating, { open, close }] = useDisclosure(false);

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Framework assessments"
        description="How each AI system, and the institution, measures up against NIST AI RMF, the Joint Commission and CHAI guidance, HTI-1 intervention risk management and the CHAI principles and lifecycle checklist."
        actions={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
              New assessment
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="assessment-filters">
        <Title id="assessment-filters" order={2} size="h5" mb="xs">
          Filter
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Framework"
            placeholder="All frameworks"
            clearable
            data={(frameworks.data ?? []).map((f) => ({ value: f.key, label: f.shortTitle }))}
            value={frameworkKey ?? null}
            onChange={(value) => setFilter('framework', value)}
          />
          <Select
            label="Assessed"
            placeholder="Systems and institution"
            clearable
            data={[
              { value: 'system', label: 'AI systems' },
              { value: 'institution', label: 'The institution' },
            ]}
            value={scope ?? null}
            onChange={(value) => setFilter('scope', value)}
          />
          <Select
            label="Status"
            placeholder="Any status"
            clearable
            data={assessmentStatuses.map((s) => ({ value: s, label: assessmentStatusLabels[s] }))}
            value={status ?? null}
            onChange={(value) => setFilter('status', value)}
          />
        </SimpleGrid>
      </Paper>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? (
        <ErrorAlert error={list.error} title="Assessments could not be loaded" />
      ) : null}
      {list.data && list.data.length === 0 ? (
        <Stack align="flex-start">
          <Text c="dimmed">No assessments match these filters yet.</Text>
          {canWrite ? <Button onClick={open}>Start the first one</Button> : null}
        </Stack>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <TableScroll minWidth={860} label="Framework assessments">
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Caption>
              {list.data.length} assessment{list.data.length === 1 ? '' : 's'}, most recently
              changed first
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Assessment</Table.Th>
                <Table.Th scope="col">Framework</Table.Th>
                <Table.Th scope="col">Assessed</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col" w={280}>
                  Progress
                </Table.Th>
                <Table.Th scope="col">Updated</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/governance/assessments/${a.id}`} fw={600}>
                      {a.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{a.frameworkTitle}</Table.Td>
                  <Table.Td>
                    {a.systemId ? (
                      <Anchor component={Link} to={`/governance/assessments/systems/${a.systemId}`}>
                        {subjectOf(a)}
                      </Anchor>
                    ) : (
                      subjectOf(a)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AssessmentStatusBadge status={a.status} />
                  </Table.Td>
                  <Table.Td>
                    <AssessmentProgress progress={a.progress} size="sm" />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(a.updatedAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {canWrite ? <CreateAssessmentModal opened={isCreating} onClose={close} /> : null}
    </>
  );
}
