import { randomUUID } from 'node:crypto';
import {
  type DirectoryEntry,
  type DirectoryQuery,
  directoryMaxEntries,
  type PasswordChangeInput,
  type UserCreateInput,
  type UserDto,
  type UserListQuery,
  type UserUpdateInput,
} from '@vigil/contracts';
import { appendAudit, diffFields } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { UsersTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { toUserDto, userSnapshot } from './accounts.mappers';
import * as q from './accounts.queries';
import { hashPassword, verifyPassword } from './secrets';

async function lockedUntilOf(db: Db, email: string, now: Date): Promise<string | null> {
  const throttle = await q.findThrottle(db, email);
  return throttle?.locked_until && throttle.locked_until > now.toISOString()
    ? throttle.locked_until
    : null;
}

/**
 * A user by id.
 * @throws DomainError not_found
 */
export async function getUser(deps: CoreDeps, id: string): Promise<UserDto> {
  const row = await q.findUserById(deps.db, id);
  if (!row) throw new DomainError('not_found', 'No user has this id');
  return toUserDto(row, await lockedUntilOf(deps.db, row.email, deps.clock.now()));
}

/** A page of users, filtered by text (name or email) and role. */
export async function listUsers(deps: CoreDeps, query: UserListQuery) {
  const filter = { q: query.q, role: query.role };
  const page = { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [total, rows] = await Promise.all([
    q.countUsers(deps.db, deps.dialect, filter),
    q.listUsers(deps.db, deps.dialect, filter, page),
  ]);
  const now = deps.clock.now().toISOString();
  const throttles = await q.findThrottles(
    deps.db,
    rows.map((r) => r.email),
  );
  const locked = new Map(
    throttles
      .filter((t) => t.locked_until && t.locked_until > now)
      .map((t) => [t.email, t.locked_until]),
  );
  return {
    items: rows.map((r) => toUserDto(r, locked.get(r.email) ?? null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Creates a local account.
 * @throws DomainError conflict when the email is taken
 */
export async function createUser(
  deps: CoreDeps,
  actor: Actor,
  input: UserCreateInput,
): Promise<UserDto> {
  const now = deps.clock.now().toISOString();
  const row: UsersTable = {
    id: randomUUID(),
    email: input.email,
    display_name: input.displayName,
    password_hash: await hashPassword(input.password),
    roles_json: JSON.stringify(uniqueSorted(input.roles)),
    disciplines_json: JSON.stringify(uniqueSorted(input.disciplines)),
    is_active: 1,
    last_login_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await q.insertUser(trx, row);
      await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
        action: 'user.created',
        entityType: 'user',
        entityId: row.id,
        changes: diffFields(null, userSnapshot(row)),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError('conflict', 'A user with this email already exists', {
        details: [{ path: 'body.email', message: 'is already in use' }],
        cause: error,
      });
    }
    throw error;
  }
  return toUserDto(row, null);
}

/**
 * Changes name, roles, disciplines or status at the version the caller read.
 * @throws DomainError not_found, version_conflict, conflict (removing the last active admin)
 */
export async function updateUser(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: UserUpdateInput,
): Promise<UserDto> {
  const { version, ...patch } = input;
  return deps.db.transaction().execute(async (trx) => {
    const before = await q.findUserById(trx, id);
    if (!before) throw new DomainError('not_found', 'No user has this id');
    if (Number(before.version) !== version) throw staleVersion(Number(before.version));
    const changes: Partial<UsersTable> = { updated_at: deps.clock.now().toISOString() };
    if (patch.displayName !== undefined) changes.display_name = patch.displayName;
    if (patch.roles !== undefined) changes.roles_json = JSON.stringify(uniqueSorted(patch.roles));
    if (patch.disciplines !== undefined)
      changes.disciplines_json = JSON.stringify(uniqueSorted(patch.disciplines));
    if (patch.isActive !== undefined) changes.is_active = patch.isActive ? 1 : 0;
    const after = { ...before, ...changes, version: Number(before.version) + 1 };
    await guardLastAdmin(deps, trx, before, after);
    if (!(await q.updateUserAtVersion(trx, id, version, changes))) throw staleVersion(version + 1);
    if (after.is_active === 0) await q.deleteSessionsOfUser(trx, id);
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      changes: diffFields(userSnapshot(before), userSnapshot(after)),
    });
    return toUserDto(after, await lockedUntilOf(trx, after.email, deps.clock.now()));
  });
}

/**
 * Sets a new password for a user (an admin's reset) and ends all their sessions.
 * @throws DomainError not_found
 */
export async function resetPassword(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  password: string,
): Promise<void> {
  await storePassword(deps, actor, id, password, 'reset');
}

/** Stores a new password hash; an admin's reset also ends the user's sessions and lockout. */
async function storePassword(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  password: string,
  kind: 'reset' | 'own_change',
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    const user = await q.findUserById(trx, id);
    if (!user) throw new DomainError('not_found', 'No user has this id');
    await q.updateUserAtVersion(trx, id, Number(user.version), {
      password_hash: passwordHash,
      updated_at: deps.clock.now().toISOString(),
    });
    if (kind === 'reset') {
      await q.deleteSessionsOfUser(trx, id);
      await q.clearThrottle(trx, user.email);
    }
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: kind === 'reset' ? 'user.password_reset' : 'user.password_changed',
      entityType: 'user',
      entityId: id,
      changes: diffFields({ password: 1 }, { password: 2 }, { secret: ['password'] }),
    });
  });
}

