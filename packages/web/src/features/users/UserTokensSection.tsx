import { Text } from '@mantine/core';
import type { UserDto } from '@vigil/contracts';
import { useUserTokens } from '../../api/useTokens';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { TokensTable } from '../tokens/TokensTable';

export function UserTokensSection({ user }: { user: UserDto }) {
  const tokens = useUserTokens(user.id);
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm">
        Tokens {user.displayName} created for the command line and scripts. Revoke one that is lost
        or no longer needed; the secret itself is never shown here.
      </Text>
      {tokens.isPending ? <PageLoader /> : null}
      {tokens.isError ? <ErrorAlert error={tokens.error} /> : null}
      {tokens.data ? (
        <TokensTable tokens={tokens.data} caption={`API tokens of ${user.displayName}`} canRevoke />
      ) : null}
    </>
  );
}
