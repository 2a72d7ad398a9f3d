import { timingSafeEqual } from 'node:crypto';
import { type Access, type Role, type UserDto, rolesGrant } from '@vigil/contracts';
import {
  type Actor,
  type VigilCore,
  DomainError,
  authenticateApiToken,
  authenticateSession,
} from '@vigil/core';
import type { FastifyRequest } from 'fastify';

export const sessionCookie = 'vigil_session';

export interface Principal {
  user: UserDto;
  roles: Role[];
  method: 'session' | 'token';
  csrfToken: string | null;
  sessionSecret: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** Resolves the caller from a bearer token or the session cookie; null when neither is valid. */
export async function resolvePrincipal(
  core: VigilCore,
  request: FastifyRequest,
): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const found = await authenticateApiToken(core, header.slice('Bearer '.length).trim());
    return found ? { ...found, method: 'token', csrfToken: null, sessionSecret: null } : null;
  }
  const sessionSecret = request.cookies[sessionCookie];
  if (!sessionSecret) return null;
  const found = await authenticateSession(core, sessionSecret);
  return found
    ? {
        user: found.user,
        roles: found.roles,
        method: 'session',
        csrfToken: found.csrfToken,
        sessionSecret,
      }
    : null;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Enforces a route's access rule. Cookie-authenticated writes must echo the session's CSRF
 * token in `x-csrf-token`; bearer tokens are not sent by browsers on their own, so they need none.
 * @throws DomainError unauthenticated, forbidden, csrf_failed
 */
export function enforceAccess(request: FastifyRequest, access: Access): void {
  if (access === 'public') return;
  const principal = request.principal;
  if (!principal)
    throw new DomainError(
      'unauthenticated',
      'Sign in, or send an API token as "Authorization: Bearer …"',
    );
  if (principal.method === 'session' && !safeMethods.has(request.method))
    checkCsrf(request, principal);
  if (access !== 'authenticated' && !rolesGrant(principal.roles, access)) {
    throw new DomainError(
      'forbidden',
      `This needs the ${access} permission, which your roles (${principal.roles.join(', ')}) do not grant`,
    );
  }
}

function checkCsrf(request: FastifyRequest, principal: Principal): void {
  const sent = request.headers['x-csrf-token'];
  const expected = principal.csrfToken ?? '';
  const ok =
    typeof sent === 'string' &&
    sent.length === expected.length &&
    timingSafeEqual(Buffer.from(sent), Buffer.from(expected));
  if (!ok)
    throw new DomainError(
      'csrf_failed',
      'Missing or wrong x-csrf-token header; reload the page and try again',
    );
}

/** The audit actor for a request. */
export function actorOf(request: FastifyRequest): Actor {
  const principal = request.principal;
  return {
    userId: principal?.user.id ?? null,
    label: principal?.user.email ?? 'anonymous',
    roles: principal?.roles ?? [],
    requestId: String(request.id),
  };
}
