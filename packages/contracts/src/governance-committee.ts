import { z } from 'zod';
import { id, isoTimestamp, pageQuery } from './common';
import {
  attendanceStatus,
  decisionOutcome,
  decisionOutcomes,
  intakeStatus,
  meetingStatus,
  reviewPathway,
  reviewStatus,
  riskTier,
} from './governance-enums';
import { lifecycleState } from './portfolio-enums';
import { discipline } from './roles';

// Committee operations (issue #4 item 5): meetings, their agenda built from pending reviews,
// attendance and quorum, minutes, the calendar feed and the re-review schedule; and the
// governance dashboard's figures.

export const meetingLimits = {
  titleMaxLength: 200,
  locationMaxLength: 200,
  minutesMaxLength: 50_000,
  agendaTitleMaxLength: 300,
  agendaNotesMaxLength: 4000,
  agendaMaxItems: 60,
  quorumMax: 100,
  durationMaxHours: 24,
  cancelReasonMaxLength: 500,
} as const;

/** Re-reviews falling due within this many days are listed as due soon. */
export const reReviewDueSoonDays = 60;

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const expectedVersion = z
  .number()
  .int()
  .min(1)
  .describe('The meeting version you read; a stale version gets 409');

const meetingFields = {
  title: text(meetingLimits.titleMaxLength),
  startsAt: isoTimestamp.describe('When the meeting starts (ISO 8601 with offset)'),
  endsAt: isoTimestamp.describe('When it ends; after the start, at most 24 hours later'),
  location: text(meetingLimits.locationMaxLength).describe('A room, a video link or both'),
  quorum: z
    .number()
    .int()
    .min(1)
    .max(meetingLimits.quorumMax)
    .describe('Members present needed; default a majority of active committee members'),
};

/** The problem with a start and end, or null; shared by the schema and core's merged check. */
export function meetingTimesProblem(startsAt: string, endsAt: string): string | null {
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (!(end > start)) return 'must be after the start';
  if (end - start > meetingLimits.durationMaxHours * 3_600_000)
    return `must be at most ${meetingLimits.durationMaxHours} hours after the start`;
  return null;
}

export const meetingCreateInput = z
  .object({ ...meetingFields, quorum: meetingFields.quorum.optional() })
  .strict()
  .superRefine((value, ctx) => {
    const problem = meetingTimesProblem(value.startsAt, value.endsAt);
    if (problem) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: problem });
  });
export type MeetingCreateInput = z.infer<typeof meetingCreateInput>;

/** Changes a scheduled meeting; only the fields sent change. */
export const meetingUpdateInput = z
  .object({ ...z.object(meetingFields).partial().shape, expectedVersion })
  .strict();
export type MeetingUpdateInput = z.infer<typeof meetingUpdateInput>;

export const meetingCancelInput = z
  .object({
    expectedVersion,
    reason: z.string().trim().max(meetingLimits.cancelReasonMaxLength).optional(),
  })
  .strict();
export type MeetingCancelInput = z.infer<typeof meetingCancelInput>;

export const meetingHeldInput = z.object({ expectedVersion }).strict();
export type MeetingHeldInput = z.infer<typeof meetingHeldInput>;

export const meetingMinutesInput = z
  .object({
    minutes: z.string().max(meetingLimits.minutesMaxLength),
    expectedVersion,
  })
  .strict();
export type MeetingMinutesInput = z.infer<typeof meetingMinutesInput>;

export const agendaItemAddInput = z
  .object({
    reviewId: id.optional().describe('An open review to put on the agenda'),
    title: text(meetingLimits.agendaTitleMaxLength)
      .optional()
      .describe('Required for a free-text item; a review item defaults to the system name'),
    notes: z.string().trim().max(meetingLimits.agendaNotesMaxLength).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.reviewId === undefined && value.title === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'give a title for a free-text item, or a review to put on the agenda',
      });
  });
export type AgendaItemAddInput = z.infer<typeof agendaItemAddInput>;

export const agendaItemUpdateInput = z
  .object({
    title: text(meetingLimits.agendaTitleMaxLength).optional(),
    notes: z.string().trim().max(meetingLimits.agendaNotesMaxLength).nullable().optional(),
  })
  .strict();
