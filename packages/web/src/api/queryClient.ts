import type { MeResponse } from '@vigil/contracts';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { queryKeys } from './queryKeys';

function handleUnauthenticated(error: unknown): void {
  // Any 401 means the session ended (expired, revoked, password reset); the route guard
  // reacts to `me` becoming null and sends the user to sign in, keeping where they were.
  if (isApiError(error, 'unauthenticated')) {
    queryClient.setQueryData<MeResponse | null>(queryKeys.me, null);
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleUnauthenticated }),
  mutationCache: new MutationCache({ onError: handleUnauthenticated }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});
