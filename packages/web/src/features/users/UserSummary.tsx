import { Badge, Button, DataList, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLockOpen } from '@tabler/icons-react';
import { disciplineLabels, roleLabels, type UserDto } from '@vigil/contracts';
import { useUnlockUser } from '../../api/useUsers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { userStatus, userStatusBadge } from './userStatus';

function UnlockButton({ user }: { user: UserDto }) {
  const unlock = useUnlockUser(user.id);
  const handleUnlock = () =>
    unlock.mutate(undefined, {
      onSuccess: () =>
        notifications.show({ color: 'green', message: `${user.displayName} can sign in again.` }),
    });
  return (
    <Stack gap="xs">
      {unlock.isError ? <ErrorAlert error={unlock.error} /> : null}
      <Group>
        <Button
          variant="light"
          leftSection={<IconLockOpen size={16} aria-hidden />}
          onClick={handleUnlock}
          loading={unlock.isPending}
        >
          Unlock sign-in
        </Button>
      </Group>
    </Stack>
  );
}

/** Read-only facts about an account; administrators also get the unlock action here. */
export function UserSummary({ user, canManage }: { user: UserDto; canManage: boolean }) {
  const status = userStatus(user);
  return (
    <Stack>
      <DataList labelWidth={130}>
        <DataList.Item>
          <DataList.ItemLabel>Email</DataList.ItemLabel>
          <DataList.ItemValue>{user.email}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Status</DataList.ItemLabel>
          <DataList.ItemValue>
            <Badge color={userStatusBadge[status].color} variant="dot">
              {userStatusBadge[status].label}
            </Badge>
            {status === 'locked' ? ` until ${formatDateTime(user.lockedUntil)}` : null}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Roles</DataList.ItemLabel>
          <DataList.ItemValue>
            {user.roles.map((role) => roleLabels[role]).join(', ')}
          </DataList.ItemValue>
        </DataList.Item>
        {user.disciplines.length > 0 ? (
          <DataList.Item>
            <DataList.ItemLabel>Disciplines</DataList.ItemLabel>
            <DataList.ItemValue>
              {user.disciplines.map((d) => disciplineLabels[d]).join(', ')}
            </DataList.ItemValue>
          </DataList.Item>
        ) : null}
        <DataList.Item>
          <DataList.ItemLabel>Last sign-in</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(user.lastLoginAt, 'Never')}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Created</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(user.createdAt)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Last changed</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(user.updatedAt)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {canManage && status === 'locked' ? <UnlockButton user={user} /> : null}
    </Stack>
  );
}
