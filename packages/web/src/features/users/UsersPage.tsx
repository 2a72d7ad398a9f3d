import { Button, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../api/useAuth';
import { useUserList } from '../../api/useUsers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { Pager } from '../../components/Pager';
import { CreateUserModal } from './CreateUserModal';
import { UsersTable } from './UsersTable';

const pageSize = 25;

export function UsersPage() {
  const me = useMe();
  const canManage = hasPermission(me.data, 'users.manage');
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = Math.max(1, Number(searchParams.get('page') ?? '1') || 1);
  const [search, setSearch] = useState(searchParams.get('q') ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [isCreateOpen, createModal] = useDisclosure(false);
  const users = useUserList({ q: q || undefined, page, pageSize });

  useEffect(() => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set('q', q);
        else next.delete('q');
        if (q !== (current.get('q') ?? '')) next.delete('page');
        return next;
      },
      { replace: true },
    );
  }, [q, setSearchParams]);

  const handlePageChange = (nextPage: number) => {
    setSearchParams((current) => {
      const next = new URLSearchParams(current);
      next.set('page', String(nextPage));
      return next;
    });
  };

  return (
    <>
      <PageHeader
        title="Users"
        description="Everyone who can sign in to Vigil, with their roles and committee disciplines."
        actions={
          canManage ? (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={createModal.open}>
              Create user
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="lg">
        <TextInput
          label="Search users"
          placeholder="Name or email"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          maw={360}
          mb="md"
          type="search"
        />
        {users.isPending ? <PageLoader /> : null}
        {users.isError ? <ErrorAlert error={users.error} /> : null}
        {users.data ? (
          users.data.items.length === 0 ? (
            <Text c="dimmed">No users match “{q}”.</Text>
          ) : (
            <>
              <UsersTable
                users={users.data.items}
                caption={`Users: ${users.data.total} in total`}
              />
              <Pager
                page={page}
                total={users.data.total}
                pageSize={pageSize}
                onChange={handlePageChange}
              />
            </>
          )
        ) : null}
      </Paper>
      <CreateUserModal
        isOpen={isCreateOpen}
        onClose={createModal.close}
        onCreated={(user) => void navigate(`/admin/users/${user.id}`)}
      />
    </>
  );
}
