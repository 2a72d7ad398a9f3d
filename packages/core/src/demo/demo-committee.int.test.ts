import type { MeetingDto } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/index';
import {
  getCommitteeMeeting,
  listAgendaSuggestions,
  listCommitteeMeetings,
} from '../governance-committee/index';
import { getDecision } from '../governance-review/index';
import { thisThursday } from './demo-committee';
import { seedDemoInstitution } from './demo-seed';

describe('this Thursday', () => {
  it('is the coming Thursday at 16:00 UTC, or the next once the meeting has begun', () => {
    const sunday = new Date('2026-11-29T10:00:00Z');
    expect(thisThursday(sunday).toISOString()).toBe('2026-12-03T16:00:00.000Z');
    const thursdayMorning = new Date('2026-12-03T09:00:00Z');
    expect(thisThursday(thursdayMorning).toISOString()).toBe('2026-12-03T16:00:00.000Z');
    const thursdayEvening = new Date('2026-12-03T17:00:00Z');
    expect(thisThursday(thursdayEvening).toISOString()).toBe('2026-12-10T16:00:00.000Z');
  });
});

describe.each(await dialectsUnderTest())('Example Health’s committee on %s', (dialect) => {
  let core: TestCore;
  let past: MeetingDto;
  let upcoming: MeetingDto;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    await seedDemoInstitution(core);
    const page = { page: 1, pageSize: 10 };
    const [pastSummary] = (await listCommitteeMeetings(core, { when: 'past', ...page })).items;
    const [nextSummary] = (await listCommitteeMeetings(core, { when: 'upcoming', ...page })).items;
    if (!pastSummary || !nextSummary) throw new Error('the demo has no past and next meeting');
    past = await getCommitteeMeeting(core, pastSummary.id);
    upcoming = await getCommitteeMeeting(core, nextSummary.id);
  });
  afterAll(async () => {
    await core.close();
  });

  it('held a meeting about two weeks ago that reached quorum, with locked minutes', () => {
    const daysAgo = (core.clock.now().getTime() - Date.parse(past.startsAt)) / 86_400_000;
    expect(daysAgo).toBeGreaterThan(7);
    expect(daysAgo).toBeLessThanOrEqual(14);
    expect(past).toMatchObject({ status: 'held', minutesLocked: true });
    expect(past.quorum).toMatchObject({ required: 4, present: 5, reached: true });
    expect(past.minutes).toContain('Quorum reached');
  });

  it('recorded a full-pathway decision against the meeting’s agenda item', async () => {
    const decided = past.agenda.filter((i) => i.decision !== null);
    expect(decided).toHaveLength(1);
    const [item] = decided;
    expect(item?.review).toMatchObject({ pathway: 'full', status: 'decided' });
    const decision = await getDecision(core, item?.decision?.id ?? '');
    expect(decision).toMatchObject({
      outcome: 'approved_for_pilot',
      meetingId: past.id,
      agendaItemId: item?.id,
    });
  });

  it('schedules this Thursday with a draft agenda from pending reviews, one left to add', async () => {
    expect(upcoming.status).toBe('scheduled');
    expect(new Date(upcoming.startsAt).getUTCDay()).toBe(4);
    expect(upcoming.agenda.some((i) => i.review !== null)).toBe(true);
    expect(await listAgendaSuggestions(core, { scope: 'meeting' })).not.toHaveLength(0);
  });

  it('keeps the audit chain whole', async () => {
    expect(await verifyAuditChain(core)).toMatchObject({ intact: true });
  });
});
