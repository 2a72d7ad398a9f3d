import type { Discipline, Role } from '@vigil/contracts';
import { findUserIdByEmail } from '../accounts/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import {
  addAgendaItem,
  listAgendaSuggestions,
  markCommitteeMeetingHeld,
  recordAttendance,
  saveMeetingMinutes,
  scheduleCommitteeMeeting,
} from '../governance-committee/index';
import {
  assignReviewer,
  decideReview,
  getReview,
  openReview,
  recordReview,
  reviewTierOf,
} from '../governance-review/index';
import { demoUsers } from './demo-users';

const minuteMs = 60_000;
const dayMs = 86_400_000;
const meetingHourUtc = 16;
const location = 'Board room 2, 4th floor, and the committee video link';

/** Deps whose clock reads a fixed moment, so past events carry their own dates. */
function at(deps: CoreDeps, moment: Date): CoreDeps {
  return { ...deps, clock: { now: () => moment } };
}

const shift = (moment: Date, ms: number) => new Date(moment.getTime() + ms);

/** This week's Thursday at the meeting hour (UTC); next week's once that has begun. */
export function thisThursday(now: Date): Date {
  const day = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), meetingHourUtc),
  );
  day.setUTCDate(day.getUTCDate() + ((4 - day.getUTCDay() + 7) % 7));
  if (day <= now) day.setUTCDate(day.getUTCDate() + 7);
  return day;
}

async function demoActor(deps: CoreDeps, localPart: string): Promise<Actor> {
  const user = demoUsers.find((u) => u.email.startsWith(`${localPart}@`));
  const userId = user ? await findUserIdByEmail(deps, user.email) : undefined;
  if (!user || !userId) throw new DomainError('internal_error', `No demo user ${localPart}`);
  const roles: readonly Role[] = user.roles;
  return { userId, label: user.displayName, roles, requestId: null };
}

/**
 * Example Health's committee: a meeting about two weeks ago that reached quorum, took a
 * full-review decision on its agenda item and has minutes, and this Thursday's meeting with a
 * draft agenda from the pending reviews. Runs last among the governance demos: it needs their
 * tierings and open reviews.
 */
export async function seedDemoCommittee(deps: CoreDeps): Promise<void> {
  const now = deps.clock.now();
  const caio = await demoActor(deps, 'amara.okafor');
  const upcoming = thisThursday(now);
  await seedPastMeeting(deps, caio, shift(upcoming, -14 * dayMs));
  await seedUpcomingMeeting(deps, caio, upcoming, now);
}

/** The seats of a full review, one per required discipline, with what each reviewer found. */
const fullReviewSeats: {
  reviewer: string;
  discipline: Discipline;
  findings: string;
  recommendation: 'approved_for_pilot' | 'approved_with_conditions';
}[] = [
  {
    reviewer: 'miguel.santos',
    discipline: 'clinical',
    findings: 'Clinically sound for a supervised pilot; staff must be able to override every flag.',
    recommendation: 'approved_for_pilot',
  },
  {
    reviewer: 'tom.becker',
    discipline: 'it_security',
    findings: 'Runs inside the EHR vendor cloud under the existing BAA; access is role-based.',
    recommendation: 'approved_for_pilot',
  },
  {
    reviewer: 'nora.hassan',
    discipline: 'privacy_legal_compliance',
    findings: 'Data use is treatment and operations; no new consent is needed for the pilot.',
    recommendation: 'approved_with_conditions',
  },
  {
    reviewer: 'grace.liu',
    discipline: 'ethics_equity',
    findings: 'Performance by payer and language must be reported before wider use.',
    recommendation: 'approved_with_conditions',
  },
  {
    reviewer: 'linda.park',
    discipline: 'data_science',
    findings: 'Local validation on 4,000 requests: precision 0.91, recall 0.84; drift plan needed.',
    recommendation: 'approved_for_pilot',
  },
];

/** The system the past meeting decided; left untouched by the other demos and browser tests. */
const pastMeetingSystem = 'Chest X-ray pneumothorax alert';

/**
 * The system for the past meeting's full review: the chosen one when it is tiered on the full
 * pathway and free, else the first such system by name.
 */
async function fullPathwaySystem(deps: CoreDeps): Promise<{ id: string; name: string }> {
  const candidates = await deps.db
    .selectFrom('ai_systems')
    .select(['id', 'name', 'clinical_owner_id'])
    .where('lifecycle_state', 'in', ['in_review', 'proposed'])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('governance_reviews')
            .select('id')
            .whereRef('governance_reviews.system_id', '=', 'ai_systems.id')
            .where('status', '=', 'open'),
        ),
      ),
    )
    .orderBy('name_sort')
    .execute();
  const preferred = candidates.filter((c) => c.name === pastMeetingSystem);
  for (const system of [...preferred, ...candidates]) {
    const tier = await reviewTierOf(deps.db, system.id);
    if (tier?.pathway === 'full') return system;
  }
  throw new DomainError('internal_error', 'No tiered full-pathway system is free for the demo');
}

