import { api, documentUploadBodyLimitBytes } from '@vigil/contracts';
import {
  type VigilCore,
  getSystemDocumentFile,
  listSystemDocuments,
  removeSystemDocument,
  uploadSystemDocument,
} from '@vigil/core';
import type { FastifyInstance } from 'fastify';
import { bindEndpoint, replySent } from '../http/bind';
import { actorOf } from '../http/principal';

/** Text types are served with their charset; every other stored type as it is. */
const textTypes = new Set(['text/plain', 'text/csv', 'text/markdown']);

/** An attachment header safe for any name: an ASCII fallback plus the UTF-8 name (RFC 6266). */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function registerPortfolioDocumentRoutes(app: FastifyInstance, core: VigilCore): void {
  const d = api.portfolioDocuments;
  bindEndpoint(app, d.list, ({ params }) => listSystemDocuments(core, params.id));
  bindEndpoint(
    app,
    d.upload,
    ({ params, body, request }) => uploadSystemDocument(core, actorOf(request), params.id, body),
    { bodyLimitBytes: documentUploadBodyLimitBytes },
  );
  bindEndpoint(app, d.download, async ({ params, reply }) => {
    const file = await getSystemDocumentFile(core, params.id, params.documentId);
    // Always an attachment, never sniffed, and sandboxed should a browser render it anyway.
    await reply
      .type(textTypes.has(file.mediaType) ? `${file.mediaType}; charset=utf-8` : file.mediaType)
      .header('content-disposition', attachmentDisposition(file.filename))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', 'sandbox')
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
    return replySent;
  });
  bindEndpoint(app, d.remove, async ({ params, request }) => {
    await removeSystemDocument(core, actorOf(request), params.id, params.documentId);
    return undefined;
  });
}
