import { Readable } from 'node:stream';
import { api } from '@vigil/contracts';
import {
  type VigilCore,
  auditCsvHeader,
  auditCsvLine,
  iterateAudit,
  listAudit,
  verifyAuditChain,
} from '@vigil/core';
import type { AuditFilter } from '@vigil/contracts';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint, replySent } from '../http/bind';

export function registerAuditRoutes(app: FastifyInstance, core: VigilCore): void {
  bindEndpoint(app, api.audit.list, ({ query }) => listAudit(core, query));
  bindEndpoint(app, api.audit.verify, () => verifyAuditChain(core));
  bindEndpoint(app, api.audit.exportCsv, async ({ query, reply }) => {
    const day = core.clock.now().toISOString().slice(0, 10);
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="vigil-audit-${day}.csv"`);
    await reply.send(Readable.from(csvLines(core, query)));
    return replySent;
  });
}

async function* csvLines(core: VigilCore, filter: AuditFilter): AsyncGenerator<string> {
  yield auditCsvHeader();
  for await (const entry of iterateAudit(core, filter)) yield auditCsvLine(entry);
}
