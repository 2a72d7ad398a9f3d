import { api } from '@vigil/contracts';
import {
  type VigilCore,
  createUser,
  getUser,
  listUserDirectory,
  listUsers,
  resetPassword,
  unlockUser,
  updateUser,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { actorOf } from '../http/principal';

export function registerUserRoutes(app: FastifyInstance, core: VigilCore): void {
  bindEndpoint(app, api.users.directory, ({ query }) => listUserDirectory(core, query));
  bindEndpoint(app, api.users.list, ({ query }) => listUsers(core, query));
  bindEndpoint(app, api.users.get, ({ params }) => getUser(core, params.id));
  bindEndpoint(app, api.users.create, ({ body, request }) =>
    createUser(core, actorOf(request), body),
  );
  bindEndpoint(app, api.users.update, ({ params, body, request }) =>
    updateUser(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, api.users.resetPassword, async ({ params, body, request }) => {
    await resetPassword(core, actorOf(request), params.id, body.password);
    return undefined;
  });
  bindEndpoint(app, api.users.unlock, ({ params, request }) =>
    unlockUser(core, actorOf(request), params.id),
  );
}
