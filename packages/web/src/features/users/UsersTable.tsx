import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { roleLabels, type UserDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { userStatus, userStatusBadge } from './userStatus';
import { TableScroll } from '../../components/TableScroll';

export function UsersTable({ users, caption }: { users: readonly UserDto[]; caption: string }) {
  return (
    <TableScroll minWidth={760} label={caption}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Roles</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => {
            const status = userStatusBadge[userStatus(user)];
            return (
              <Table.Tr key={user.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/admin/users/${user.id}`}>
                    {user.displayName}
                  </Anchor>
                </Table.Th>
                <Table.Td>{user.email}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {user.roles.map((role) => (
                      <Badge key={role} variant="light" size="sm">
                        {roleLabels[role]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td miw={130}>
                  <Badge color={status.color} variant="dot">
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(user.lastLoginAt, 'Never')}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
