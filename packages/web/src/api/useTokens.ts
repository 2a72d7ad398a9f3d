import { api, type ApiTokenCreateInput } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

export function useMyTokens() {
  return useQuery({
    queryKey: queryKeys.myTokens,
    queryFn: ({ signal }) => callEndpoint(api.tokens.listOwn, { signal }),
  });
}

export function useUserTokens(userId: string) {
  return useQuery({
    queryKey: queryKeys.userTokens(userId),
    queryFn: ({ signal }) => callEndpoint(api.tokens.listForUser, { params: { userId }, signal }),
  });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreateInput) => callEndpoint(api.tokens.create, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.myTokens }),
  });
}

/** Revokes any token the caller may revoke; refreshes both the own and per-user lists. */
export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callEndpoint(api.tokens.revoke, { params: { id } }),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.myTokens }),
        client.invalidateQueries({ queryKey: queryKeys.users }),
      ]);
    },
  });
}
