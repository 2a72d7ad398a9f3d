import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type GovernanceDashboardDto, lifecycleStateLabels } from '@vigil/contracts';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { useGovernanceDashboard } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { ChartCard } from './ChartCard';
import {
  decisionMonthData,
  intakeStatusData,
  monthLabel,
  outcomeSeries,
  pipelineData,
  summaryOf,
} from './dashboardCharts';
import { GovernanceLinks } from './GovernanceLinks';
import { OverdueItems } from './OverdueItems';

interface Datum {
  label: string;
  count: number;
}

/** Horizontal bars, so every group's name stays readable. */
function CountBars({ data, unit }: { data: readonly Datum[]; unit: string }) {
  return (
    <BarChart
      h={Math.max(140, data.length * 32)}
      data={[...data]}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'count', label: unit, color: 'vigil.7' }]}
      barChartProps={{ accessibilityLayer: false }}
      yAxisProps={{ width: 160 }}
      withTooltip={false}
      withBarValueLabel
      gridAxis="none"
    />
  );
}

const days = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} days`;

/** The Governance area's landing page: the pipeline, what is late, and how decisions go. */
export function GovernanceDashboardPage() {
  const me = useMe();
  const canRead = hasPermission(me.data, 'governance.read');
  const dashboard = useGovernanceDashboard(canRead);
  const d = dashboard.data;
  const charts = useMemo(
    () =>
      d
        ? {
            pipeline: pipelineData(d),
            intakes: intakeStatusData(d),
            months: decisionMonthData(d),
            departments: d.intakesByDepartment.items.map((i) => ({
              label: i.department,
              count: i.count,
            })),
          }
        : null,
    [d],
  );
  return (
    <>
      <PageHeader
        title="Governance"
        description="The AI governance office at a glance: where every system and intake stands, how long they wait, what is overdue and what the committee decided."
      />
      <Stack gap="lg">
        <GovernanceLinks />
        {me.data && !canRead ? (
          <Text c="dimmed">
            The office’s figures are for the governance team; from here you can tell the office
            about AI and follow what you submitted.
          </Text>
        ) : null}
        {dashboard.isError ? <ErrorAlert error={dashboard.error} /> : null}
        {canRead && dashboard.isPending ? <PageLoader /> : null}
        {d && charts ? (
          <>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <ChartCard
                id="chart-pipeline"
                title="Systems by lifecycle stage"
                summary={summaryOf(charts.pipeline)}
                columns={['Stage', 'Systems']}
                rows={charts.pipeline.map((p) => [p.label, p.count])}
              >
                <CountBars data={charts.pipeline} unit="Systems" />
              </ChartCard>
              <ChartCard
                id="chart-intakes"
                title="Intakes by status"
                summary={summaryOf(charts.intakes)}
                columns={['Status', 'Intakes']}
                rows={charts.intakes.map((p) => [p.label, p.count])}
              >
                <CountBars data={charts.intakes} unit="Intakes" />
              </ChartCard>
              <ChartCard
                id="chart-departments"
                title="Intakes by department, last 30 days"
                summary={summaryOf(charts.departments)}
                columns={['Department', 'Intakes']}
                rows={charts.departments.map((p) => [p.label, p.count])}
                emptyText={`No intakes since ${formatDate(d.intakesByDepartment.since)}.`}
              >
                <CountBars data={charts.departments} unit="Intakes" />
              </ChartCard>
              <OverdueItems overdue={d.overdue} />
            </SimpleGrid>
            <TimeInStage timeInStage={d.timeInStage} />
            <ChartCard
              id="chart-decisions"
              title="Decisions by month"
              summary={d.decisionsByMonth
                .map((m) => `${monthLabel(m.month)}: ${m.total}`)
                .join('; ')}
              columns={['Month', ...outcomeSeries.map((s) => s.label), 'Total']}
              rows={d.decisionsByMonth.map((m) => [
                monthLabel(m.month),
                ...outcomeSeries.map((s) => m.byOutcome[s.name]),
                m.total,
              ])}
            >
              <BarChart
                h={260}
                data={charts.months}
                dataKey="month"
                type="stacked"
                series={outcomeSeries}
                withLegend
                legendProps={{ verticalAlign: 'bottom' }}
                barChartProps={{ accessibilityLayer: false }}
                withTooltip={false}
                gridAxis="y"
              />
            </ChartCard>
          </>
        ) : null}
      </Stack>
    </>
  );
}

function TimeInStage({ timeInStage }: { timeInStage: GovernanceDashboardDto['timeInStage'] }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="time-in-stage-title">
      <Title id="time-in-stage-title" order={2} size="h4" mb="sm">
        Time in stage
      </Title>
      {timeInStage.length === 0 ? (
        <Text c="dimmed">No current systems.</Text>
      ) : (
        <TableScroll minWidth={480} label="Time in stage">
          <Table striped fz="sm" captionSide="top">
            <Table.Caption>Days current systems have spent in their stage</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Stage</Table.Th>
                <Table.Th scope="col">Systems</Table.Th>
                <Table.Th scope="col">Median</Table.Th>
                <Table.Th scope="col">Longest</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {timeInStage.map((t) => (
                <Table.Tr key={t.state}>
                  <Table.Th scope="row" fw={500}>
                    {lifecycleStateLabels[t.state]}
                  </Table.Th>
                  <Table.Td>{t.systemCount}</Table.Td>
                  <Table.Td>{days(t.medianDays)}</Table.Td>
                  <Table.Td>
                    {days(t.longestDays)} (
                    <Anchor
                      component={Link}
                      to={`/governance/systems/${t.longestSystemId}`}
                      size="sm"
                    >
                      {t.longestSystemName}
                    </Anchor>
                    )
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Paper>
  );
}
