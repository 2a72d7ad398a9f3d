import { z } from 'zod';
import { idParams, noContent } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import { documentParams, documentUploadInput, systemDocumentDto } from './portfolio-documents';

const documents = '/api/v1/portfolio/systems/:id/documents';
const read: readonly ErrorCode[] = ['unauthenticated', 'forbidden', 'not_found'];
const write: readonly ErrorCode[] = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
];

export const portfolioDocumentEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: documents,
    summary: 'The documents attached to an AI system, newest first',
    tag: 'documents',
    access: 'portfolio.read',
    params: idParams,
    response: z.array(systemDocumentDto),
    errors: read,
  }),
  upload: defineEndpoint({
    method: 'POST',
    path: documents,
    summary:
      'Attach a document to an AI system: PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV or Markdown, at most 10 MiB',
    tag: 'documents',
    access: 'portfolio.write',
    params: idParams,
    body: documentUploadInput,
    response: systemDocumentDto,
    successStatus: 201,
    errors: [...write, 'payload_too_large'],
  }),
  download: defineEndpoint({
    method: 'GET',
    path: `${documents}/:documentId/content`,
    summary: 'Download a document as an attachment, with the media type it was stored as',
    tag: 'documents',
    access: 'portfolio.read',
    params: documentParams,
    response: z.string(),
    produces: 'application/octet-stream',
    errors: ['validation_failed', ...read],
  }),
  remove: defineEndpoint({
    method: 'DELETE',
    path: `${documents}/:documentId`,
    summary: 'Remove a document from an AI system',
    tag: 'documents',
    access: 'portfolio.write',
    params: documentParams,
    response: noContent,
    successStatus: 204,
    errors: write,
  }),
};
