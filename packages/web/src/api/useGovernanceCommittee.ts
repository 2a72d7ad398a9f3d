import {
  api,
  type AgendaItemAddInput,
  type AgendaItemUpdateInput,
  type AgendaSuggestionsQuery,
  type AttendanceStatus,
  type MeetingCancelInput,
  type MeetingCreateInput,
  type MeetingDto,
  type MeetingListQuery,
  type MeetingUpdateInput,
  type ReReviewOpenInput,
} from '@vigil/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callEndpoint, endpointUrl } from './callEndpoint';
import { queryKeys } from './queryKeys';

const c = api.governanceCommittee;

export function useMeetings(query: Pick<MeetingListQuery, 'when' | 'page'>) {
  return useQuery({
    queryKey: queryKeys.meetings(query),
    queryFn: ({ signal }) =>
      callEndpoint(c.listMeetings, { query: { ...query, pageSize: 20 }, signal }),
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: queryKeys.meeting(id),
    queryFn: ({ signal }) => callEndpoint(c.getMeeting, { params: { id }, signal }),
  });
}

export function useAgendaSuggestions(query: AgendaSuggestionsQuery, enabled = true) {
  return useQuery({
    queryKey: queryKeys.agendaSuggestions(query),
    queryFn: ({ signal }) => callEndpoint(c.agendaSuggestions, { query, signal }),
    enabled,
  });
}

/** A changed meeting: show the answer at once, and refresh lists, suggestions and the dashboard. */
function useMeetingChanged() {
  const client = useQueryClient();
  return (meeting: MeetingDto) => {
    client.setQueryData(queryKeys.meeting(meeting.id), meeting);
    void client.invalidateQueries({
      queryKey: queryKeys.governanceCommittee,
      predicate: (q) => q.queryKey[2] !== 'meeting' || q.queryKey[3] !== meeting.id,
    });
  };
}

export function useScheduleMeeting() {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: MeetingCreateInput) => callEndpoint(c.scheduleMeeting, { body }),
    onSuccess: changed,
  });
}

export function useUpdateMeeting(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: MeetingUpdateInput) =>
      callEndpoint(c.updateMeeting, { params: { id }, body }),
    onSuccess: changed,
  });
}

export function useCancelMeeting(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: MeetingCancelInput) =>
      callEndpoint(c.cancelMeeting, { params: { id }, body }),
    onSuccess: changed,
  });
}

export function useMarkMeetingHeld(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (expectedVersion: number) =>
      callEndpoint(c.markHeld, { params: { id }, body: { expectedVersion } }),
    onSuccess: changed,
  });
}

export function useSaveMinutes(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: { minutes: string; expectedVersion: number }) =>
      callEndpoint(c.saveMinutes, { params: { id }, body }),
    onSuccess: changed,
  });
}

export function useAddAgendaItem(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (body: AgendaItemAddInput) =>
      callEndpoint(c.addAgendaItem, { params: { id }, body }),
    onSuccess: changed,
  });
}

export function useUpdateAgendaItem(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: ({ itemId, body }: { itemId: string; body: AgendaItemUpdateInput }) =>
      callEndpoint(c.updateAgendaItem, { params: { id, itemId }, body }),
    onSuccess: changed,
  });
}

export function useRemoveAgendaItem(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (itemId: string) => callEndpoint(c.removeAgendaItem, { params: { id, itemId } }),
    onSuccess: changed,
  });
}

export function useReorderAgenda(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: (itemIds: string[]) =>
      callEndpoint(c.reorderAgenda, { params: { id }, body: { itemIds } }),
    onSuccess: changed,
  });
}

export function useRecordAttendance(id: string) {
  const changed = useMeetingChanged();
  return useMutation({
    mutationFn: ({ userId, status }: { userId: string; status: AttendanceStatus }) =>
      callEndpoint(c.recordAttendance, { params: { id, userId }, body: { status } }),
    onSuccess: changed,
  });
}

/** After a decision on the meeting page: the agenda item now carries it, the review is closed. */
export function useRefreshCommittee() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: queryKeys.governanceCommittee });
    void client.invalidateQueries({ queryKey: queryKeys.governanceReviewArea });
  };
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: queryKeys.calendarFeed,
    queryFn: ({ signal }) => callEndpoint(c.getCalendarFeed, { signal }),
  });
}

export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callEndpoint(c.createCalendarFeed),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.calendarFeed }),
  });
}

export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => callEndpoint(c.revokeCalendarFeed),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.calendarFeed }),
  });
}

export function useReReviews() {
  return useQuery({
    queryKey: queryKeys.reReviews,
    queryFn: ({ signal }) => callEndpoint(c.reReviews, { signal }),
  });
}

export function useOpenReReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ systemId, body }: { systemId: string; body: ReReviewOpenInput }) =>
      callEndpoint(c.openReReview, { params: { systemId }, body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.governanceCommittee });
      void client.invalidateQueries({ queryKey: queryKeys.governanceReviewArea });
    },
  });
}

export function useGovernanceDashboard(enabled = true) {
  return useQuery({
    queryKey: queryKeys.governanceDashboard,
    queryFn: ({ signal }) => callEndpoint(c.dashboard, { signal }),
    enabled,
  });
}

/** Where the browser downloads every meeting as one calendar file. */
export const meetingsCalendarUrl = endpointUrl(c.meetingsCalendar);

/** Where the browser downloads one meeting as a calendar file. */
export function meetingCalendarUrl(id: string): string {
  return endpointUrl(c.meetingCalendar, { params: { id } });
}
