import type { GovernanceDashboardDto, ReReviewScheduleDto } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGovernanceDashboard, getReReviewSchedule } from './index';
import {
  seedCondition,
  seedDecision,
  seedIntake,
  seedReview,
  seedRuleSet,
  seedSystem,
  seedTransition,
} from './governance-committee.test-helpers';

// The test clock stands at 2026-03-02T09:00Z; every date below is relative to it.
const day = 86_400_000;

describe.each(await dialectsUnderTest())('re-review schedule and dashboard on %s', (dialect) => {
  let core: TestCore;
  let ids: Record<string, string>;
  let schedule: ReReviewScheduleDto;
  let dashboard: GovernanceDashboardDto;

  const daysAgo = (n: number) => new Date(core.clock.now().getTime() - n * day).toISOString();

  /** A system whose one decided review set a re-review date. */
  async function decided(
    name: string,
    state: 'deployed' | 'monitored' | 'retired' | 'approved_for_pilot',
    nextReviewDue: string | null,
    decidedAt = daysAgo(300),
  ) {
    const systemId = await seedSystem(core, name, { state, createdAt: daysAgo(400) });
    const review = await seedReview(core, systemId, { openedAt: daysAgo(320), tier: 'moderate' });
    const decisionId = await seedDecision(core, review, { nextReviewDue, decidedAt });
    return { systemId, decisionId };
  }

  beforeAll(async () => {
    core = await createTestCore(dialect);
    await seedRuleSet(core);
    const owner = await makeUser(core, { displayName: 'Priya Shah', roles: ['model_owner'] });
    const overdue = await decided('Overdue model', 'monitored', '2026-02-20');
    const soon = await decided('Due soon model', 'deployed', '2026-04-15', daysAgo(20));
    const later = await decided(
      'Later model',
      'deployed',
      '2026-12-01',
      '2025-03-15T10:00:00.000Z',
    );
    await decided('Retired model', 'retired', '2025-12-01');
    // The latest decision of this one set no date, so its earlier date no longer counts.
    const superseded = await decided('Superseded model', 'monitored', '2026-01-01');
    const round2 = await seedReview(core, superseded.systemId, { round: 2, openedAt: daysAgo(30) });
    await seedDecision(core, round2, { outcome: 'declined', decidedAt: daysAgo(10) });
    // Overdue, but its re-review is already open.
    const reopened = await decided('Reopened model', 'monitored', '2026-02-01');
    const reopenedReview = await seedReview(core, reopened.systemId, {
      round: 2,
      openedAt: daysAgo(5),
      dueAt: daysAgo(3),
    });
    // Time in stage: a deployed system that moved in 10 days ago; others since creation.
    await seedTransition(core, soon.systemId, {
      from: 'approved_for_pilot',
      to: 'deployed',
      at: daysAgo(10),
    });
    await seedTransition(core, later.systemId, {
      from: 'in_review',
      to: 'approved_for_pilot',
      at: daysAgo(200),
    });
    // Conditions: one overdue, one met long ago, one not yet due.
    await seedCondition(core, overdue.decisionId, overdue.systemId, {
      dueDate: '2026-02-25',
      ownerId: owner.id,
    });
    await seedCondition(core, overdue.decisionId, overdue.systemId, {
      dueDate: '2026-01-01',
      status: 'met',
    });
    await seedCondition(core, overdue.decisionId, overdue.systemId, { dueDate: '2026-03-10' });
    // Intakes: two from Emergency and one from Radiology this month, one from Radiology earlier.
    await seedIntake(core, { department: 'Emergency', createdAt: daysAgo(2) });
    await seedIntake(core, { department: 'Emergency', createdAt: daysAgo(29), status: 'accepted' });
    await seedIntake(core, {
      department: 'Radiology',
      createdAt: daysAgo(12),
      status: 'needs_info',
    });
    await seedIntake(core, { department: 'Radiology', createdAt: daysAgo(40), status: 'closed' });
    ids = {
      overdue: overdue.systemId,
      soon: soon.systemId,
      later: later.systemId,
      reopened: reopened.systemId,
      reopenedReview: reopenedReview.id,
    };
    schedule = await getReReviewSchedule(core);
    dashboard = await getGovernanceDashboard(core);
  });
  afterAll(async () => {
    await core.close();
  });

  it('lists systems whose latest decision set a re-review date, by due date', () => {
    expect(schedule.today).toBe('2026-03-02');
    expect(schedule.items.map((i) => [i.systemName, i.nextReviewDue, i.daysUntilDue])).toEqual([
      ['Reopened model', '2026-02-01', -29],
      ['Overdue model', '2026-02-20', -10],
      ['Due soon model', '2026-04-15', 44],
      ['Later model', '2026-12-01', 274],
    ]);
  });

  it('flags overdue re-reviews and those due within 60 days', () => {
    const flags = Object.fromEntries(
      schedule.items.map((i) => [i.systemName, [i.isOverdue, i.isDueSoon]]),
    );
    expect(flags).toEqual({
      'Reopened model': [true, false],
      'Overdue model': [true, false],
      'Due soon model': [false, true],
      'Later model': [false, false],
    });
  });

  it('names a review already open instead of offering a new one', () => {
    const reopened = schedule.items.find((i) => i.systemId === ids.reopened);
    expect(reopened?.openReviewId).toBe(ids.reopenedReview);
    expect(schedule.items.find((i) => i.systemId === ids.overdue)?.openReviewId).toBeNull();
  });

  it('counts the pipeline by lifecycle state and intakes by status', () => {
    const systems = Object.fromEntries(
      dashboard.pipeline.systemsByState.map((s) => [s.state, s.count]),
    );
    expect(systems).toMatchObject({ monitored: 3, deployed: 2, retired: 1, proposed: 0 });
    expect(dashboard.pipeline.intakesByStatus).toEqual([
      { status: 'submitted', count: 1 },
      { status: 'needs_info', count: 1 },
      { status: 'accepted', count: 1 },
      { status: 'closed', count: 1 },
    ]);
  });

  it('measures time in stage from the latest transition into the state, else creation', () => {
    const deployed = dashboard.timeInStage.find((t) => t.state === 'deployed');
    // Due soon model moved in 10 days ago; Later model has no transition into deployed (400 days).
    expect(deployed).toMatchObject({
      systemCount: 2,
      medianDays: 205,
      longestDays: 400,
      longestSystemName: 'Later model',
    });
    expect(dashboard.timeInStage.some((t) => t.state === 'retired')).toBe(false);
  });

  it('lists overdue conditions, reviews and re-reviews', () => {
    expect(dashboard.overdue.conditions).toMatchObject([
      {
        systemName: 'Overdue model',
        dueDate: '2026-02-25',
        daysOverdue: 5,
        ownerName: 'Priya Shah',
      },
    ]);
    expect(dashboard.overdue.reviews).toMatchObject([
      { id: ids.reopenedReview, systemName: 'Reopened model', round: 2, daysOverdue: 3 },
    ]);
    expect(dashboard.overdue.reReviews).toEqual([
      {
        systemId: ids.overdue,
        systemName: 'Overdue model',
        nextReviewDue: '2026-02-20',
        daysOverdue: 10,
      },
    ]);
  });

  it('counts decisions by month over the last 12 months, by outcome', () => {
    const months = dashboard.decisionsByMonth;
    expect(months.map((m) => m.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    const totals = Object.fromEntries(
      months.filter((m) => m.total > 0).map((m) => [m.month, m.total]),
    );
    // Four decisions 300 days ago (2025-05-06), one 20 days ago and one 10 days ago (February);
    // the one of 2025-03-15 is older than the window.
    expect(totals).toEqual({ '2025-05': 4, '2026-02': 2 });
    expect(months.find((m) => m.month === '2026-02')?.byOutcome).toMatchObject({
      approved: 1,
      declined: 1,
    });
  });

  it('counts intakes by department over the last 30 days', () => {
    expect(dashboard.intakesByDepartment.items).toEqual([
      { department: 'Emergency', count: 2 },
      { department: 'Radiology', count: 1 },
    ]);
  });
});
