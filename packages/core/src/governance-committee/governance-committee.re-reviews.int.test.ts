import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemActor } from '../deps';
import { isDomainError } from '../errors';
import { getReReviewSchedule, openScheduledReReview } from './index';
import {
  seedDecision,
  seedReview,
  seedRuleSet,
  seedSystem,
} from './governance-committee.test-helpers';

const office = { ...systemActor('office'), roles: ['caio' as const] };

describe.each(await dialectsUnderTest())('opening a scheduled re-review on %s', (dialect) => {
  let core: TestCore;
  let systemId: string;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    await seedRuleSet(core);
    systemId = await seedSystem(core, 'Sepsis predictor', { state: 'deployed' });
    const first = await seedReview(core, systemId, { openedAt: '2025-01-10T09:00:00.000Z' });
    await seedDecision(core, first, {
      decidedAt: '2025-02-20T17:00:00.000Z',
      nextReviewDue: '2026-02-20',
    });
  });
  afterEach(async () => {
    await core.close();
  });

  it('opens a new review round that names the due date, and the schedule shows it open', async () => {
    const opened = await openScheduledReReview(core, office, systemId, {});
    const review = await core.db
      .selectFrom('governance_reviews')
      .selectAll()
      .where('id', '=', opened.reviewId)
      .executeTakeFirstOrThrow();
    expect(review).toMatchObject({ round: 2, status: 'open', system_id: systemId });
    expect(review.reason).toBe('Scheduled re-review, due 2026-02-20 after the 2025-02-20 decision');
    const [item] = (await getReReviewSchedule(core)).items;
    expect(item).toMatchObject({ systemId, isOverdue: true, openReviewId: opened.reviewId });
  });

  it('refuses a second re-review while one is open, with 409 conflict', async () => {
    await openScheduledReReview(core, office, systemId, { reason: 'Drift after the assay change' });
    const error = await openScheduledReReview(core, office, systemId, {}).catch((e: unknown) => e);
    expect(isDomainError(error, 'conflict')).toBe(true);
    const open = await core.db
      .selectFrom('governance_reviews')
      .select('id')
      .where('status', '=', 'open')
      .execute();
    expect(open).toHaveLength(1);
  });
});
