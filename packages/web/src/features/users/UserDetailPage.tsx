import { Anchor, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { hasPermission, useMe } from '../../api/useAuth';
import { useUser } from '../../api/useUsers';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { EditUserForm } from './EditUserForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserSummary } from './UserSummary';
import { UserTokensSection } from './UserTokensSection';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title id={id} order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function UserDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const user = useUser(id);
  const canManage = hasPermission(me.data, 'users.manage');
  const canSeeTokens = hasPermission(me.data, 'tokens.manage_any');

  const backLink = (
    <Anchor
      component={Link}
      to="/admin/users"
      size="sm"
      display="inline-flex"
      style={{ gap: 4, alignItems: 'center' }}
    >
      <IconArrowLeft size={14} aria-hidden />
      All users
    </Anchor>
  );
  if (user.isPending) return <PageLoader />;
  if (user.isError) {
    return (
      <Stack>
        {backLink}
        <ErrorAlert error={user.error} title="This user could not be loaded" />
      </Stack>
    );
  }

  const data = user.data;
  return (
    <>
      {backLink}
      <PageHeader title={data.displayName} description={data.email} />
      <Stack gap="lg" maw={1100}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {canManage ? (
            <Section title="Account">
              <EditUserForm
                key={`${data.id}:${data.version}`}
                user={data}
                onReload={() => void user.refetch()}
              />
            </Section>
          ) : null}
          <Stack gap="lg">
            <Section title="Sign-in">
              <UserSummary user={data} canManage={canManage} />
            </Section>
            {canManage ? (
              <Section title="Reset password">
                <ResetPasswordForm user={data} />
              </Section>
            ) : null}
          </Stack>
        </SimpleGrid>
        {canSeeTokens ? (
          <Section title="API tokens">
            <UserTokensSection user={data} />
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
