import {
  api,
  type ImportCommitInput,
  type ImportPreviewInput,
  type ImportUploadInput,
} from '@vigil/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

/** The import wizard's steps are mutations: each answer belongs to the one wizard run. */
export function useUploadImport() {
  return useMutation({
    mutationFn: (body: ImportUploadInput) => callEndpoint(api.portfolioImport.upload, { body }),
  });
}

export function usePreviewImport(importId: string) {
  return useMutation({
    mutationFn: (body: ImportPreviewInput) =>
      callEndpoint(api.portfolioImport.preview, { params: { id: importId }, body }),
  });
}

export function useCommitImport(importId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportCommitInput) =>
      callEndpoint(api.portfolioImport.commit, { params: { id: importId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.portfolio }),
  });
}
