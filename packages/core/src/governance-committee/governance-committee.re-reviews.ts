import {
  type ReReviewItemDto,
  type ReReviewOpenInput,
  type ReReviewOpenedDto,
  type ReReviewScheduleDto,
  decisionOutcome,
  lifecycleState,
  reReviewDueSoonDays,
  riskTier,
} from '@vigil/contracts';
import type { Actor, CoreDeps, Db } from '../deps';
import { openReview } from '../governance-review/index';
import * as stats from './governance-committee.stats.queries';

const dayMs = 86_400_000;

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
export function utcDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/**
 * Systems whose latest decision set a re-review date, by due date: overdue ones (due before
 * today, by the clock, in UTC) and those due within 60 days flagged. Retired and declined
 * systems are left out; a system with a review already open names it.
 */
export async function getReReviewSchedule(deps: CoreDeps): Promise<ReReviewScheduleDto> {
  const today = utcDate(deps.clock.now());
  return { today, dueSoonDays: reReviewDueSoonDays, items: await reReviewItems(deps.db, today) };
}

export async function reReviewItems(db: Db, today: string): Promise<ReReviewItemDto[]> {
  const rows = await stats.listDueReReviews(db);
  const open = new Map((await stats.listOpenReviewsBySystem(db)).map((r) => [r.system_id, r.id]));
  return rows.flatMap((row) => {
    if (row.next_review_due === null) return [];
    const daysUntilDue = daysBetween(today, row.next_review_due);
    return [
      {
        systemId: row.system_id,
        systemName: row.system_name,
        lifecycleState: lifecycleState.parse(row.lifecycle_state),
        tier: riskTier.parse(row.tier),
        decisionId: row.decision_id,
        outcome: decisionOutcome.parse(row.outcome),
        decidedAt: row.decided_at,
        nextReviewDue: row.next_review_due,
        daysUntilDue,
        isOverdue: daysUntilDue < 0,
        isDueSoon: daysUntilDue >= 0 && daysUntilDue <= reReviewDueSoonDays,
        openReviewId: open.get(row.system_id) ?? null,
      },
    ];
  });
}

/**
 * Opens the scheduled re-review of a system as a new review round (through governance-review's
 * openReview, which checks the tier, the lifecycle and that no review is open).
 * @throws DomainError not_found, conflict (a review is open, no tier, or the state allows none)
 */
export async function openScheduledReReview(
  deps: CoreDeps,
  actor: Actor,
  systemId: string,
  input: ReReviewOpenInput,
): Promise<ReReviewOpenedDto> {
  const today = utcDate(deps.clock.now());
  const item = (await reReviewItems(deps.db, today)).find((i) => i.systemId === systemId);
  const reason =
    input.reason ??
    (item
      ? `Scheduled re-review, due ${item.nextReviewDue} after the ${item.decidedAt.slice(0, 10)} decision`
      : 'Re-review');
  const review = await openReview(deps, actor, { systemId, reason });
  return { reviewId: review.id, systemId: review.systemId };
}