/**
 * Changes the actor's own password after checking the current one.
 * @throws DomainError invalid_credentials
 */
export async function changeOwnPassword(
  deps: CoreDeps,
  actor: Actor,
  input: PasswordChangeInput,
): Promise<void> {
  const user = actor.userId ? await q.findUserById(deps.db, actor.userId) : undefined;
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new DomainError('invalid_credentials', 'The current password is incorrect', {
      details: [{ path: 'body.currentPassword', message: 'is incorrect' }],
    });
  }
  await storePassword(deps, actor, user.id, input.newPassword, 'own_change');
}

/**
 * Lifts a sign-in lockout.
 * @throws DomainError not_found
 */
export async function unlockUser(deps: CoreDeps, actor: Actor, id: string): Promise<UserDto> {
  await deps.db.transaction().execute(async (trx) => {
    const user = await q.findUserById(trx, id);
    if (!user) throw new DomainError('not_found', 'No user has this id');
    await q.clearThrottle(trx, user.email);
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'user.unlocked',
      entityType: 'user',
      entityId: id,
    });
  });
  return getUser(deps, id);
}

/** Active users by name and email, for choosing people (owners, reviewers); no roles or status. */
export async function listUserDirectory(
  deps: CoreDeps,
  query: DirectoryQuery,
): Promise<DirectoryEntry[]> {
  const rows = await q.listDirectory(deps.db, deps.dialect, query.q, directoryMaxEntries);
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email }));
}

/** Finds a user by email (for the CLI). */
export async function findUserIdByEmail(
  deps: CoreDeps,
  email: string,
): Promise<string | undefined> {
  return (await q.findUserByEmail(deps.db, email.trim().toLowerCase()))?.id;
}

async function guardLastAdmin(
  deps: CoreDeps,
  trx: Db,
  before: UsersTable,
  after: UsersTable,
): Promise<void> {
  const wasAdmin = before.roles_json.includes('"admin"') && Number(before.is_active) === 1;
  const staysAdmin = after.roles_json.includes('"admin"') && Number(after.is_active) === 1;
  if (wasAdmin && !staysAdmin && (await q.countUsersWithRole(trx, deps.dialect, 'admin')) <= 1) {
    throw new DomainError(
      'conflict',
      'This is the last active administrator; make someone else an administrator first',
    );
  }
}

function staleVersion(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `This user was changed by someone else (now at version ${current}); reload and try again`,
  );
}

function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}
