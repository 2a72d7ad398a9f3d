import { Badge, Button, Group, Paper, Stack, Tabs } from '@mantine/core';
import { IconDownload, IconPencil, IconTag } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import { systemExportJsonUrl, useSystem } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { BackToPortfolio } from '../BackLink';
import { StateBadge } from '../StateBadge';
import { SystemGovernanceSummary } from '../../governance/review/SystemGovernanceSummary';
import { PlannedTab } from './PlannedTab';
import { SystemDocuments } from './SystemDocuments';
import { SystemOverview } from './SystemOverview';

const ModelCardTab = lazy(() =>
  import('../card/ModelCardTab').then((m) => ({ default: m.ModelCardTab })),
);
const HistoryTab = lazy(() =>
  import('../history/HistoryTab').then((m) => ({ default: m.HistoryTab })),
);

const tabs = ['overview', 'card', 'governance', 'monitoring', 'projects', 'history'] as const;
type Tab = (typeof tabs)[number];
const tabLabels: Record<Tab, string> = {
  overview: 'Overview',
  card: 'Model card',
  governance: 'Governance',
  monitoring: 'Monitoring',
  projects: 'Projects',
  history: 'History',
};

function isTab(value: string | null): value is Tab {
  return tabs.some((tab) => tab === value);
}

export function SystemPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const canWrite = hasPermission(me.data, 'portfolio.write');
  const system = useSystem(id);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: Tab = isTab(requested) ? requested : 'overview';

  if (system.isPending) return <PageLoader />;
  if (system.isError) {
    return (
      <Stack>
        <BackToPortfolio />
        <ErrorAlert error={system.error} title="This system could not be loaded" />
      </Stack>
    );
  }
  const data = system.data;
  const handleTab = (value: string | null) => {
    if (isTab(value))
      setSearchParams(value === 'overview' ? {} : { tab: value }, { replace: true });
  };

  return (
    <>
      <BackToPortfolio />
      <PageHeader
        title={data.name}
        description={
          <Group gap="xs" component="span">
            <span>{data.developer}</span>
            <StateBadge state={data.lifecycleState} />
            <Badge component="span" variant="outline" color="gray">
              Version {data.version}
            </Badge>
          </Group>
        }
        actions={
          <>
            {canWrite ? (
              <Button
                component={Link}
                to={`/portfolio/${id}/edit`}
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                Edit
              </Button>
            ) : null}
            <Button
              component={Link}
              to={`/portfolio/${id}/label`}
              variant="default"
              leftSection={<IconTag size={16} aria-hidden />}
            >
              Nutrition label
            </Button>
            <Button
              component="a"
              href={systemExportJsonUrl(id)}
              download
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Export JSON
            </Button>
          </>
        }
      />
      <Tabs value={tab} onChange={handleTab} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {tabLabels[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="lg">
          <Suspense fallback={<PageLoader />}>
            <Tabs.Panel value="overview">
              <SystemOverview system={data} />
              <SystemDocuments systemId={data.id} canWrite={canWrite} />
            </Tabs.Panel>
            <Tabs.Panel value="card">
              <ModelCardTab system={data} canWrite={canWrite} />
            </Tabs.Panel>
            <Tabs.Panel value="governance">
              <SystemGovernanceSummary systemId={id} />
            </Tabs.Panel>
            <Tabs.Panel value="monitoring">
              <PlannedTab area="monitoring" />
            </Tabs.Panel>
            <Tabs.Panel value="projects">
              <PlannedTab area="projects" />
            </Tabs.Panel>
            <Tabs.Panel value="history">
              <HistoryTab system={data} />
            </Tabs.Panel>
          </Suspense>
        </Paper>
      </Tabs>
    </>
  );
}
