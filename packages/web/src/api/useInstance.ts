import { api } from '@vigil/contracts';
import { useQuery } from '@tanstack/react-query';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

/** The institution this Vigil serves, and the demo sign-in details on a demo instance. */
export function useInstance() {
  return useQuery({
    queryKey: queryKeys.instance,
    queryFn: ({ signal }) => callEndpoint(api.instance.get, { signal }),
    staleTime: Infinity,
  });
}
