import { Code, Paper, Stack, Title } from '@mantine/core';
import type { ApiTokenCreated } from '@vigil/contracts';
import { useState } from 'react';
import { useMyTokens } from '../../api/useTokens';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenSecretModal } from './TokenSecretModal';
import { TokensTable } from './TokensTable';

export function MyTokensPage() {
  const tokens = useMyTokens();
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  return (
    <>
      <PageHeader
        title="My API tokens"
        description={
          <>
            A token lets the <Code>vigil</Code> command line and your scripts act as you. Treat it
            like a password, give each use its own token, and revoke the ones you no longer need.
          </>
        }
      />
      <Stack gap="lg" maw={1000}>
        <Paper withBorder p="lg">
          <Title order={2} size="h4" mb="sm">
            Create a token
          </Title>
          <CreateTokenForm onCreated={setCreated} />
        </Paper>
        <Paper withBorder p="lg">
          {tokens.isPending ? <PageLoader /> : null}
          {tokens.isError ? <ErrorAlert error={tokens.error} /> : null}
          {tokens.data ? (
            <TokensTable tokens={tokens.data} caption="Your tokens" canRevoke />
          ) : null}
        </Paper>
      </Stack>
      <TokenSecretModal created={created} onClose={() => setCreated(null)} />
    </>
  );
}
