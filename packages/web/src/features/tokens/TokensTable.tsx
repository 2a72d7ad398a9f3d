import { Badge, Code, Table, Text } from '@mantine/core';
import type { ApiTokenDto } from '@vigil/contracts';
import { formatDate, formatDateTime } from '../../lib/format';
import { RevokeTokenButton } from './RevokeTokenButton';
import { tokenStatus, type TokenStatus } from './tokenStatus';
import { TableScroll } from '../../components/TableScroll';

const statusBadge: Record<TokenStatus, { color: string; label: string }> = {
  active: { color: 'green', label: 'Active' },
  expired: { color: 'gray', label: 'Expired' },
  revoked: { color: 'red', label: 'Revoked' },
};

interface TokensTableProps {
  tokens: readonly ApiTokenDto[];
  caption: string;
  canRevoke: boolean;
}

export function TokensTable({ tokens, caption, canRevoke }: TokensTableProps) {
  if (tokens.length === 0) {
    return <Text c="dimmed">{caption}: none yet.</Text>;
  }
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Starts with</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Expires</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            {canRevoke ? <Table.Th scope="col">Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Th scope="row" fw={500}>
                  {token.name}
                </Table.Th>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
                <Table.Td>{formatDateTime(token.lastUsedAt, 'Never')}</Table.Td>
                <Table.Td>
                  <Badge color={statusBadge[status].color} variant="light">
                    {statusBadge[status].label}
                  </Badge>
                </Table.Td>
                {canRevoke ? (
                  <Table.Td>
                    {status === 'active' ? <RevokeTokenButton token={token} /> : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
