import {
  api,
  type AiSystemCreateInput,
  type AiSystemDto,
  type AiSystemUpdateInput,
  type PortfolioFacetsQuery,
  type PortfolioListQuery,
  type PortfolioViewQuery,
  type SavedViewCreateInput,
} from '@vigil/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

/** Counts per filter value over the whole matching portfolio, for facets and charts. */
export function usePortfolioFacets(query: Partial<PortfolioFacetsQuery> = {}) {
  return useQuery({
    queryKey: queryKeys.portfolioFacets(query),
    queryFn: ({ signal }) => callEndpoint(api.portfolio.facets, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolioList(query: Partial<PortfolioListQuery>) {
  return useQuery({
    queryKey: queryKeys.portfolioList(query),
    queryFn: ({ signal }) => callEndpoint(api.portfolio.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSystem(id: string) {
  return useQuery({
    queryKey: queryKeys.system(id),
    queryFn: ({ signal }) => callEndpoint(api.portfolio.get, { params: { id }, signal }),
  });
}

/** A saved system replaces the cached one; lists, history and completeness are refetched. */
function useStoreSystem() {
  const client = useQueryClient();
  return (system: AiSystemDto) => {
    client.setQueryData(queryKeys.system(system.id), system);
    void client.invalidateQueries({ queryKey: [...queryKeys.portfolio, 'list'] });
    void client.invalidateQueries({ queryKey: [...queryKeys.portfolio, 'completeness'] });
    void client.invalidateQueries({ queryKey: queryKeys.systemVersions(system.id) });
  };
}

export function useCreateSystem() {
  const storeSystem = useStoreSystem();
  return useMutation({
    mutationFn: (body: AiSystemCreateInput) => callEndpoint(api.portfolio.create, { body }),
    onSuccess: storeSystem,
  });
}

export function useUpdateSystem(id: string) {
  const storeSystem = useStoreSystem();
  return useMutation({
    mutationFn: (body: AiSystemUpdateInput) =>
      callEndpoint(api.portfolio.update, { params: { id }, body }),
    onSuccess: storeSystem,
  });
}

export function useSystemVersions(id: string) {
  return useQuery({
    queryKey: queryKeys.systemVersions(id),
    queryFn: ({ signal }) => callEndpoint(api.portfolio.history, { params: { id }, signal }),
  });
}

export function useSystemVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: queryKeys.systemVersion(id, version ?? 0),
    queryFn: ({ signal }) =>
      callEndpoint(api.portfolio.getVersion, { params: { id, version: version ?? 0 }, signal }),
    enabled: version !== null,
  });
}

export function useSystemDiff(id: string, range: { from: number; to: number } | null) {
  return useQuery({
    queryKey: queryKeys.systemDiff(id, range?.from ?? 0, range?.to ?? 0),
    queryFn: ({ signal }) =>
      callEndpoint(api.portfolio.diff, {
        params: { id },
        query: { from: range?.from ?? 1, to: range?.to ?? 1 },
        signal,
      }),
    enabled: range !== null,
  });
}

export function useSavedViews() {
  return useQuery({
    queryKey: queryKeys.savedViews,
    queryFn: ({ signal }) => callEndpoint(api.portfolio.listViews, { signal }),
  });
}

export function useCreateSavedView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SavedViewCreateInput) => callEndpoint(api.portfolio.createView, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.savedViews }),
  });
}

export function useDeleteSavedView() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callEndpoint(api.portfolio.deleteView, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.savedViews }),
  });
}

/** Exports are plain links so the browser downloads them with the session cookie. */
export function portfolioExportUrl(format: 'csv' | 'xlsx', query: PortfolioViewQuery): string {
  const endpoint =
    format === 'csv' ? api.portfolioImport.exportCsv : api.portfolioImport.exportXlsx;
  return endpointUrl(endpoint, { query });
}

export function systemExportJsonUrl(id: string): string {
  return endpointUrl(api.portfolioImport.exportJson, { params: { id } });
}
