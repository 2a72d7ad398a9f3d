import { type MeResponse, api, permissionsOf } from '@vigil/contracts';
import { type VigilCore, changeOwnPassword, login, logout } from '@vigil/core';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { type Principal, actorOf, sessionCookie } from '../http/principal';

export function registerAuthRoutes(
  app: FastifyInstance,
  core: VigilCore,
  options: { secureCookies: boolean },
): void {
  bindEndpoint(
    app,
    api.auth.login,
    async ({ body, request, reply }) => {
      const grant = await login(core, body, {
        requestId: String(request.id),
        previousSessionSecret: request.cookies[sessionCookie],
      });
      setSessionCookie(reply, grant.sessionSecret, options.secureCookies);
      return toMe({
        user: grant.user,
        roles: grant.roles,
        method: 'session',
        csrfToken: grant.csrfToken,
        sessionSecret: null,
      });
    },
    { rateLimit: { max: 20, timeWindow: '1 minute' } },
  );

  bindEndpoint(app, api.auth.logout, async ({ request, reply }) => {
    const secret = request.principal?.sessionSecret;
    if (secret) await logout(core, actorOf(request), secret);
    reply.clearCookie(sessionCookie, { path: '/' });
    return undefined;
  });

  bindEndpoint(app, api.auth.me, async ({ request }) => toMe(requirePrincipal(request.principal)));

  bindEndpoint(app, api.auth.changePassword, async ({ body, request }) => {
    await changeOwnPassword(core, actorOf(request), body);
    return undefined;
  });
}

function setSessionCookie(reply: FastifyReply, secret: string, secure: boolean): void {
  reply.setCookie(sessionCookie, secret, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new Error('route reached without a principal');
  return principal;
}

function toMe(principal: Principal): MeResponse {
  return {
    user: principal.user,
    permissions: permissionsOf(principal.roles),
    csrfToken: principal.csrfToken,
    authMethod: principal.method,
  };
}
