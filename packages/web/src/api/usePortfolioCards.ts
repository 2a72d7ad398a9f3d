import {
  api,
  type ModelCardDiffQuery,
  type ModelCardImportInput,
  type PortfolioCompletenessQuery,
} from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './ApiError';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

/** The current card, or `null` when the system has none yet (the API answers 404). */
export function useModelCard(id: string) {
  return useQuery({
    queryKey: queryKeys.card(id),
    queryFn: async ({ signal }) => {
      try {
        return await callEndpoint(api.portfolioCards.get, { params: { id }, signal });
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
  });
}

export function useModelCardVersions(id: string) {
  return useQuery({
    queryKey: queryKeys.cardVersions(id),
    queryFn: ({ signal }) => callEndpoint(api.portfolioCards.versions, { params: { id }, signal }),
  });
}

export function useModelCardDiff(id: string, query: ModelCardDiffQuery | null) {
  return useQuery({
    queryKey: queryKeys.cardDiff(id, query ?? { from: 0, to: 0 }),
    queryFn: ({ signal }) =>
      callEndpoint(api.portfolioCards.diff, {
        params: { id },
        query: query ?? { from: 1, to: 1 },
        signal,
      }),
    enabled: query !== null,
  });
}

/** Imports a CHAI XML card, as a new system or as the next card version of `systemId`. */
export function useImportModelCard() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ModelCardImportInput) =>
      callEndpoint(api.portfolioCards.importXml, { body }),
    onSuccess: (result) => {
      client.setQueryData(queryKeys.system(result.system.id), result.system);
      client.setQueryData(queryKeys.card(result.system.id), result.card);
      void client.invalidateQueries({ queryKey: queryKeys.cardVersions(result.system.id) });
      void client.invalidateQueries({ queryKey: [...queryKeys.portfolio, 'list'] });
      void client.invalidateQueries({ queryKey: [...queryKeys.portfolio, 'completeness'] });
    },
  });
}

export function modelCardXmlUrl(id: string): string {
  return endpointUrl(api.portfolioCards.exportXml, { params: { id } });
}

export function usePortfolioCompleteness(query: Partial<PortfolioCompletenessQuery> = {}) {
  return useQuery({
    queryKey: queryKeys.completeness(query),
    queryFn: ({ signal }) => callEndpoint(api.portfolioCards.completeness, { query, signal }),
  });
}
