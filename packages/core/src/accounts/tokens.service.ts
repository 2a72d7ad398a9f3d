import { randomUUID } from 'node:crypto';
import {
  type ApiTokenCreateInput,
  type ApiTokenCreated,
  type ApiTokenDto,
  rolesGrant,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { parseRoles, toApiTokenDto, toUserDto } from './accounts.mappers';
import * as q from './accounts.queries';
import type { AuthenticatedUser } from './auth.service';
import { randomSecret, sha256 } from './secrets';

const tokenPattern = /^vgl_([A-Za-z0-9_-]{8})_([A-Za-z0-9_-]{43})$/;
const day = 86_400_000;

/**
 * Creates a personal API token for a user. The secret is returned once; only its hash is kept.
 * @throws DomainError not_found when the user does not exist
 */
export async function createApiToken(
  deps: CoreDeps,
  actor: Actor,
  userId: string,
  input: ApiTokenCreateInput,
): Promise<ApiTokenCreated> {
  const now = deps.clock.now();
  const prefix = randomSecret(6);
  const secret = `vgl_${prefix}_${randomSecret(32)}`;
  const row = {
    id: randomUUID(),
    user_id: userId,
    name: input.name,
    prefix: `vgl_${prefix}`,
    secret_hash: sha256(secret),
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + input.expiresInDays * day).toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    if (!(await q.findUserById(trx, userId)))
      throw new DomainError('not_found', 'No user has this id');
    await q.insertApiToken(trx, row);
    await appendAudit(trx, { dialect: deps.dialect, at: now }, actor, {
      action: 'api_token.created',
      entityType: 'api_token',
      entityId: row.id,
      changes: {
        name: { before: null, after: row.name },
        userId: { before: null, after: userId },
        expiresAt: { before: null, after: row.expires_at },
      },
    });
  });
  return { token: toApiTokenDto(row), secret };
}

/** The user's tokens, newest first, revoked ones included. */
export async function listApiTokens(deps: CoreDeps, userId: string): Promise<ApiTokenDto[]> {
  return (await q.listApiTokensOfUser(deps.db, userId)).map(toApiTokenDto);
}

/**
 * Lists another user's tokens (administration).
 * @throws DomainError not_found
 */
export async function listApiTokensForUser(deps: CoreDeps, userId: string): Promise<ApiTokenDto[]> {
  if (!(await q.findUserById(deps.db, userId)))
    throw new DomainError('not_found', 'No user has this id');
  return listApiTokens(deps, userId);
}

/**
 * Revokes a token. Its owner may revoke it, and so may whoever manages all tokens; to anyone
 * else it does not exist.
 * @throws DomainError not_found
 */
export async function revokeApiTokenById(
  deps: CoreDeps,
  actor: Actor,
  tokenId: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const token = await q.findApiTokenById(trx, tokenId);
    const mayRevoke =
      token && (token.user_id === actor.userId || rolesGrant(actor.roles, 'tokens.manage_any'));
    if (!token || !mayRevoke) throw new DomainError('not_found', 'No API token has this id');
    if (token.revoked_at) return;
    const at = deps.clock.now();
    await q.revokeApiToken(trx, tokenId, at.toISOString());
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: tokenId,
      changes: { revokedAt: { before: null, after: at.toISOString() } },
    });
  });
}

/** The user behind a bearer token, or null when it is malformed, unknown, revoked or expired. */
export async function authenticateApiToken(
  deps: CoreDeps,
  bearer: string,
): Promise<AuthenticatedUser | null> {
  if (!tokenPattern.test(bearer)) return null;
  const token = await q.findApiTokenBySecretHash(deps.db, sha256(bearer));
  const now = deps.clock.now();
  if (!token || token.revoked_at || token.expires_at <= now.toISOString()) return null;
  const user = await q.findUserById(deps.db, token.user_id);
  if (!user || Number(user.is_active) !== 1) return null;
  if (!token.last_used_at || now.getTime() - Date.parse(token.last_used_at) > 60_000) {
    await q.touchApiToken(deps.db, token.id, now.toISOString());
  }
  return { user: toUserDto(user, null), roles: parseRoles(user.roles_json) };
}
