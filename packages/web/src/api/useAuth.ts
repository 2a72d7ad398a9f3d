import {
  api,
  type LoginInput,
  type MeResponse,
  type PasswordChangeInput,
  type Permission,
} from '@vigil/contracts';
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await callEndpoint(api.auth.me);
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

/** The signed-in user; `null` when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/** True when the signed-in user holds the permission (the server enforces it regardless). */
export function hasPermission(me: MeResponse | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

/** A new session must not see the previous user's cached data; the instance info stays. */
function replaceSession(client: QueryClient, me: MeResponse | null): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.instance[0] });
  client.setQueryData<MeResponse | null>(queryKeys.me, me);
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginInput) => callEndpoint(api.auth.login, { body }),
    onSuccess: (me) => replaceSession(client, me),
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callEndpoint(api.auth.logout),
    onSettled: () => replaceSession(client, null),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: PasswordChangeInput) => callEndpoint(api.auth.changePassword, { body }),
  });
}
