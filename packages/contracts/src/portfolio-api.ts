import { z } from 'zod';
import { idParams, noContent, paged } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import {
  aiSystemCreateInput,
  aiSystemDiffDto,
  aiSystemDiffQuery,
  aiSystemDto,
  aiSystemUpdateInput,
  aiSystemVersionDto,
  aiSystemVersionParams,
  aiSystemVersionSnapshotDto,
  portfolioListQuery,
  savedViewCreateInput,
  savedViewDto,
  savedViewUpdateInput,
} from './portfolio';

const systems = '/api/v1/portfolio/systems';
const views = '/api/v1/portfolio/views';
const read: readonly ErrorCode[] = ['unauthenticated', 'forbidden', 'not_found'];
const write: readonly ErrorCode[] = ['validation_failed', 'unauthenticated', 'forbidden', 'csrf_failed'];

export const portfolioEndpoints = {
  list: defineEndpoint({
    method: 'GET', path: systems, summary: 'Search and filter the AI systems in the portfolio',
    tag: 'portfolio', access: 'portfolio.read', query: portfolioListQuery, response: paged(aiSystemDto),
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  get: defineEndpoint({
    method: 'GET', path: `${systems}/:id`, summary: 'Get an AI system', tag: 'portfolio',
    access: 'portfolio.read', params: idParams, response: aiSystemDto, errors: read,
  }),
  create: defineEndpoint({
    method: 'POST', path: systems, summary: 'Register an AI system (proposed, or already in use when imported)',
    tag: 'portfolio', access: 'portfolio.write', body: aiSystemCreateInput, response: aiSystemDto, successStatus: 201,
    errors: write,
  }),
  update: defineEndpoint({
    method: 'PATCH', path: `${systems}/:id`, summary: 'Change an AI system’s record at the version you read',
    tag: 'portfolio', access: 'portfolio.write', params: idParams, body: aiSystemUpdateInput, response: aiSystemDto,
    errors: [...write, 'not_found', 'version_conflict'],
  }),
  history: defineEndpoint({
    method: 'GET', path: `${systems}/:id/versions`, summary: 'Every saved version of an AI system, newest first',
    tag: 'portfolio', access: 'portfolio.read', params: idParams, response: z.array(aiSystemVersionDto), errors: read,
  }),
  getVersion: defineEndpoint({
    method: 'GET', path: `${systems}/:id/versions/:version`, summary: 'An AI system as it was saved at one version',
    tag: 'portfolio', access: 'portfolio.read', params: aiSystemVersionParams, response: aiSystemVersionSnapshotDto,
    errors: ['validation_failed', ...read],
  }),
  diff: defineEndpoint({
    method: 'GET', path: `${systems}/:id/diff`, summary: 'The fields that differ between two versions of an AI system',
    tag: 'portfolio', access: 'portfolio.read', params: idParams, query: aiSystemDiffQuery, response: aiSystemDiffDto,
    errors: ['validation_failed', ...read],
  }),
  listViews: defineEndpoint({
    method: 'GET', path: views, summary: 'Your saved portfolio views', tag: 'portfolio',
    access: 'portfolio.read', response: z.array(savedViewDto), errors: ['unauthenticated', 'forbidden'],
  }),
  createView: defineEndpoint({
    method: 'POST', path: views, summary: 'Save a portfolio search and filters under a name', tag: 'portfolio',
    access: 'portfolio.read', body: savedViewCreateInput, response: savedViewDto, successStatus: 201,
    errors: [...write, 'conflict'],
  }),
  updateView: defineEndpoint({
    method: 'PATCH', path: `${views}/:id`, summary: 'Rename one of your saved views or change its query', tag: 'portfolio',
    access: 'portfolio.read', params: idParams, body: savedViewUpdateInput, response: savedViewDto,
    errors: [...write, 'not_found', 'conflict'],
  }),
  deleteView: defineEndpoint({
    method: 'DELETE', path: `${views}/:id`, summary: 'Delete one of your saved views', tag: 'portfolio',
    access: 'portfolio.read', params: idParams, response: noContent, successStatus: 204,
    errors: ['unauthenticated', 'forbidden', 'csrf_failed', 'not_found'],
  }),
};
