import { api, type DocumentUploadInput } from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

export function useSystemDocuments(id: string) {
  return useQuery({
    queryKey: queryKeys.systemDocuments(id),
    queryFn: ({ signal }) => callEndpoint(api.portfolioDocuments.list, { params: { id }, signal }),
  });
}

export function useUploadSystemDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentUploadInput) =>
      callEndpoint(api.portfolioDocuments.upload, { params: { id }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.systemDocuments(id) });
      // Documents can be tier artefacts, which lifecycle gates read.
      void client.invalidateQueries({ queryKey: queryKeys.governanceReviewArea });
    },
  });
}

export function useRemoveSystemDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      callEndpoint(api.portfolioDocuments.remove, { params: { id, documentId } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.systemDocuments(id) });
      // Documents can be tier artefacts, which lifecycle gates read.
      void client.invalidateQueries({ queryKey: queryKeys.governanceReviewArea });
    },
  });
}

/** The download address of a document; the server always sends it as an attachment. */
export function systemDocumentUrl(id: string, documentId: string): string {
  return endpointUrl(api.portfolioDocuments.download, { params: { id, documentId } });
}