export type AgendaItemUpdateInput = z.infer<typeof agendaItemUpdateInput>;

export const agendaReorderInput = z
  .object({
    itemIds: z
      .array(id)
      .min(1)
      .max(meetingLimits.agendaMaxItems)
      .describe('Every item of the agenda, in the new order'),
  })
  .strict();
export type AgendaReorderInput = z.infer<typeof agendaReorderInput>;

export const attendanceInput = z.object({ status: attendanceStatus }).strict();
export type AttendanceInput = z.infer<typeof attendanceInput>;

export const meetingParams = z.object({ id }).strict();
export const agendaItemParams = z.object({ id, itemId: id }).strict();
export const attendanceParams = z.object({ id, userId: id }).strict();
export const reReviewParams = z.object({ systemId: id }).strict();
export const calendarFeedParams = z
  .object({ token: z.string().describe('The secret of a personal calendar feed') })
  .strict();

export const meetingWhen = z.enum(['upcoming', 'past']);
export const meetingListQuery = pageQuery
  .extend({
    when: meetingWhen
      .default('upcoming')
      .describe('Upcoming: not yet ended, soonest first. Past: ended, latest first'),
  })
  .strict();
export type MeetingListQuery = z.infer<typeof meetingListQuery>;

export const agendaSuggestionsQuery = z
  .object({
    scope: z
      .enum(['meeting', 'all'])
      .default('meeting')
      .describe('meeting: reviews whose pathway is decided at a meeting; all: every open review'),
  })
  .strict();
export type AgendaSuggestionsQuery = z.infer<typeof agendaSuggestionsQuery>;

export const meetingQuorumDto = z.object({
  required: z.number().int(),
  present: z.number().int(),
  reached: z.boolean().describe('True when members present >= the quorum'),
  committeeSize: z.number().int().describe('Active committee members now'),
});
export type MeetingQuorumDto = z.infer<typeof meetingQuorumDto>;

export const meetingSummaryDto = z.object({
  id,
  title: z.string(),
  startsAt: isoTimestamp,
  endsAt: isoTimestamp,
  location: z.string(),
  status: meetingStatus,
  quorum: meetingQuorumDto,
  agendaItemCount: z.number().int(),
  version: z.number().int(),
});
export type MeetingSummaryDto = z.infer<typeof meetingSummaryDto>;

export const agendaReviewDto = z.object({
  id,
  systemId: id,
  systemName: z.string(),
  round: z.number().int(),
  tier: riskTier,
  pathway: reviewPathway,
  status: reviewStatus,
  openedAt: isoTimestamp,
  version: z.number().int(),
});
export type AgendaReviewDto = z.infer<typeof agendaReviewDto>;

export const agendaDecisionDto = z.object({
  id,
  outcome: decisionOutcome,
  decidedAt: isoTimestamp,
  decidedByLabel: z.string(),
});

export const agendaItemDto = z.object({
  id,
  position: z.number().int(),
  title: z.string(),
  notes: z.string().nullable(),
  review: agendaReviewDto.nullable(),
  decision: agendaDecisionDto.nullable(),
});
export type AgendaItemDto = z.infer<typeof agendaItemDto>;

export const attendeeDto = z.object({
  userId: id,
  displayName: z.string(),
  disciplines: z.array(discipline),
  isCommitteeMember: z.boolean().describe('False for someone recorded who has left the committee'),
  status: attendanceStatus.nullable().describe('Null while not recorded'),
  recordedAt: isoTimestamp.nullable(),
});
export type AttendeeDto = z.infer<typeof attendeeDto>;

