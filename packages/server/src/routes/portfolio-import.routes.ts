import { api, importContentBase64MaxLength, xlsxMediaType } from '@vigil/contracts';
import {
  type VigilCore,
  commitImport,
  discardImport,
  exportAiSystemJson,
  exportPortfolioCsv,
  exportPortfolioXlsx,
  getImport,
  previewImport,
  startImport,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint, replySent } from '../http/bind';
import { actorOf } from '../http/principal';

// Room for the JSON around the largest accepted file; anything larger is refused while it streams in.
const uploadBodyLimitBytes = importContentBase64MaxLength + 64 * 1024;

export function registerPortfolioImportRoutes(app: FastifyInstance, core: VigilCore): void {
  const p = api.portfolioImport;
  bindEndpoint(app, p.upload, ({ body, request }) => startImport(core, actorOf(request), body), {
    bodyLimitBytes: uploadBodyLimitBytes,
  });
  bindEndpoint(app, p.get, ({ params, request }) => getImport(core, actorOf(request), params.id));
  bindEndpoint(app, p.preview, ({ params, body, request }) =>
    previewImport(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, p.commit, ({ params, body, request }) =>
    commitImport(core, actorOf(request), params.id, body),
  );
  bindEndpoint(app, p.discard, async ({ params, request }) => {
    await discardImport(core, actorOf(request), params.id);
    return undefined;
  });
  bindEndpoint(app, p.exportCsv, async ({ query, reply }) => {
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${exportName(core, 'csv')}"`);
    await reply.send(await exportPortfolioCsv(core, query));
    return replySent;
  });
  bindEndpoint(app, p.exportXlsx, async ({ query, reply }) => {
    reply
      .type(xlsxMediaType)
      .header('content-disposition', `attachment; filename="${exportName(core, 'xlsx')}"`);
    await reply.send(await exportPortfolioXlsx(core, query));
    return replySent;
  });
  bindEndpoint(app, p.exportJson, async ({ params, reply }) => {
    const document = await exportAiSystemJson(core, params.id);
    reply.header('content-disposition', `attachment; filename="ai-system-${params.id}.json"`);
    return document;
  });
}

function exportName(core: VigilCore, extension: string): string {
  return `vigil-portfolio-${core.clock.now().toISOString().slice(0, 10)}.${extension}`;
}
