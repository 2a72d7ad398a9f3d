import { rolesGrant } from '@vigil/contracts';
import type { IntakesTable } from '../db/schema';
import type { Actor, Db } from '../deps';
import { DomainError } from '../errors';
import * as q from './governance-intake.queries';

/** True when the actor may see the intake: its submitter, or anyone who reads governance. */
export function canSeeIntake(actor: Actor, row: IntakesTable): boolean {
  return (
    (actor.userId !== null && row.submitter_id === actor.userId) ||
    rolesGrant(actor.roles, 'governance.read')
  );
}

/**
 * The intake if the actor may see it.
 * @throws DomainError not_found (also when it exists but is someone else's)
 */
export async function visibleIntake(db: Db, actor: Actor, id: string): Promise<IntakesTable> {
  const row = await q.findIntake(db, id);
  if (!row || !canSeeIntake(actor, row)) throw noIntake();
  return row;
}

export function noIntake(): DomainError {
  return new DomainError('not_found', 'No intake has this id');
}
