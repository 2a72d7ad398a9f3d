import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconHome, type Icon } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { hasPermission, useMe } from '../../api/useAuth';
import { adminLinks } from './adminLinks';
import { Button } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { productAreas } from './areas';

interface NavItemProps {
  to: string;
  label: string;
  icon: Icon;
  onNavigate: () => void;
}

function NavItem({ to, label, icon: ItemIcon, onNavigate }: NavItemProps) {
  const { pathname } = useLocation();
  const isActive = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      leftSection={<ItemIcon size={18} aria-hidden />}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}

/** The product areas for everyone, then the administration links the user's permissions allow. */
export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const me = useMe();
  const visibleAdminLinks = adminLinks.filter((link) => hasPermission(me.data, link.permission));
  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      {hasPermission(me.data, 'governance.submit') ? (
        <Button
          component={Link}
          to="/governance/report"
          fullWidth
          mb="md"
          h="auto"
          py={8}
          justify="flex-start"
          styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
          leftSection={<IconMessagePlus size={18} aria-hidden />}
          onClick={onNavigate}
        >
          Report or propose AI
        </Button>
      ) : null}
      <Stack gap={2}>
        <NavItem to="/" label="Home" icon={IconHome} onNavigate={onNavigate} />
        {productAreas.map((area) => (
          <NavItem
            key={area.path}
            to={area.path}
            label={area.label}
            icon={area.icon}
            onNavigate={onNavigate}
          />
        ))}
      </Stack>
      {visibleAdminLinks.length > 0 ? (
        <Stack gap={2} mt="lg" role="group" aria-labelledby="nav-administration">
          <Text id="nav-administration" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            Administration
          </Text>
          {visibleAdminLinks.map((link) => (
            <NavItem
              key={link.path}
              to={link.path}
              label={link.label}
              icon={link.icon}
              onNavigate={onNavigate}
            />
          ))}
        </Stack>
      ) : null}
    </ScrollArea>
  );
}
