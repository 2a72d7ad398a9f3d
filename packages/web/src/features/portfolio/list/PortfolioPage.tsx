import { Button, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChartDonut, IconDownload, IconFileImport, IconPlus } from '@tabler/icons-react';
import type { PortfolioViewQuery } from '@vigil/contracts';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { portfolioExportUrl, usePortfolioList } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { Pager } from '../../../components/Pager';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';
import { filtersOf, readView, writeView } from './portfolioSearch';
import { SavedViews } from './SavedViews';
import { useFacetValues } from './useFacetValues';

const pageSize = 25;

export function PortfolioPage() {
  const me = useMe();
  const canWrite = hasPermission(me.data, 'portfolio.write');
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => readView(searchParams), [searchParams]);
  const page = Math.max(1, Number(searchParams.get('page') ?? '1') || 1);
  const systems = usePortfolioList({ ...view, page, pageSize });
  const facets = useFacetValues();

  const applyView = (next: PortfolioViewQuery) =>
    setSearchParams(writeView(next), { replace: true });
  const handlePageChange = (nextPage: number) => {
    const next = writeView(view);
    next.set('page', String(nextPage));
    setSearchParams(next);
  };

  const filters = filtersOf(view);
  return (
    <>
      <PageHeader
        title="Portfolio"
        description="Every AI system in use or proposed at the institution: what it does, who owns it, where it is in its life cycle, and how complete its model card is."
        actions={
          canWrite ? (
            <>
              <Button
                component={Link}
                to="/portfolio/new"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                New system
              </Button>
              <Button
                component={Link}
                to="/portfolio/import"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                Import
              </Button>
            </>
          ) : null
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <PortfolioFilters view={view} facets={facets} onChange={applyView} />
          <Divider my="md" />
          <SavedViews view={view} onPick={applyView} />
        </Paper>
        <Paper withBorder p="lg">
          <Group gap="xs" mb="sm">
            <Button
              component="a"
              href={portfolioExportUrl('csv', filters)}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              Export CSV
            </Button>
            <Button
              component="a"
              href={portfolioExportUrl('xlsx', filters)}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} aria-hidden />}
            >
              Export XLSX
            </Button>
            <Button
              component={Link}
              to="/portfolio/dashboard"
              variant="subtle"
              size="xs"
              leftSection={<IconChartDonut size={14} aria-hidden />}
            >
              Completeness dashboard
            </Button>
          </Group>
          {systems.isPending ? <PageLoader /> : null}
          {systems.isError ? <ErrorAlert error={systems.error} /> : null}
          {systems.data && systems.data.items.length === 0 ? (
            <Text c="dimmed">No systems match this search and these filters.</Text>
          ) : null}
          {systems.data && systems.data.items.length > 0 ? (
            <>
              <PortfolioTable
                systems={systems.data.items}
                caption={`AI systems: ${systems.data.total} match`}
                view={view}
                onSort={(sort, order) => applyView({ ...view, sort, order })}
              />
              <Pager
                page={page}
                total={systems.data.total}
                pageSize={pageSize}
                onChange={handlePageChange}
              />
            </>
          ) : null}
        </Paper>
      </Stack>
    </>
  );
}
