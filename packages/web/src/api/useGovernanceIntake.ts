import type { intakeDocumentInput, intakeSubmitInput } from '@vigil/contracts';
import {
  api,
  type IntakeAcceptInput,
  type IntakeDto,
  type IntakeListQuery,
  type TierRuleSetPublishInput,
  type TieringPreviewInput,
  type TieringSaveInput,
} from '@vigil/contracts';
import type { z } from 'zod';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

type SubmitBody = z.input<typeof intakeSubmitInput>;
type DocumentBody = z.input<typeof intakeDocumentInput>;

export function useMyIntakes() {
  return useQuery({
    queryKey: queryKeys.myIntakes,
    queryFn: ({ signal }) => callEndpoint(api.governanceIntake.mine, { signal }),
  });
}

export function useIntakeList(query: Partial<IntakeListQuery>) {
  return useQuery({
    queryKey: queryKeys.intakeList(query),
    queryFn: ({ signal }) => callEndpoint(api.governanceIntake.list, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useIntakeFacets() {
  return useQuery({
    queryKey: queryKeys.intakeFacets,
    queryFn: ({ signal }) => callEndpoint(api.governanceIntake.facets, { signal }),
  });
}

export function useIntake(id: string) {
  return useQuery({
    queryKey: queryKeys.intake(id),
    queryFn: ({ signal }) => callEndpoint(api.governanceIntake.get, { params: { id }, signal }),
  });
}

/** A changed intake replaces the cached one; the lists are refetched. */
function useStoreIntake() {
  const client = useQueryClient();
  return (intake: IntakeDto) => {
    client.setQueryData(queryKeys.intake(intake.id), intake);
    void client.invalidateQueries({ queryKey: queryKeys.myIntakes });
    void client.invalidateQueries({ queryKey: [...queryKeys.intakes, 'list'] });
    void client.invalidateQueries({ queryKey: queryKeys.intakeFacets });
  };
}

export function useSubmitIntake() {
  const storeIntake = useStoreIntake();
  return useMutation({
    mutationFn: (body: SubmitBody) => callEndpoint(api.governanceIntake.submit, { body }),
    onSuccess: storeIntake,
  });
}

export function useAskIntakeQuestion(id: string) {
  const storeIntake = useStoreIntake();
  return useMutation({
    mutationFn: (body: { version: number; body: string }) =>
      callEndpoint(api.governanceIntake.ask, { params: { id }, body }),
    onSuccess: storeIntake,
  });
}

export function useAnswerIntakeQuestion(id: string) {
  const storeIntake = useStoreIntake();
  return useMutation({
    mutationFn: (body: { version: number; body: string }) =>
      callEndpoint(api.governanceIntake.answer, { params: { id }, body }),
    onSuccess: storeIntake,
  });
}

export function useAcceptIntake(id: string) {
  const client = useQueryClient();
  const storeIntake = useStoreIntake();
  return useMutation({
    mutationFn: (body: IntakeAcceptInput) =>
      callEndpoint(api.governanceIntake.accept, { params: { id }, body }),
    onSuccess: (intake) => {
      storeIntake(intake);
      void client.invalidateQueries({ queryKey: queryKeys.portfolio });
    },
  });
}

export function useCloseIntake(id: string) {
  const storeIntake = useStoreIntake();
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      callEndpoint(api.governanceIntake.close, { params: { id }, body }),
    onSuccess: storeIntake,
  });
}

export function useAddIntakeDocument(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DocumentBody) =>
      callEndpoint(api.governanceIntake.addDocument, { params: { id }, body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.intake(id) }),
  });
}

/** The download address of an intake document; the server always sends it as an attachment. */
export function intakeDocumentUrl(id: string, documentId: string): string {
  return endpointUrl(api.governanceIntake.downloadDocument, { params: { id, documentId } });
}

export function useActiveTierRules() {
  return useQuery({
    queryKey: queryKeys.activeTierRules,
    queryFn: ({ signal }) => callEndpoint(api.governanceTiering.activeRuleSet, { signal }),
  });
}

export function useTierRuleVersions() {
  return useQuery({
    queryKey: queryKeys.tierRuleVersions,
    queryFn: ({ signal }) => callEndpoint(api.governanceTiering.ruleSetVersions, { signal }),
  });
}

export function useTierRuleVersion(version: number | null) {
  return useQuery({
    queryKey: queryKeys.tierRuleVersion(version ?? 0),
    queryFn: ({ signal }) =>
      callEndpoint(api.governanceTiering.ruleSetVersion, {
        params: { version: version ?? 0 },
        signal,
      }),
    enabled: version !== null,
  });
}

export function usePublishTierRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TierRuleSetPublishInput) =>
      callEndpoint(api.governanceTiering.publishRuleSet, { body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.tierRules }),
  });
}

/** The tier the answers give, recomputed on the server as they change (nothing is saved). */
export function useTieringPreview(input: TieringPreviewInput | null) {
  return useQuery({
    queryKey: queryKeys.tieringPreview(input ?? { answers: emptyAnswers }),
    queryFn: ({ signal }) =>
      callEndpoint(api.governanceTiering.preview, { body: input ?? undefined, signal }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
}

const emptyAnswers: TieringPreviewInput['answers'] = {
  scores: {},
  estimates: {},
  facts: { patient_facing: false, fda_regulated: false, genai_patient_data: false },
  imdrfCategory: null,
};

export function useTieringPrefill(systemId: string) {
  return useQuery({
    queryKey: queryKeys.tieringPrefill(systemId),
    queryFn: ({ signal }) =>
      callEndpoint(api.governanceTiering.prefill, { params: { id: systemId }, signal }),
  });
}

export function useDeterminations(systemId: string) {
  return useQuery({
    queryKey: queryKeys.determinations(systemId),
    queryFn: ({ signal }) =>
      callEndpoint(api.governanceTiering.determinations, { params: { id: systemId }, signal }),
  });
}

export function useTierSystem(systemId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TieringSaveInput) =>
      callEndpoint(api.governanceTiering.tierSystem, { params: { id: systemId }, body }),
    // Reviews, dashboards and rule counts read the tier in force: refetch governance as a whole.
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.governanceArea }),
  });
}
