import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../deps';
import { isDomainError } from '../errors';
import {
  addAgendaItem,
  cancelCommitteeMeeting,
  listAgendaSuggestions,
  removeAgendaItem,
  reorderAgenda,
  scheduleCommitteeMeeting,
  updateAgendaItem,
} from './index';
import {
  seedDecision,
  seedReview,
  seedRuleSet,
  seedSystem,
} from './governance-committee.test-helpers';

const office = systemActor('office');
const day = 86_400_000;

describe.each(await dialectsUnderTest())('meeting agendas on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    await makeUser(core, { roles: ['committee_member'] });
    await seedRuleSet(core, { decidedAtMeeting: ['full'] });
  });
  afterEach(async () => {
    await core.close();
  });

  const daysAgo = (n: number) => new Date(core.clock.now().getTime() - n * day).toISOString();
  const schedule = (title = 'Committee') =>
    scheduleCommitteeMeeting(core, office, {
      title,
      startsAt: new Date(core.clock.now().getTime() + 2 * day).toISOString(),
      endsAt: new Date(core.clock.now().getTime() + 2 * day + 3_600_000).toISOString(),
      location: 'Room 1',
    });
  const reviewOf = async (name: string, options: Parameters<typeof seedReview>[2] = {}) =>
    seedReview(core, await seedSystem(core, name), options);
  const codeOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    return isDomainError(error) ? error.code : error;
  };

  it('suggests open reviews decided at a meeting, the longest waiting first', async () => {
    const recent = await reviewOf('Recent', { openedAt: daysAgo(3) });
    const oldest = await reviewOf('Oldest', { openedAt: daysAgo(40) });
    await reviewOf('Fast track', { pathway: 'fast_track', openedAt: daysAgo(60) });
    await reviewOf('Withdrawn', { status: 'withdrawn', openedAt: daysAgo(50) });
    const suggestions = await listAgendaSuggestions(core, { scope: 'meeting' });
    expect(suggestions.map((s) => [s.systemName, s.waitingDays, s.decidedAtMeeting])).toEqual([
      ['Oldest', 40, true],
      ['Recent', 3, true],
    ]);
    expect(suggestions[0]?.reviewId).toBe(oldest.id);
    expect(suggestions[1]?.reviewId).toBe(recent.id);
  });

  it('suggests every open review with scope all, flagging those a meeting must decide', async () => {
    await reviewOf('Full', { openedAt: daysAgo(3) });
    await reviewOf('Fast track', { pathway: 'fast_track', openedAt: daysAgo(60) });
    const all = await listAgendaSuggestions(core, { scope: 'all' });
    expect(all.map((s) => [s.systemName, s.decidedAtMeeting])).toEqual([
      ['Fast track', false],
      ['Full', true],
    ]);
  });

  it('reads the pathway rules of the rule-set version the review was tiered under', async () => {
    const earlier = await seedRuleSet(core, { decidedAtMeeting: ['full'] });
    const later = await seedRuleSet(core, { decidedAtMeeting: ['fast_track'] });
    await reviewOf('Under the later rules', { pathway: 'fast_track', ruleSetVersion: later });
    await reviewOf('Under the earlier rules', { pathway: 'fast_track', ruleSetVersion: earlier });
    const suggestions = await listAgendaSuggestions(core, { scope: 'meeting' });
    expect(suggestions.map((s) => s.systemName)).toEqual(['Under the later rules']);
  });

  it('stops suggesting a review once it is on a scheduled agenda, and again after a cancel', async () => {
    const review = await reviewOf('Sepsis predictor');
    const meeting = await schedule();
    const added = await addAgendaItem(core, office, meeting.id, { reviewId: review.id });
    expect(added.agenda).toMatchObject([
      {
        position: 1,
        title: 'Sepsis predictor: review round 1',
        review: { id: review.id, systemName: 'Sepsis predictor', pathway: 'full', status: 'open' },
        decision: null,
      },
    ]);
    expect(await listAgendaSuggestions(core, { scope: 'all' })).toEqual([]);
    await cancelCommitteeMeeting(core, office, meeting.id, { expectedVersion: 1 });
    expect((await listAgendaSuggestions(core, { scope: 'all' })).map((s) => s.reviewId)).toEqual([
      review.id,
    ]);
  });

  it('puts a review on one scheduled agenda at a time', async () => {
    const review = await reviewOf('Sepsis predictor');
    const first = await schedule('First');
    const second = await schedule('Second');
    await addAgendaItem(core, office, first.id, { reviewId: review.id });
    expect(await codeOf(addAgendaItem(core, office, first.id, { reviewId: review.id }))).toBe(
      'conflict',
    );
    expect(await codeOf(addAgendaItem(core, office, second.id, { reviewId: review.id }))).toBe(
      'conflict',
    );
  });

  it('accepts only open reviews that exist', async () => {
    const meeting = await schedule();
    const decided = await reviewOf('Decided');
    await seedDecision(core, decided);
    expect(await codeOf(addAgendaItem(core, office, meeting.id, { reviewId: decided.id }))).toBe(
      'conflict',
    );
    expect(
      await codeOf(
        addAgendaItem(core, office, meeting.id, {
          reviewId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toBe('validation_failed');
  });

  it('adds free-text items, reorders and removes them, keeping the numbering whole', async () => {
    const meeting = await schedule();
    const review = await reviewOf('Chest X-ray triage');
    await addAgendaItem(core, office, meeting.id, { title: 'Welcome and apologies' });
    await addAgendaItem(core, office, meeting.id, { reviewId: review.id, notes: 'Vendor attends' });
    const full = await addAgendaItem(core, office, meeting.id, { title: 'Any other business' });
    const [welcome, xray, aob] = full.agenda.map((i) => i.id);
    if (!welcome || !xray || !aob) throw new Error('items missing');

    const reordered = await reorderAgenda(core, office, meeting.id, {
      itemIds: [xray, welcome, aob],
    });
    expect(reordered.agenda.map((i) => [i.position, i.title])).toEqual([
      [1, 'Chest X-ray triage: review round 1'],
      [2, 'Welcome and apologies'],
      [3, 'Any other business'],
    ]);
    const removed = await removeAgendaItem(core, office, meeting.id, welcome);
    expect(removed.agenda.map((i) => [i.position, i.id])).toEqual([
      [1, xray],
      [2, aob],
    ]);
    const renamed = await updateAgendaItem(core, office, meeting.id, aob, { notes: 'Nothing' });
    expect(renamed.agenda[1]).toMatchObject({ title: 'Any other business', notes: 'Nothing' });
  });

  it('refuses an order that does not name every item exactly once', async () => {
    const meeting = await schedule();
    const one = await addAgendaItem(core, office, meeting.id, { title: 'One' });
    const two = await addAgendaItem(core, office, meeting.id, { title: 'Two' });
    const [a, b] = two.agenda.map((i) => i.id);
    if (!a || !b) throw new Error('items missing');
    expect(await codeOf(reorderAgenda(core, office, meeting.id, { itemIds: [a] }))).toBe(
      'conflict',
    );
    expect(await codeOf(reorderAgenda(core, office, meeting.id, { itemIds: [a, a] }))).toBe(
      'validation_failed',
    );
    expect(one.agenda).toHaveLength(1);
  });

  it('keeps an item with a recorded decision on the agenda', async () => {
    const meeting = await schedule();
    const review = await reviewOf('Decided at the meeting');
    const added = await addAgendaItem(core, office, meeting.id, { reviewId: review.id });
    const itemId = added.agenda[0]?.id ?? '';
    await seedDecision(core, review, {
      outcome: 'approved_for_pilot',
      meetingId: meeting.id,
      agendaItemId: itemId,
    });
    expect(await codeOf(removeAgendaItem(core, office, meeting.id, itemId))).toBe('conflict');
  });

  it('audits each agenda change against the meeting', async () => {
    const meeting = await schedule();
    await addAgendaItem(core, office, meeting.id, { title: 'Welcome' });
    const actions = await core.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', meeting.id)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'committee_meeting.scheduled',
      'committee_meeting.agenda_item_added',
    ]);
  });
});
