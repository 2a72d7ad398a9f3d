import {
  type AnswerInput,
  type AssessmentCreateInput,
  type AssessmentListQuery,
  type AssessmentUpdateInput,
  type CrosswalkApplyInput,
  type EvidenceAddInput,
  api,
} from '@vigil/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

const a = api.governanceAssessments;

export function useFrameworks() {
  return useQuery({
    queryKey: queryKeys.governanceFrameworks,
    queryFn: ({ signal }) => callEndpoint(a.frameworks, { signal }),
    staleTime: Infinity,
  });
}

export function useAssessmentList(query: Partial<AssessmentListQuery> = {}) {
  return useQuery({
    queryKey: queryKeys.assessmentList(query),
    queryFn: ({ signal }) => callEndpoint(a.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAssessment(id: string) {
  return useQuery({
    queryKey: queryKeys.assessment(id),
    queryFn: ({ signal }) => callEndpoint(a.get, { params: { id }, signal }),
  });
}

export function useGapReport(id: string) {
  return useQuery({
    queryKey: queryKeys.assessmentGaps(id),
    queryFn: ({ signal }) => callEndpoint(a.gaps, { params: { id }, signal }),
  });
}

export function useSystemAssessments(systemId: string) {
  return useQuery({
    queryKey: queryKeys.systemAssessments(systemId),
    queryFn: ({ signal }) =>
      callEndpoint(a.systemAssessments, { params: { id: systemId }, signal }),
  });
}

export function useEvidenceRecords(id: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.assessmentRecords(id),
    queryFn: ({ signal }) => callEndpoint(a.records, { params: { id }, signal }),
    enabled,
  });
}

export function useCrosswalk(id: string, itemKey: string) {
  return useQuery({
    queryKey: queryKeys.assessmentCrosswalk(id, itemKey),
    queryFn: ({ signal }) => callEndpoint(a.crosswalk, { params: { id, itemKey }, signal }),
  });
}

/** Any change to an assessment can move progress, gaps and other assessments' evidence. */
function useRefreshAssessments() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: queryKeys.governanceAssessments });
}

export function useCreateAssessment() {
  const refresh = useRefreshAssessments();
  return useMutation({
    mutationFn: (body: AssessmentCreateInput) => callEndpoint(a.create, { body }),
    onSuccess: refresh,
  });
}

export function useUpdateAssessment(id: string) {
  const refresh = useRefreshAssessments();
  return useMutation({
    mutationFn: (body: AssessmentUpdateInput) => callEndpoint(a.update, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useAnswerItem(id: string, itemKey: string) {
  const refresh = useRefreshAssessments();
  return useMutation({
    mutationFn: (body: AnswerInput) => callEndpoint(a.answer, { params: { id, itemKey }, body }),
    onSuccess: refresh,
  });
}

export function useAddEvidence(id: string, itemKey: string) {
  const refresh = useRefreshAssessments();
  return useMutation({
    mutationFn: (body: EvidenceAddInput) =>
      callEndpoint(a.addEvidence, { params: { id, itemKey }, body }),
    onSuccess: refresh,
  });
}

export function useRemoveEvidence(id: string, itemKey: string) {
  const refresh = useRefreshAssessments();
  return useMutation({
    mutationFn: (evidenceId: string) =>
      callEndpoint(a.removeEvidence, { params: { id, itemKey, evidenceId } }),
    onSuccess: refresh,
  });
}

export function useApplyCrosswalk(id: string, itemKey: string) {
  const refresh = useRefreshAssessments();
  return useMutation({
    mutationFn: (body: CrosswalkApplyInput) =>
      callEndpoint(a.applyCrosswalk, { params: { id, itemKey }, body }),
    onSuccess: refresh,
  });
}

/** The download address of an evidence file; the server always sends it as an attachment. */
export function evidenceFileUrl(id: string, evidenceId: string): string {
  return endpointUrl(a.downloadEvidence, { params: { id, evidenceId } });
}

/** The CSV export of every item of an assessment. */
export function assessmentCsvUrl(id: string): string {
  return endpointUrl(a.exportCsv, { params: { id } });
}
