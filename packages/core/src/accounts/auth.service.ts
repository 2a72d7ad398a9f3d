import type { LoginInput, Role, UserDto } from '@vigil/contracts';
import { appendAudit, recordAudit } from '../audit/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { parseRoles, toUserDto } from './accounts.mappers';
import * as q from './accounts.queries';
import type { AuthPolicy } from './auth.policy';
import { burnPasswordCheck, randomSecret, sha256, verifyPassword } from './secrets';

export interface AuthenticatedUser {
  user: UserDto;
  roles: Role[];
}

export interface SessionGrant extends AuthenticatedUser {
  /** Goes into the cookie; only its hash is stored. */
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
}

const minute = 60_000;

/**
 * Checks email and password and opens a new session, ending the one presented (rotation).
 * Unknown emails and wrong passwords fail identically; an email with repeated failures is
 * locked for a while, whether or not it belongs to anyone.
 * @throws DomainError invalid_credentials, rate_limited
 */
export async function login(
  deps: CoreDeps & { policy: AuthPolicy },
  input: LoginInput,
  context: { requestId: string | null; previousSessionSecret?: string | undefined },
): Promise<SessionGrant> {
  const now = deps.clock.now();
  const throttle = await q.findThrottle(deps.db, input.email);
  if (throttle?.locked_until && throttle.locked_until > now.toISOString()) {
    await recordFailure(deps, input.email, context.requestId, 'locked');
    throw lockedError(throttle.locked_until);
  }
  const user = await q.findUserByEmail(deps.db, input.email);
  const passwordOk = user
    ? await verifyPassword(user.password_hash, input.password)
    : (await burnPasswordCheck(input.password), false);
  if (!user || !passwordOk || Number(user.is_active) !== 1) {
    const lockedUntil = await registerFailure(deps, input.email, throttle?.failures ?? 0);
    await recordFailure(
      deps,
      input.email,
      context.requestId,
      user && passwordOk ? 'inactive' : 'bad_credentials',
      user?.id,
    );
    if (lockedUntil) throw lockedError(lockedUntil);
    throw new DomainError('invalid_credentials', 'Email or password is incorrect');
  }
  return openSession(deps, user.id, context, now);
}

async function openSession(
  deps: CoreDeps & { policy: AuthPolicy },
  userId: string,
  context: { requestId: string | null; previousSessionSecret?: string | undefined },
  now: Date,
): Promise<SessionGrant> {
  const sessionSecret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(
    now.getTime() + deps.policy.sessionMaxHours * 60 * minute,
  ).toISOString();
  const user = await deps.db.transaction().execute(async (trx) => {
    const row = await q.findUserById(trx, userId);
    if (!row) throw new DomainError('invalid_credentials', 'Email or password is incorrect');
    if (context.previousSessionSecret)
      await q.deleteSession(trx, sha256(context.previousSessionSecret));
    await q.clearThrottle(trx, row.email);
    await q.insertSession(trx, {
      id_hash: sha256(sessionSecret),
      user_id: row.id,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: expiresAt,
    });
    await q.setLastLogin(trx, row.id, now.toISOString());
    await appendAudit(
      trx,
      { dialect: deps.dialect, at: now },
      { userId: row.id, label: row.email, roles: [], requestId: context.requestId },
      {
        action: 'auth.login_succeeded',
        entityType: 'user',
        entityId: row.id,
      },
    );
    return { ...row, last_login_at: now.toISOString() };
  });
  return {
    user: toUserDto(user, null),
    roles: parseRoles(user.roles_json),
    sessionSecret,
    csrfToken,
    expiresAt,
  };
}

async function registerFailure(
  deps: CoreDeps & { policy: AuthPolicy },
  email: string,
  previousFailures: number,
) {
  const now = deps.clock.now();
  const failures = previousFailures + 1;
  const lockedUntil =
    failures >= deps.policy.maxFailedLogins
      ? new Date(now.getTime() + deps.policy.lockoutMinutes * minute).toISOString()
      : null;
  await q.saveThrottle(deps.db, {
    email,
    failures: lockedUntil ? 0 : failures,
    locked_until: lockedUntil,
    last_failure_at: now.toISOString(),
  });
  return lockedUntil;
}

async function recordFailure(
  deps: CoreDeps,
  email: string,
  requestId: string | null,
  reason: string,
  userId?: string,
) {
  await recordAudit(
    deps,
    { userId: null, label: email, roles: [], requestId },
    {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: userId ?? null,
      changes: { reason: { before: null, after: reason } },
    },
  );
}

function lockedError(until: string): DomainError {
  return new DomainError(
    'rate_limited',
    `Too many failed sign-in attempts for this email. Try again after ${until.slice(11, 16)} UTC, or ask an administrator to unlock it.`,
  );
}

/** The user behind a session cookie, or null when it is unknown, idle too long or past its lifetime. */
export async function authenticateSession(
  deps: CoreDeps & { policy: AuthPolicy },
  sessionSecret: string,
): Promise<(AuthenticatedUser & { csrfToken: string }) | null> {
  const idHash = sha256(sessionSecret);
  const session = await q.findSession(deps.db, idHash);
  if (!session) return null;
  const now = deps.clock.now();
  const idleSince = now.getTime() - Date.parse(session.last_seen_at);
  if (
    session.expires_at <= now.toISOString() ||
    idleSince >= deps.policy.sessionIdleMinutes * minute
  ) {
    await q.deleteSession(deps.db, idHash);
    return null;
  }
  const user = await q.findUserById(deps.db, session.user_id);
  if (!user || Number(user.is_active) !== 1) return null;
  // Sliding idle window; written at most once a minute to keep reads cheap.
  if (idleSince >= minute) await q.touchSession(deps.db, idHash, now.toISOString());
  return {
    user: toUserDto(user, null),
    roles: parseRoles(user.roles_json),
    csrfToken: session.csrf_token,
  };
}

/** Ends the session; audits the sign-out. */
export async function logout(deps: CoreDeps, actor: Actor, sessionSecret: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await q.deleteSession(trx, sha256(sessionSecret));
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}

/** Removes sessions that have expired or gone idle. */
export async function purgeExpiredSessions(deps: CoreDeps & { policy: AuthPolicy }): Promise<void> {
  const now = deps.clock.now();
  const idleCutoff = new Date(
    now.getTime() - deps.policy.sessionIdleMinutes * minute,
  ).toISOString();
  await q.deleteExpiredSessions(deps.db, now.toISOString(), idleCutoff);
}
