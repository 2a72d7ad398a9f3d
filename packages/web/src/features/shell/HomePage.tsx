import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconBriefcase,
  IconChartDonut,
  IconFileImport,
  IconKey,
  IconLock,
  type Icon,
} from '@tabler/icons-react';
import { disciplineLabels, roleLabels, type MeResponse } from '@vigil/contracts';
import { Link } from 'react-router';
import { hasPermission, useMe } from '../../api/useAuth';
import { PageHeader } from '../../components/PageHeader';
import { adminLinks } from './adminLinks';
import { productAreas } from './areas';
import { ThisWeek } from './ThisWeek';

interface Action {
  to: string;
  label: string;
  description: string;
  icon: Icon;
}

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

function portfolioActions(me: MeResponse): Action[] {
  if (!hasPermission(me, 'portfolio.read')) return [];
  const actions: Action[] = [
    {
      to: '/portfolio',
      label: 'Portfolio',
      icon: IconBriefcase,
      description:
        'Find any AI system in use or proposed, its owners, regulatory status, model card and history.',
    },
    {
      to: '/portfolio/dashboard',
      label: 'Model card completeness',
      icon: IconChartDonut,
      description:
        'Which systems lack a model card or miss CHAI fields and HTI-1 source attributes.',
    },
  ];
  if (hasPermission(me, 'portfolio.write')) {
    actions.push({
      to: '/portfolio/import',
      label: 'Import an inventory spreadsheet',
      icon: IconFileImport,
      description: 'Bring the office’s spreadsheet in: map its columns, fix bad rows, then import.',
    });
  }
  return actions;
}

function actionsFor(me: MeResponse): Action[] {
  const own: Action[] = [
    {
      to: '/account/tokens',
      label: 'My API tokens',
      icon: IconKey,
      description:
        'Create a token for the command line or scripts, and revoke tokens you no longer use.',
    },
    {
      to: '/account/password',
      label: 'Change password',
      icon: IconLock,
      description: 'Set a new password for your account.',
    },
  ];
  const admin = adminLinks
    .filter((link) => hasPermission(me, link.permission))
    .map(({ path, label, description, icon }) => ({ to: path, label, description, icon }));
  return [...portfolioActions(me), ...admin, ...own];
}

function ActionCard({ action }: { action: Action }) {
  const ActionIcon = action.icon;
  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <ActionIcon size={20} aria-hidden />
        <Anchor component={Link} to={action.to} fw={600}>
          {action.label}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed">
        {action.description}
      </Text>
    </Card>
  );
}

export function HomePage() {
  const me = useMe();
  if (!me.data) return null;
  const { user } = me.data;
  return (
    <>
      <PageHeader
        title="Home"
        description={`${greeting(new Date().getHours())}, ${user.displayName}.`}
      />
      <Stack gap="xl" maw={960}>
        <ThisWeek me={me.data} />
        <section aria-labelledby="home-roles">
          <Title id="home-roles" order={2} size="h4" mb="xs">
            Your roles
          </Title>
          <Group gap="xs">
            {user.roles.map((role) => (
              <Badge key={role} variant="light" size="lg">
                {roleLabels[role]}
              </Badge>
            ))}
            {user.disciplines.map((discipline) => (
              <Badge key={discipline} variant="outline" color="gray" size="lg">
                {disciplineLabels[discipline]}
              </Badge>
            ))}
          </Group>
        </section>
        <section aria-labelledby="home-now">
          <Title id="home-now" order={2} size="h4" mb="xs">
            What you can do now
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {actionsFor(me.data).map((action) => (
              <ActionCard key={action.to} action={action} />
            ))}
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="sm">
            Monitoring reports can already be produced from a prediction log with the{' '}
            <Anchor component={Link} to="/monitoring">
              vigil report command
            </Anchor>
            .
          </Text>
        </section>
        <section aria-labelledby="home-next">
          <Title id="home-next" order={2} size="h4" mb="xs">
            Coming in the next releases
          </Title>
          <Text size="sm" mb="xs">
            Accounts, roles, the audit trail and the portfolio are here. Each other area shows what
            it will hold:
          </Text>
          <Group gap="xs">
            {productAreas
              .filter((area) => !area.isReleased)
              .map((area) => (
                <Anchor key={area.path} component={Link} to={area.path} size="sm">
                  {area.label}
                </Anchor>
              ))}
          </Group>
        </section>
      </Stack>
    </>
  );
}
