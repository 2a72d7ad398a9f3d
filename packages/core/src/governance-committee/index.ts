export {
  listCommitteeMeetings,
  getCommitteeMeeting,
  scheduleCommitteeMeeting,
  updateCommitteeMeeting,
  cancelCommitteeMeeting,
  markCommitteeMeetingHeld,
  saveMeetingMinutes,
} from './governance-committee.meetings';
export {
  listAgendaSuggestions,
  addAgendaItem,
  updateAgendaItem,
  removeAgendaItem,
  reorderAgenda,
} from './governance-committee.agenda';
export { recordAttendance } from './governance-committee.attendance';
export {
  meetingsCalendar,
  meetingCalendar,
  calendarOfFeedToken,
  getMyCalendarFeed,
  createCalendarFeed,
  revokeCalendarFeed,
} from './governance-committee.calendar';
export { getReReviewSchedule, openScheduledReReview } from './governance-committee.re-reviews';
export { getGovernanceDashboard } from './governance-committee.dashboard';
export { defaultQuorum } from './governance-committee.mappers';
