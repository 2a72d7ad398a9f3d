import type { MeResponse } from '@vigil/contracts';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

/** The csrf token lives with `me` in the query cache, so signing out or in replaces it. */
export function getCsrfToken(): string | null {
  return queryClient.getQueryData<MeResponse | null>(queryKeys.me)?.csrfToken ?? null;
}