async function seedPastMeeting(deps: CoreDeps, caio: Actor, start: Date): Promise<void> {
  const system = await fullPathwaySystem(deps);
  const opened = await openReview(at(deps, shift(start, -30 * dayMs)), caio, {
    systemId: system.id,
    reason: 'Full committee review before a supervised pilot.',
  });
  for (const [i, seat] of fullReviewSeats.entries()) {
    const reviewer = await demoActor(deps, seat.reviewer);
    const assignment = await assignReviewer(at(deps, shift(start, -29 * dayMs)), caio, opened.id, {
      reviewerId: reviewer.userId ?? '',
      discipline: seat.discipline,
    });
    await recordReview(at(deps, shift(start, (-10 + i) * dayMs)), reviewer, assignment.id, {
      findings: seat.findings,
      concerns: null,
      proposedConditions: [],
      recommendation: seat.recommendation,
      submit: true,
      expectedVersion: assignment.version,
    });
  }

  const meeting = await scheduleCommitteeMeeting(at(deps, shift(start, -12 * dayMs)), caio, {
    title: 'AI governance committee',
    startsAt: start.toISOString(),
    endsAt: shift(start, 90 * minuteMs).toISOString(),
    location,
  });
  const agendaAt = at(deps, shift(start, -3 * dayMs));
  await addAgendaItem(agendaAt, caio, meeting.id, { title: 'Welcome, apologies and conflicts' });
  const withReview = await addAgendaItem(agendaAt, caio, meeting.id, {
    reviewId: opened.id,
    notes: 'Full review: five disciplines reported.',
  });
  await addAgendaItem(agendaAt, caio, meeting.id, {
    title: 'Conditions falling due and the re-review schedule',
  });

  const attendance: [string, 'present' | 'absent' | 'excused'][] = [
    ['miguel.santos', 'present'],
    ['grace.liu', 'present'],
    ['tom.becker', 'present'],
    ['nora.hassan', 'present'],
    ['rachel.adams', 'present'],
    ['david.cho', 'excused'],
    ['linda.park', 'absent'],
  ];
  for (const [who, status] of attendance) {
    const member = await demoActor(deps, who);
    await recordAttendance(
      at(deps, shift(start, 5 * minuteMs)),
      caio,
      meeting.id,
      member.userId ?? '',
      {
        status,
      },
    );
  }

  const item = withReview.agenda.find((i) => i.review?.id === opened.id);
  const review = await getReview(deps, opened.id);
  const owner = await demoActor(deps, 'ben.ortiz');
  const decidedAt = shift(start, 40 * minuteMs);
  const dueIn = (days: number) =>
    shift(decidedAt, days * dayMs)
      .toISOString()
      .slice(0, 10);
  await decideReview(at(deps, decidedAt), caio, {
    reviewId: opened.id,
    outcome: 'approved_for_pilot',
    rationale: `The five disciplines support a supervised pilot of ${system.name}; the committee wants equity figures and a drift plan before any wider use.`,
    conditions: [
      {
        description: 'Report precision and recall by payer and preferred language after 60 days',
        ownerId: owner.userId ?? '',
        dueDate: dueIn(75),
        gatesState: 'deployed',
      },
      {
        description: 'Agree a drift monitoring plan with the data science team',
        ownerId: owner.userId ?? '',
        dueDate: dueIn(30),
        gatesState: 'deployed',
      },
    ],
    meetingId: meeting.id,
    agendaItemId: item?.id,
    expectedVersion: review.version,
  });

  const minutesAt = at(deps, shift(start, 85 * minuteMs));
  const afterDecision = await saveMeetingMinutes(minutesAt, caio, meeting.id, {
    minutes: [
      'Present: Dr. Miguel Santos, Grace Liu, Tom Becker, Nora Hassan, Rachel Adams. Excused: David Cho. Absent: Linda Park. Quorum reached: 5 present, 4 needed. Chair: Dr. Amara Okafor.',
      'Conflicts: none declared for this meeting.',
      `${system.name}: the committee heard the five discipline reports and approved a supervised pilot with two conditions (equity figures by payer and language; a drift monitoring plan). Decision letter to the clinical owner.`,
      'Conditions and re-reviews: the office reported the conditions falling due this month; no re-review is overdue.',
    ].join('\n\n'),
    expectedVersion: meeting.version,
  });
  await markCommitteeMeetingHeld(at(deps, shift(start, 90 * minuteMs)), caio, meeting.id, {
    expectedVersion: afterDecision.version,
  });
}

/**
 * This Thursday's meeting with a draft agenda: the reviews waiting for a committee decision,
 * longest waiting first, except the newest, which the office can still add.
 */
async function seedUpcomingMeeting(
  deps: CoreDeps,
  caio: Actor,
  start: Date,
  now: Date,
): Promise<void> {
  const meeting = await scheduleCommitteeMeeting(at(deps, shift(now, -2 * dayMs)), caio, {
    title: 'AI governance committee',
    startsAt: start.toISOString(),
    endsAt: shift(start, 90 * minuteMs).toISOString(),
    location,
  });
  const draftAt = at(deps, shift(now, -dayMs));
  await addAgendaItem(draftAt, caio, meeting.id, { title: 'Welcome, apologies and conflicts' });
  const pending = await listAgendaSuggestions(draftAt, { scope: 'meeting' });
  for (const review of pending.slice(0, Math.max(0, pending.length - 1)))
    await addAgendaItem(draftAt, caio, meeting.id, { reviewId: review.reviewId });
  await addAgendaItem(draftAt, caio, meeting.id, {
    title: 'Minutes of the last meeting and actions',
  });
}
