import { api, type AuditFilter, type AuditListQuery } from '@vigil/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

export function useAuditList(query: Partial<AuditListQuery>) {
  return useQuery({
    queryKey: queryKeys.auditList(query),
    queryFn: ({ signal }) => callEndpoint(api.audit.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The CSV export is a plain link so the browser downloads it with the session cookie. */
export function auditExportUrl(filter: AuditFilter): string {
  return endpointUrl(api.audit.exportCsv, { query: filter });
}

/** Runs on demand: the whole chain is re-hashed, so it is not fetched on page load. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => callEndpoint(api.audit.verify) });
}
