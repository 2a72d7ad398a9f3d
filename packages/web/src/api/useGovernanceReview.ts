import {
  api,
  type AssignmentCreateInput,
  type AssignmentRecordInput,
  type ConditionListQuery,
  type ConditionMeetInput,
  type ConditionWaiveInput,
  type ConflictDeclareInput,
  type DecisionInput,
  type ReviewOpenInput,
  type TransitionInput,
} from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint } from './callEndpoint';
import { queryKeys } from './queryKeys';

const g = api.governanceReview;

/** Every review-workflow change can move states, gates and lists: refresh them all, and the system. */
function useRefresh() {
  const client = useQueryClient();
  return (systemId?: string) => {
    void client.invalidateQueries({ queryKey: queryKeys.governanceReviewArea });
    if (systemId) void client.invalidateQueries({ queryKey: queryKeys.system(systemId) });
  };
}

export function useGovernanceState(systemId: string) {
  return useQuery({
    queryKey: queryKeys.governanceState(systemId),
    queryFn: ({ signal }) => callEndpoint(g.systemState, { params: { id: systemId }, signal }),
    enabled: systemId !== '',
  });
}

export function useTransitionSystem(systemId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TransitionInput) =>
      callEndpoint(g.transition, { params: { id: systemId }, body }),
    onSuccess: () => refresh(systemId),
  });
}

export function useOpenReview() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ReviewOpenInput) => callEndpoint(g.openReview, { body }),
    onSuccess: (review) => refresh(review.systemId),
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: queryKeys.governanceReview(id),
    queryFn: ({ signal }) => callEndpoint(g.getReview, { params: { id }, signal }),
  });
}

export function useMyReviews() {
  return useQuery({
    queryKey: queryKeys.myReviews,
    queryFn: ({ signal }) => callEndpoint(g.myReviews, { signal }),
  });
}

export function useReviewerCandidates(enabled = true) {
  return useQuery({
    queryKey: queryKeys.reviewerCandidates,
    queryFn: ({ signal }) => callEndpoint(g.reviewerCandidates, { query: {}, signal }),
    enabled,
  });
}

export function useAssignReviewer(reviewId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AssignmentCreateInput) =>
      callEndpoint(g.assign, { params: { id: reviewId }, body }),
    onSuccess: () => refresh(),
  });
}

export function useUnassignReviewer(reviewId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (assignmentId: string) =>
      callEndpoint(g.unassign, { params: { id: reviewId, assignmentId } }),
    onSuccess: () => refresh(),
  });
}

export function useDeclareConflict(assignmentId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ConflictDeclareInput) =>
      callEndpoint(g.declareConflict, { params: { id: assignmentId }, body }),
    onSuccess: () => refresh(),
  });
}

export function useRecordReview(assignmentId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: AssignmentRecordInput) =>
      callEndpoint(g.recordReview, { params: { id: assignmentId }, body }),
    onSuccess: () => refresh(),
  });
}

export function useDecideReview(reviewId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DecisionInput) => callEndpoint(g.decide, { params: { id: reviewId }, body }),
    onSuccess: (decision) => refresh(decision.systemId),
  });
}

export function useDecision(id: string) {
  return useQuery({
    queryKey: queryKeys.governanceDecision(id),
    queryFn: ({ signal }) => callEndpoint(g.getDecision, { params: { id }, signal }),
  });
}

export function useConditions(query: Partial<ConditionListQuery>) {
  return useQuery({
    queryKey: queryKeys.governanceConditions(query),
    queryFn: ({ signal }) => callEndpoint(g.listConditions, { query, signal }),
  });
}

export function useMeetCondition(conditionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ConditionMeetInput) =>
      callEndpoint(g.meetCondition, { params: { id: conditionId }, body }),
    onSuccess: (condition) => refresh(condition.systemId),
  });
}

export function useWaiveCondition(conditionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ConditionWaiveInput) =>
      callEndpoint(g.waiveCondition, { params: { id: conditionId }, body }),
    onSuccess: (condition) => refresh(condition.systemId),
  });
}
