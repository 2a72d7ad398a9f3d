import { api, modelCardImportBodyLimitBytes } from '@vigil/contracts';
import {
  type VigilCore,
  diffModelCardVersions,
  exportModelCardFile,
  getModelCard,
  getModelCardVersion,
  getPortfolioCompleteness,
  importModelCard,
  listModelCardVersions,
  saveModelCard,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint } from '../http/bind';
import { actorOf } from '../http/principal';

export function registerPortfolioCardRoutes(app: FastifyInstance, core: VigilCore): void {
  const c = api.portfolioCards;
  bindEndpoint(app, c.get, ({ params }) => getModelCard(core, params.id));
  bindEndpoint(app, c.versions, ({ params }) => listModelCardVersions(core, params.id));
  bindEndpoint(app, c.getVersion, ({ params }) =>
    getModelCardVersion(core, params.id, params.cardVersion),
  );
  bindEndpoint(app, c.diff, ({ params, query }) => diffModelCardVersions(core, params.id, query));
  bindEndpoint(app, c.save, ({ params, body, request }) =>
    saveModelCard(core, actorOf(request), params.id, body),
  );
  bindEndpoint(
    app,
    c.importXml,
    ({ body, request }) => importModelCard(core, actorOf(request), body),
    {
      bodyLimitBytes: modelCardImportBodyLimitBytes,
    },
  );
  bindEndpoint(app, c.exportXml, async ({ params, reply }) => {
    const file = await exportModelCardFile(core, params.id);
    return reply
      .type('application/xml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.xml);
  });
  bindEndpoint(app, c.completeness, ({ query }) => getPortfolioCompleteness(core, query));
}
