import type { Role, UserListQuery } from '@vigil/contracts';
import { sql } from 'kysely';
import type { DialectName } from '../db/config';
import { containsText } from '../db/dialect';
import type { ApiTokensTable, LoginThrottleTable, SessionsTable, UsersTable } from '../db/schema';
import type { Db } from '../deps';

export async function findUserById(db: Db, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(db: Db, row: UsersTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Updates a user only at the expected version; returns whether a row changed. */
export async function updateUserAtVersion(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<UsersTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ ...changes, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setLastLogin(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('users').set({ last_login_at: at }).where('id', '=', id).execute();
}

type UserFilter = Pick<UserListQuery, 'q' | 'role'>;

function userFilter(dialect: DialectName, filter: UserFilter) {
  return (db: Db) =>
    db
      .selectFrom('users')
      .$if(filter.q !== undefined && filter.q !== '', (q) =>
        q.where((eb) =>
          eb.or([
            containsText(dialect, 'email', filter.q ?? ''),
            containsText(dialect, 'display_name', filter.q ?? ''),
          ]),
        ),
      )
      .$if(filter.role !== undefined, (q) =>
        q.where(containsText(dialect, 'roles_json', `"${filter.role ?? ''}"`)),
      );
}

export async function countUsers(
  db: Db,
  dialect: DialectName,
  filter: UserFilter,
): Promise<number> {
  const row = await userFilter(
    dialect,
    filter,
  )(db)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(
  db: Db,
  dialect: DialectName,
  filter: UserFilter,
  page: { limit: number; offset: number },
) {
  return userFilter(
    dialect,
    filter,
  )(db)
    .selectAll()
    .orderBy('display_name')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countUsersWithRole(
  db: Db,
  dialect: DialectName,
  role: Role,
): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)`.as('n'))
    .where(containsText(dialect, 'roles_json', `"${role}"`))
    .where('is_active', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countAllUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// Sign-in throttling, keyed by the email typed, whether or not such a user exists.

export async function findThrottle(db: Db, email: string) {
  return db.selectFrom('login_throttle').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findThrottles(db: Db, emails: string[]) {
  if (emails.length === 0) return [];
  return db.selectFrom('login_throttle').selectAll().where('email', 'in', emails).execute();
}

export async function saveThrottle(db: Db, row: LoginThrottleTable): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('email').doUpdateSet({
        failures: row.failures,
        locked_until: row.locked_until,
        last_failure_at: row.last_failure_at,
      }),
    )
    .execute();
}

export async function clearThrottle(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('email', '=', email).execute();
}

// Sessions

export async function insertSession(db: Db, row: SessionsTable): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSession(db: Db, idHash: string) {
  return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

export async function touchSession(db: Db, idHash: string, at: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(
  db: Db,
  now: string,
  idleCutoff: string,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleCutoff)]))
    .execute();
}

// API tokens

export async function insertApiToken(db: Db, row: ApiTokensTable): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

export async function findApiTokenBySecretHash(db: Db, secretHash: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('secret_hash', '=', secretHash)
    .executeTakeFirst();
}

export async function findApiTokenById(db: Db, id: string) {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listApiTokensOfUser(db: Db, userId: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeApiToken(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function touchApiToken(db: Db, id: string, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function listDirectory(
  db: Db,
  dialect: DialectName,
  text: string | undefined,
  limit: number,
) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'email'])
    .where('is_active', '=', 1)
    .$if(text !== undefined && text !== '', (q) =>
      q.where((eb) =>
        eb.or([
          containsText(dialect, 'email', text ?? ''),
          containsText(dialect, 'display_name', text ?? ''),
        ]),
      ),
    )
    .orderBy('display_name')
    .orderBy('id')
    .limit(limit)
    .execute();
}
