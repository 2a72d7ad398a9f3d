import { randomUUID } from 'node:crypto';
import type { SavedViewCreateInput, SavedViewDto, SavedViewUpdateInput } from '@vigil/contracts';
import { isUniqueViolation } from '../db/dialect';
import type { SavedViewsTable } from '../db/schema';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { toSavedViewDto } from './portfolio.mappers';
import * as q from './saved-views.queries';

/**
 * The acting user's saved portfolio views, by name.
 * @throws DomainError forbidden when the actor is not a user
 */
export async function listSavedViews(deps: CoreDeps, actor: Actor): Promise<SavedViewDto[]> {
  return (await q.listSavedViews(deps.db, deps.dialect, userOf(actor))).map(toSavedViewDto);
}

/**
 * Saves a portfolio query under a name for the acting user.
 * @throws DomainError forbidden, conflict when the user already has a view of that name
 */
export async function createSavedView(
  deps: CoreDeps,
  actor: Actor,
  input: SavedViewCreateInput,
): Promise<SavedViewDto> {
  const now = deps.clock.now().toISOString();
  const row: SavedViewsTable = {
    id: randomUUID(),
    user_id: userOf(actor),
    name: input.name,
    query_json: JSON.stringify(input.query),
    created_at: now,
    updated_at: now,
  };
  await uniqueName(() => q.insertSavedView(deps.db, row));
  return toSavedViewDto(row);
}

/**
 * Renames one of the acting user's views or replaces its query.
 * @throws DomainError forbidden, not_found (also for another user's view), conflict
 */
export async function updateSavedView(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: SavedViewUpdateInput,
): Promise<SavedViewDto> {
  const existing = await q.findSavedView(deps.db, userOf(actor), id);
  if (!existing) throw notFound();
  const row: SavedViewsTable = {
    ...existing,
    name: input.name ?? existing.name,
    query_json: input.query === undefined ? existing.query_json : JSON.stringify(input.query),
    updated_at: deps.clock.now().toISOString(),
  };
  await uniqueName(() => q.updateSavedView(deps.db, row));
  return toSavedViewDto(row);
}

/**
 * Deletes one of the acting user's views.
 * @throws DomainError forbidden, not_found (also for another user's view)
 */
export async function deleteSavedView(deps: CoreDeps, actor: Actor, id: string): Promise<void> {
  if (!(await q.deleteSavedView(deps.db, userOf(actor), id))) throw notFound();
}

function userOf(actor: Actor): string {
  if (actor.userId === null)
    throw new DomainError('forbidden', 'Saved views belong to a signed-in user');
  return actor.userId;
}

async function uniqueName(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError('conflict', 'You already have a saved view with this name', {
      details: [{ path: 'body.name', message: 'is already used by another of your views' }],
      cause: error,
    });
  }
}

function notFound(): DomainError {
  return new DomainError('not_found', 'You have no saved view with this id');
}
