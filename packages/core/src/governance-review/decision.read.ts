import type { ConditionDto, DecisionDto } from '@vigil/contracts';
import type { GovernanceConditionsTable } from '../db/schema';
import type { CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import * as dq from './decision.queries';
import { toConditionDto, toDecisionDto } from './review.mappers';
import * as q from './review.queries';

/** Today as YYYY-MM-DD (UTC) from the clock. */
export function todayOf(deps: Pick<CoreDeps, 'clock'>): string {
  return deps.clock.now().toISOString().slice(0, 10);
}

/** DTOs of condition rows with their systems' and people's names. */
export async function conditionDtos(
  db: Db,
  rows: readonly GovernanceConditionsTable[],
  today: string,
): Promise<ConditionDto[]> {
  const people = await q.findPeople(
    db,
    rows.flatMap((r) => [r.owner_id, r.resolved_by_id].filter((id): id is string => id !== null)),
  );
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  const systems = await q.systemNames(
    db,
    rows.map((r) => r.system_id),
  );
  return rows.map((row) =>
    toConditionDto(row, {
      systemName: systems.get(row.system_id) ?? 'Unknown system',
      names,
      today,
    }),
  );
}

/**
 * A decision with its votes, conditions and letter.
 * @throws DomainError not_found
 */
export async function getDecision(deps: CoreDeps, id: string): Promise<DecisionDto> {
  return getDecisionIn(deps.db, id, todayOf(deps));
}

export async function getDecisionIn(db: Db, id: string, today: string): Promise<DecisionDto> {
  const row = await dq.findDecision(db, id);
  const review = row ? await q.findReview(db, row.review_id) : undefined;
  if (!row || !review) throw new DomainError('not_found', 'No decision has this id');
  const conditions = await conditionDtos(db, await dq.conditionsOfDecision(db, id), today);
  const people = await q.findPeople(db, row.decided_by_id ? [row.decided_by_id] : []);
  return toDecisionDto(row, {
    review,
    systemName: (await q.findSystemName(db, row.system_id)) ?? 'Unknown system',
    conditions,
    names: new Map(people.map((p) => [p.id, p.display_name])),
  });
}
