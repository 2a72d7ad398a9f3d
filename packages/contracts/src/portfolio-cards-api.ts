import { z } from 'zod';
import { idParams } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import {
  modelCardDiffDto,
  modelCardDiffQuery,
  modelCardDto,
  modelCardImportInput,
  modelCardImportResult,
  modelCardSaveInput,
  modelCardVersionDto,
  modelCardVersionParams,
  portfolioCompletenessDto,
  portfolioCompletenessQuery,
} from './portfolio-cards';

const card = '/api/v1/portfolio/systems/:id/card';
const read: readonly ErrorCode[] = ['unauthenticated', 'forbidden', 'not_found'];
const write: readonly ErrorCode[] = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
];

export const portfolioCardEndpoints = {
  get: defineEndpoint({
    method: 'GET',
    path: card,
    summary: 'The current model card of an AI system, with its transparency completeness',
    tag: 'model cards',
    access: 'portfolio.read',
    params: idParams,
    response: modelCardDto,
    errors: read,
  }),
  versions: defineEndpoint({
    method: 'GET',
    path: `${card}/versions`,
    summary: 'Every saved version of a system’s model card, newest first',
    tag: 'model cards',
    access: 'portfolio.read',
    params: idParams,
    response: z.array(modelCardVersionDto),
    errors: read,
  }),
  getVersion: defineEndpoint({
    method: 'GET',
    path: `${card}/versions/:cardVersion`,
    summary: 'A model card as it was saved at one version',
    tag: 'model cards',
    access: 'portfolio.read',
    params: modelCardVersionParams,
    response: modelCardDto,
    errors: ['validation_failed', ...read],
  }),
  diff: defineEndpoint({
    method: 'GET',
    path: `${card}/diff`,
    summary: 'The fields that changed between two versions of a model card',
    tag: 'model cards',
    access: 'portfolio.read',
    params: idParams,
    query: modelCardDiffQuery,
    response: modelCardDiffDto,
    errors: ['validation_failed', ...read],
  }),
  save: defineEndpoint({
    method: 'PUT',
    path: card,
    summary: 'Save an edited model card as the system’s next card version',
    tag: 'model cards',
    access: 'portfolio.write',
    params: idParams,
    body: modelCardSaveInput,
    response: modelCardDto,
    successStatus: 201,
    errors: [...write, 'version_conflict'],
  }),
  importXml: defineEndpoint({
    method: 'POST',
    path: '/api/v1/portfolio/cards/import',
    summary:
      'Import a CHAI v0.2 model card XML as a new system, or as the next card version of an existing one',
    tag: 'model cards',
    access: 'portfolio.write',
    body: modelCardImportInput,
    response: modelCardImportResult,
    successStatus: 201,
    errors: [...write, 'payload_too_large', 'version_conflict'],
  }),
  exportXml: defineEndpoint({
    method: 'GET',
    path: `${card}.xml`,
    summary: 'Download the current model card as CHAI v0.2 XML',
    tag: 'model cards',
    access: 'portfolio.read',
    params: idParams,
    response: z.string(),
    produces: 'application/xml',
    errors: read,
  }),
  completeness: defineEndpoint({
    method: 'GET',
    path: '/api/v1/portfolio/completeness',
    summary: 'Transparency completeness of every system’s current card, with counts per band',
    tag: 'model cards',
    access: 'portfolio.read',
    query: portfolioCompletenessQuery,
    response: portfolioCompletenessDto,
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
};
