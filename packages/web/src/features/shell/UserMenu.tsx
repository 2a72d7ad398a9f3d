import { Avatar, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { roleLabels, type UserDto } from '@vigil/contracts';
import { Link, useNavigate } from 'react-router';
import { useLogout } from '../../api/useAuth';

function initialsOf(name: string): string {
  const words = name
    .replace(/^(dr|mr|mrs|ms|prof)\.?\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

export function UserMenu({ user }: { user: UserDto }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const roleText = user.roles.map((role) => roleLabels[role]).join(', ');

  const handleSignOut = () => {
    logout.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) });
  };

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton p={4}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="vigil" radius="xl" size="sm" aria-hidden>
              {initialsOf(user.displayName)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {user.displayName}
            </Text>
            <VisuallyHidden>account menu</VisuallyHidden>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {user.displayName}
          </Text>
          <Text size="xs">{roleText}</Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/account/tokens"
          leftSection={<IconKey size={16} aria-hidden />}
        >
          My API tokens
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/account/password"
          leftSection={<IconLock size={16} aria-hidden />}
        >
          Change password
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={handleSignOut}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
