import { api } from '@vigil/contracts';
import {
  type VigilCore,
  addAgendaItem,
  calendarOfFeedToken,
  cancelCommitteeMeeting,
  createCalendarFeed,
  getCommitteeMeeting,
  getGovernanceDashboard,
  getMyCalendarFeed,
  getReReviewSchedule,
  listAgendaSuggestions,
  listCommitteeMeetings,
  markCommitteeMeetingHeld,
  meetingCalendar,
  meetingsCalendar,
  openScheduledReReview,
  recordAttendance,
  removeAgendaItem,
  reorderAgenda,
  revokeCalendarFeed,
  saveMeetingMinutes,
  scheduleCommitteeMeeting,
  updateAgendaItem,
  updateCommitteeMeeting,
} from '@vigil/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { bindEndpoint, replySent } from '../http/bind';
import { actorOf } from '../http/principal';
import { attachmentDisposition } from './portfolio-documents.routes';

/** Sends an iCalendar body; `filename` makes it a download, without it calendar apps read it. */
async function sendCalendar(
  reply: FastifyReply,
  body: string,
  filename?: string,
): Promise<typeof replySent> {
  reply
    .type('text/calendar; charset=utf-8')
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  if (filename) reply.header('content-disposition', attachmentDisposition(filename));
  await reply.send(body);
  return replySent;
}

export function registerGovernanceCommitteeRoutes(app: FastifyInstance, core: VigilCore): void {
  const c = api.governanceCommittee;
  bindEndpoint(app, c.listMeetings, ({ query }) => listCommitteeMeetings(core, query));
  bindEndpoint(app, c.scheduleMeeting, ({ body, request }) =>
    scheduleCommitteeMeeting(core, actorOf(request), body),
  );
  bindEndpoint(app, c.getMeeting, ({ params }) => getCommitteeMeeting(core, params.id));
  bindEndpoint(app, c.updateMeeting, ({ params, body, request }) =>
    updateCommitteeMeeting(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, c.cancelMeeting, ({ params, body, request }) =>
    cancelCommitteeMeeting(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, c.markHeld, ({ params, body, request }) =>
    markCommitteeMeetingHeld(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, c.saveMinutes, ({ params, body, request }) =>
    saveMeetingMinutes(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, c.agendaSuggestions, ({ query }) => listAgendaSuggestions(core, query));
  bindEndpoint(app, c.addAgendaItem, ({ params, body, request }) =>
    addAgendaItem(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, c.updateAgendaItem, ({ params, body, request }) =>
    updateAgendaItem(core, actorOf(request), params.id, params.itemId, body),
  );
  bindEndpoint(app, c.removeAgendaItem, ({ params, request }) =>
    removeAgendaItem(core, actorOf(request), params.id, params.itemId),
  );
  bindEndpoint(app, c.reorderAgenda, ({ params, body, request }) =>
    reorderAgenda(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, c.recordAttendance, ({ params, body, request }) =>
    recordAttendance(core, actorOf(request), params.id, params.userId, body),
  );
  bindEndpoint(app, c.meetingCalendar, async ({ params, reply }) =>
    sendCalendar(reply, await meetingCalendar(core, params.id), 'committee-meeting.ics'),
  );
  bindEndpoint(app, c.meetingsCalendar, async ({ reply }) =>
    sendCalendar(reply, await meetingsCalendar(core), 'committee-meetings.ics'),
  );
  bindEndpoint(app, c.getCalendarFeed, ({ request }) => getMyCalendarFeed(core, actorOf(request)));
  bindEndpoint(app, c.createCalendarFeed, ({ request }) =>
    createCalendarFeed(core, actorOf(request)),
  );
  bindEndpoint(app, c.revokeCalendarFeed, async ({ request }) => {
    await revokeCalendarFeed(core, actorOf(request));
    return undefined;
  });
  bindEndpoint(
    app,
    c.personalCalendar,
    async ({ params, reply }) => sendCalendar(reply, await calendarOfFeedToken(core, params.token)),
    { rateLimit: { max: 120, timeWindow: '1 minute' } },
  );
  bindEndpoint(app, c.reReviews, () => getReReviewSchedule(core));
  bindEndpoint(app, c.openReReview, ({ params, body, request }) =>
    openScheduledReReview(core, actorOf(request), params.systemId, body),
  );
  bindEndpoint(app, c.dashboard, () => getGovernanceDashboard(core));
}