export const meetingDto = meetingSummaryDto.extend({
  minutes: z.string().nullable(),
  minutesLocked: z.boolean().describe('Minutes are locked once the meeting is held or cancelled'),
  agenda: z.array(agendaItemDto),
  attendance: z.array(attendeeDto),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type MeetingDto = z.infer<typeof meetingDto>;

export const agendaSuggestionDto = z.object({
  reviewId: id,
  systemId: id,
  systemName: z.string(),
  round: z.number().int(),
  reason: z.string(),
  tier: riskTier,
  pathway: reviewPathway,
  decidedAtMeeting: z.boolean().describe('The pathway requires a decision at a held meeting'),
  openedAt: isoTimestamp,
  dueAt: isoTimestamp.nullable(),
  waitingDays: z.number().int(),
});
export type AgendaSuggestionDto = z.infer<typeof agendaSuggestionDto>;

export const calendarFeedDto = z.object({
  active: z.boolean(),
  createdAt: isoTimestamp.nullable(),
  lastUsedAt: isoTimestamp.nullable(),
});
export type CalendarFeedDto = z.infer<typeof calendarFeedDto>;

export const calendarFeedSecretDto = z.object({
  token: z.string().describe('Shown once; only its hash is stored'),
  path: z.string().describe('The feed address on this server, for calendar apps to subscribe to'),
  createdAt: isoTimestamp,
});
export type CalendarFeedSecretDto = z.infer<typeof calendarFeedSecretDto>;

export const reReviewItemDto = z.object({
  systemId: id,
  systemName: z.string(),
  lifecycleState,
  tier: riskTier,
  decisionId: id,
  outcome: decisionOutcome,
  decidedAt: isoTimestamp,
  nextReviewDue: calendarDate,
  daysUntilDue: z.number().int().describe('Negative when overdue'),
  isOverdue: z.boolean(),
  isDueSoon: z.boolean().describe(`Due within ${reReviewDueSoonDays} days, not overdue`),
  openReviewId: id.nullable().describe('A review of the system that is already open'),
});
export type ReReviewItemDto = z.infer<typeof reReviewItemDto>;

export const reReviewScheduleDto = z.object({
  today: calendarDate,
  dueSoonDays: z.number().int(),
  items: z.array(reReviewItemDto),
});
export type ReReviewScheduleDto = z.infer<typeof reReviewScheduleDto>;

export const reReviewOpenInput = z
  .object({ reason: z.string().trim().min(1).max(1000).optional() })
  .strict();
export type ReReviewOpenInput = z.infer<typeof reReviewOpenInput>;

export const reReviewOpenedDto = z.object({ reviewId: id, systemId: id });
export type ReReviewOpenedDto = z.infer<typeof reReviewOpenedDto>;

const count = z.number().int();

export const outcomeCounts = z.object(
  Object.fromEntries(decisionOutcomes.map((o) => [o, count])) as Record<
    (typeof decisionOutcomes)[number],
    typeof count
  >,
);
export type OutcomeCounts = z.infer<typeof outcomeCounts>;

export const governanceDashboardDto = z.object({
  generatedAt: isoTimestamp,
  pipeline: z.object({
    systemsByState: z.array(z.object({ state: lifecycleState, count })),
    intakesByStatus: z.array(z.object({ status: intakeStatus, count })),
  }),
  timeInStage: z
    .array(
      z.object({
        state: lifecycleState,
        systemCount: count,
        medianDays: z.number(),
        longestDays: count,
        longestSystemId: id,
        longestSystemName: z.string(),
      }),
    )
    .describe('Days current systems have spent in their state; retired and declined left out'),
  overdue: z.object({
    conditions: z.array(
      z.object({
        id,
        systemId: id,
        systemName: z.string(),
        description: z.string(),
        dueDate: calendarDate,
        daysOverdue: count,
        ownerName: z.string().nullable(),
      }),
    ),
    reviews: z.array(
      z.object({
        id,
        systemId: id,
        systemName: z.string(),
        round: count,
        dueAt: isoTimestamp,
        daysOverdue: count,
      }),
    ),
    reReviews: z.array(
      z.object({
        systemId: id,
        systemName: z.string(),
        nextReviewDue: calendarDate,
        daysOverdue: count,
      }),
    ),
  }),
  decisionsByMonth: z
    .array(
      z.object({
        month: z.string().describe('YYYY-MM, UTC'),
        total: count,
        byOutcome: outcomeCounts,
      }),
    )
    .describe('The last 12 months, oldest first, the current month included'),
  intakesByDepartment: z.object({
    since: isoTimestamp,
    items: z.array(z.object({ department: z.string(), count })),
  }),
});
export type GovernanceDashboardDto = z.infer<typeof governanceDashboardDto>;
