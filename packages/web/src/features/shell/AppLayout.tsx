import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, Outlet } from 'react-router';
import { useMe } from '../../api/useAuth';
import { useInstance } from '../../api/useInstance';
import { PageLoader } from '../../components/PageLoader';
import { NotificationBell } from '../notifications/NotificationBell';
import { MainNav } from './MainNav';
import { SkipLink, mainContentId } from './SkipLink';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const me = useMe();
  const instance = useInstance();
  const [isNavOpen, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      padding="lg"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isNavOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Text component={Link} to="/" fw={800} size="xl" c="vigil.8" td="none">
              Vigil
            </Text>
            {instance.data ? (
              <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
                {instance.data.institutionName}
              </Text>
            ) : null}
          </Group>
          {me.data ? (
            <Group gap="xs" wrap="nowrap">
              <NotificationBell />
              <UserMenu user={me.data.user} />
            </Group>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <MainNav onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id={mainContentId} tabIndex={-1} bg="gray.0">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
