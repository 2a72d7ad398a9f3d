import { Anchor, Group, Select, SimpleGrid, Table, Text } from '@mantine/core';
import {
  type IntakeListQuery,
  intakeKindLabels,
  intakeKinds,
  intakeStatuses,
  intakeStatusLabels,
} from '@vigil/contracts';
import { Link, useSearchParams } from 'react-router';
import { useIntakeFacets, useIntakeList } from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { Pager } from '../../../components/Pager';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { IntakeStatusBadge } from './IntakeStatusBadge';
import { ageInDays, kindOptions } from './intakeLabels';

const pageSize = 25;
const ageOptions = [
  { value: '7', label: 'Waiting 7 days or more' },
  { value: '14', label: 'Waiting 14 days or more' },
  { value: '30', label: 'Waiting 30 days or more' },
];

function pick<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return values.find((v) => v === raw);
}

/** The office's triage queue: every intake, filtered by status, department, kind and age. */
export function TriageQueuePage() {
  const [params, setParams] = useSearchParams();
  const query: Partial<IntakeListQuery> = {
    page: Number(params.get('page') ?? '1') || 1,
    pageSize,
    status: pick(intakeStatuses, params.get('status')),
    department: params.get('department') ?? undefined,
    kind: pick(intakeKinds, params.get('kind')),
    minAgeDays: params.get('age') ? Number(params.get('age')) : undefined,
    sort: params.get('sort') === 'oldest' ? 'oldest' : undefined,
  };
  const list = useIntakeList(query);
  const facets = useIntakeFacets();

  const setFilter = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next, { replace: true });
  };
  const count = (status: string) =>
    facets.data?.statuses.find((s) => s.value === status)?.count ?? 0;
  const statusOptions = intakeStatuses.map((value) => ({
    value,
    label: `${intakeStatusLabels[value]} (${count(value)})`,
  }));
  const departmentOptions =
    facets.data?.departments.map((d) => ({ value: d.value, label: `${d.value} (${d.count})` })) ??
    [];

  return (
    <>
      <PageHeader
        title="Intake triage"
        description="Ideas and reports of AI from anyone on staff. Ask questions, accept them into the portfolio and tier them, or close them with a reason the submitter will read."
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mb="md">
        <Select
          label="Status"
          data={statusOptions}
          value={query.status ?? null}
          onChange={(v) => setFilter('status', v)}
          clearable
          placeholder="Any status"
        />
        <Select
          label="Department"
          data={departmentOptions}
          value={query.department ?? null}
          onChange={(v) => setFilter('department', v)}
          clearable
          searchable
          placeholder="Any department"
        />
        <Select
          label="Kind"
          data={kindOptions}
          value={query.kind ?? null}
          onChange={(v) => setFilter('kind', v)}
          clearable
          placeholder="Any kind"
        />
        <Select
          label="Age"
          data={ageOptions}
          value={params.get('age')}
          onChange={(v) => setFilter('age', v)}
          clearable
          placeholder="Any age"
        />
        <Select
          label="Order"
          data={[
            { value: 'newest', label: 'Newest first' },
            { value: 'oldest', label: 'Oldest first' },
          ]}
          value={query.sort ?? 'newest'}
          onChange={(v) => setFilter('sort', v === 'oldest' ? 'oldest' : null)}
          allowDeselect={false}
        />
      </SimpleGrid>
      {list.isPending ? <PageLoader /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <TableScroll minWidth={860} label="Intakes">
            <Table striped highlightOnHover captionSide="top">
              <Table.Caption>
                {list.data.total} {list.data.total === 1 ? 'intake' : 'intakes'}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Reference</Table.Th>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Department</Table.Th>
                  <Table.Th scope="col">Submitted by</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Submitted</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((intake) => (
                  <Table.Tr key={intake.id}>
                    <Table.Td fz="sm">{intake.reference}</Table.Td>
                    <Table.Td fz="sm">
                      <Anchor component={Link} to={`/governance/intake/${intake.id}`}>
                        {intake.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td fz="sm">{intakeKindLabels[intake.kind]}</Table.Td>
                    <Table.Td fz="sm">{intake.department}</Table.Td>
                    <Table.Td fz="sm">{intake.submitterLabel}</Table.Td>
                    <Table.Td>
                      <IntakeStatusBadge status={intake.status} />
                    </Table.Td>
                    <Table.Td fz="sm">
                      <Group gap={4} wrap="nowrap">
                        {formatDate(intake.createdAt)}
                        <Text span size="xs" c="dimmed">
                          ({ageInDays(intake.createdAt)} d)
                        </Text>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <Pager
            page={list.data.page}
            total={list.data.total}
            pageSize={pageSize}
            onChange={(page) => setFilter('page', String(page))}
          />
        </>
      ) : null}
    </>
  );
}
