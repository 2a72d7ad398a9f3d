import { api } from '@vigil/contracts';
import {
  type VigilCore,
  createApiToken,
  listApiTokens,
  listApiTokensForUser,
  revokeApiTokenById,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { actorOf } from '../http/principal';

export function registerTokenRoutes(app: FastifyInstance, core: VigilCore): void {
  bindEndpoint(app, api.tokens.listOwn, ({ request }) =>
    listApiTokens(core, actorOf(request).userId ?? ''),
  );
  bindEndpoint(app, api.tokens.create, ({ body, request }) => {
    const actor = actorOf(request);
    return createApiToken(core, actor, actor.userId ?? '', body);
  });
  bindEndpoint(app, api.tokens.revoke, async ({ params, request }) => {
    await revokeApiTokenById(core, actorOf(request), params.id);
    return undefined;
  });
  bindEndpoint(app, api.tokens.listForUser, ({ params }) =>
    listApiTokensForUser(core, params.userId),
  );
}
