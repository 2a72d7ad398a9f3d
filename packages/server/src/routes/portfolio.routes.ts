import { api } from '@vigil/contracts';
import {
  type VigilCore,
  createAiSystem,
  createSavedView,
  deleteSavedView,
  diffAiSystemVersions,
  getAiSystem,
  getAiSystemVersion,
  getPortfolioFacets,
  listAiSystemVersions,
  listAiSystems,
  listSavedViews,
  updateAiSystem,
  updateSavedView,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { actorOf } from '../http/principal';

export function registerPortfolioRoutes(app: FastifyInstance, core: VigilCore): void {
  const p = api.portfolio;
  bindEndpoint(app, p.facets, ({ query }) => getPortfolioFacets(core, query));
  bindEndpoint(app, p.list, ({ query }) => listAiSystems(core, query));
  bindEndpoint(app, p.get, ({ params }) => getAiSystem(core, params.id));
  bindEndpoint(app, p.create, ({ body, request }) => createAiSystem(core, actorOf(request), body));
  bindEndpoint(app, p.update, ({ params, body, request }) =>
    updateAiSystem(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, p.history, ({ params }) => listAiSystemVersions(core, params.id));
  bindEndpoint(app, p.getVersion, ({ params }) =>
    getAiSystemVersion(core, params.id, params.version),
  );
  bindEndpoint(app, p.diff, ({ params, query }) => diffAiSystemVersions(core, params.id, query));
  bindEndpoint(app, p.listViews, ({ request }) => listSavedViews(core, actorOf(request)));
  bindEndpoint(app, p.createView, ({ body, request }) =>
    createSavedView(core, actorOf(request), body),
  );
  bindEndpoint(app, p.updateView, ({ params, body, request }) =>
    updateSavedView(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, p.deleteView, async ({ params, request }) => {
    await deleteSavedView(core, actorOf(request), params.id);
    return undefined;
  });
}
