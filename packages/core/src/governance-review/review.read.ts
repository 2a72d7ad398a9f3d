import type { MyReviewDto, ReviewDto, ReviewListQuery, ReviewSummaryDto } from '@vigil/contracts';
import type { GovernanceReviewsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { decisionIdsOfReviews } from './decision.queries';
import { readinessOf, tallyVotes } from './decision.tally';
import { seatOf, toAssignmentDto, toReviewSummary } from './review.mappers';
import * as q from './review.queries';
import { type EffectiveTier, tierOfDetermination } from './review.tier';

/** Full DTOs of review rows, read together: tiers, seats, names and decisions. */
export async function reviewDtos(
  db: Db,
  rows: readonly GovernanceReviewsTable[],
): Promise<ReviewDto[]> {
  const tiers = new Map<string, EffectiveTier>();
  for (const id of new Set(rows.map((r) => r.determination_id))) {
    const tier = await tierOfDetermination(db, id);
    if (tier) tiers.set(id, tier);
  }
  const seats = await q.assignmentsOf(
    db,
    rows.map((r) => r.id),
  );
  const people = await q.findPeople(db, [
    ...seats.map((s) => s.reviewer_id),
    ...rows.flatMap((r) => (r.opened_by_id ? [r.opened_by_id] : [])),
  ]);
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  const systems = await q.systemNames(
    db,
    rows.map((r) => r.system_id),
  );
  const decisions = await decisionIdsOfReviews(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const tier = tiers.get(row.determination_id);
    if (!tier) throw new Error(`review ${row.id} names a missing tier determination`);
    const assignments = seats
      .filter((s) => s.review_id === row.id)
      .map((s) => toAssignmentDto(s, names));
    const readiness = readinessOf(
      tallyVotes(assignments.map(seatOf), tier.pathwayRules),
      tier.pathwayRules,
    );
    return {
      ...toReviewSummary(row, {
        systemName: systems.get(row.system_id) ?? 'Unknown system',
        ruleSetVersion: tier.ruleSetVersion,
        readiness,
        decisionId: decisions.get(row.id) ?? null,
        names,
      }),
      pathwayRules: tier.pathwayRules,
      assignments,
    };
  });
}

export function summaryOf(review: ReviewDto): ReviewSummaryDto {
  const { assignments: _a, pathwayRules: _p, ...summary } = review;
  return summary;
}

/**
 * A review round with its seats and whether it can be decided.
 * @throws DomainError not_found
 */
export async function getReview(deps: CoreDeps, id: string): Promise<ReviewDto> {
  return getReviewIn(deps.db, id);
}

export async function getReviewIn(db: Db, id: string): Promise<ReviewDto> {
  const row = await q.findReview(db, id);
  if (!row) throw new DomainError('not_found', 'No review has this id');
  const [dto] = await reviewDtos(db, [row]);
  if (!dto) throw new DomainError('not_found', 'No review has this id');
  return dto;
}

/** Review rounds, newest first, filtered by status and system. */
export async function listReviews(
  deps: CoreDeps,
  query: ReviewListQuery,
): Promise<ReviewSummaryDto[]> {
  const rows = await q.listReviews(deps.db, query);
  return (await reviewDtos(deps.db, rows)).map(summaryOf);
}

/** The actor's seats on reviews, open reviews first, newest first. */
export async function listMyReviews(deps: CoreDeps, actor: Actor): Promise<MyReviewDto[]> {
  if (actor.userId === null) return [];
  const seats = await q.assignmentsOfReviewer(deps.db, actor.userId);
  const reviews = await reviewDtos(
    deps.db,
    await q.reviewsByIds(
      deps.db,
      seats.map((s) => s.review_id),
    ),
  );
  const byId = new Map(reviews.map((r) => [r.id, r]));
  return seats
    .flatMap((seat) => {
      const review = byId.get(seat.review_id);
      const assignment = review?.assignments.find((a) => a.id === seat.id);
      return review && assignment ? [{ assignment, review: summaryOf(review) }] : [];
    })
    .sort(
      (a, b) =>
        Number(a.review.status !== 'open') - Number(b.review.status !== 'open') ||
        b.review.openedAt.localeCompare(a.review.openedAt),
    );
}
