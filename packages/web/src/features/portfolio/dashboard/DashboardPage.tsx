import '@mantine/charts/styles.css';
import { BarChart, DonutChart } from '@mantine/charts';
import { SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { usePortfolioFacets } from '../../../api/usePortfolio';
import { usePortfolioCompleteness } from '../../../api/usePortfolioCards';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { BackToPortfolio } from '../BackLink';
import { ChartFigure, type ChartDatum } from './ChartFigure';
import { bandColors, bandData, chartData } from './dashboardData';
import { LeastCompleteTable } from './LeastCompleteTable';

/** Horizontal bars, so every group's name stays readable however many there are. */
function CountBars({ data }: { data: readonly ChartDatum[] }) {
  return (
    <BarChart
      h={Math.max(160, data.length * 34)}
      data={[...data]}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'count', label: 'Systems', color: 'vigil.7' }]}
      barChartProps={{ accessibilityLayer: false }}
      yAxisProps={{ width: 150 }}
      withTooltip={false}
      withBarValueLabel
      gridAxis="none"
    />
  );
}

export function DashboardPage() {
  const systems = usePortfolioFacets();
  const completeness = usePortfolioCompleteness();
  const charts = useMemo(() => (systems.data ? chartData(systems.data) : null), [systems.data]);
  const bands = useMemo(() => bandData(completeness.data?.bands ?? {}), [completeness.data]);

  const error = systems.error ?? completeness.error;
  return (
    <>
      <BackToPortfolio />
      <PageHeader
        title="Portfolio dashboard"
        description="How the portfolio is made up, and how complete each system’s model card is against the CHAI fields and HTI-1 source attributes."
      />
      {error ? <ErrorAlert error={error} /> : null}
      {systems.isPending || completeness.isPending ? <PageLoader /> : null}
      {charts && completeness.data ? (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <ChartFigure id="chart-bands" title="Model card completeness" data={bands}>
              <DonutChart
                data={bands.map((d) => ({
                  name: d.label,
                  value: d.count,
                  color: bandColors[d.band],
                }))}
                pieChartProps={{ accessibilityLayer: false }}
                withLabelsLine
                withLabels
                withTooltip={false}
                chartLabel={`${completeness.data.withCard} of ${completeness.data.total} with a card`}
                size={200}
                thickness={30}
                mx="auto"
              />
            </ChartFigure>
            <ChartFigure id="chart-state" title="Systems by life-cycle state" data={charts.byState}>
              <CountBars data={charts.byState} />
            </ChartFigure>
            <ChartFigure id="chart-kind" title="Systems by kind" data={charts.byKind}>
              <CountBars data={charts.byKind} />
            </ChartFigure>
            <ChartFigure id="chart-category" title="Systems by category" data={charts.byCategory}>
              <CountBars data={charts.byCategory} />
            </ChartFigure>
          </SimpleGrid>
          <ChartFigure
            id="chart-developers"
            title="Top 10 developers by number of systems"
            data={charts.topDevelopers}
          >
            <CountBars data={charts.topDevelopers} />
          </ChartFigure>
          <LeastCompleteTable systems={completeness.data.systems} />
        </Stack>
      ) : null}
    </>
  );
}
