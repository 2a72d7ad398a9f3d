import {
  api,
  type PasswordResetInput,
  type UserCreateInput,
  type UserDto,
  type UserListQuery,
  type UserUpdateInput,
} from '@vigil/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

/** Active colleagues (name and email) anyone signed in may pick from. */
export function useUserDirectory() {
  return useQuery({
    queryKey: queryKeys.userDirectory,
    queryFn: ({ signal }) => callEndpoint(api.users.directory, { query: {}, signal }),
    staleTime: 60_000,
  });
}

export function useUserList(query: Partial<UserListQuery>, options: { enabled?: boolean } = {}) {
  return useQuery({
    enabled: options.enabled ?? true,
    queryKey: queryKeys.userList(query),
    queryFn: ({ signal }) => callEndpoint(api.users.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: queryKeys.user(id),
    queryFn: ({ signal }) => callEndpoint(api.users.get, { params: { id }, signal }),
  });
}

function useStoreUser() {
  const client = useQueryClient();
  return (user: UserDto) => {
    client.setQueryData(queryKeys.user(user.id), user);
    void client.invalidateQueries({ queryKey: [...queryKeys.users, 'list'] });
  };
}

export function useCreateUser() {
  const storeUser = useStoreUser();
  return useMutation({
    mutationFn: (body: UserCreateInput) => callEndpoint(api.users.create, { body }),
    onSuccess: storeUser,
  });
}

export function useUpdateUser(id: string) {
  const storeUser = useStoreUser();
  return useMutation({
    mutationFn: (body: UserUpdateInput) => callEndpoint(api.users.update, { params: { id }, body }),
    onSuccess: storeUser,
  });
}

export function useResetPassword(id: string) {
  return useMutation({
    mutationFn: (body: PasswordResetInput) =>
      callEndpoint(api.users.resetPassword, { params: { id }, body }),
  });
}

export function useUnlockUser(id: string) {
  const storeUser = useStoreUser();
  return useMutation({
    mutationFn: () => callEndpoint(api.users.unlock, { params: { id } }),
    onSuccess: storeUser,
  });
}
