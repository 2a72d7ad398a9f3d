import type { Endpoint, ErrorCode } from '@vigil/contracts';
import { problem } from '@vigil/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { statusByCode } from './problem';
import { enforceAccess } from './principal';

/**
 * What a handler returns after sending a non-JSON body (CSV, XML, calendar) itself. Returning
 * the reply would not do: a Fastify reply is thenable, so awaiting it yields undefined.
 */
export const replySent = Symbol('replySent');

export interface HandlerInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/**
 * Registers a contract endpoint: its schemas validate the request and document the route,
 * its access rule is enforced before the handler runs, and the handler's value is the body
 * (or `replySent`, when the handler has sent a non-JSON body itself).
 */
export function bindEndpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(
  app: FastifyInstance,
  endpoint: Endpoint<P, Q, B, R>,
  handler: (
    input: HandlerInput<Out<P>, Out<Q>, Out<B>>,
  ) => Promise<z.input<R> | undefined | typeof replySent>,
  options: { rateLimit?: { max: number; timeWindow: string }; bodyLimitBytes?: number } = {},
): void {
  const successStatus = endpoint.successStatus ?? 200;
  app.route({
    method: endpoint.method,
    url: endpoint.path,
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimit: options.bodyLimitBytes }),
    ...(options.rateLimit ? { config: { rateLimit: options.rateLimit } } : {}),
    schema: {
      summary: endpoint.summary,
      tags: [endpoint.tag],
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { querystring: endpoint.query } : {}),
      ...(endpoint.body ? { body: endpoint.body } : {}),
      response: responseSchemas(endpoint, successStatus),
      ...(endpoint.access === 'public' ? {} : { security: [{ session: [] }, { bearer: [] }] }),
    },
    // Before validation, so an anonymous caller learns nothing about the body rules.
    preValidation: async (request) => {
      enforceAccess(request, endpoint.access);
    },
    handler: async (request, reply) => {
      // The casts only restate what the contract schemas above already validated and parsed.
      const value = await handler({
        params: request.params as Out<P>,
        query: request.query as Out<Q>,
        body: request.body as Out<B>,
        request,
        reply,
      });
      if (value === replySent) return reply;
      reply.code(successStatus);
      return successStatus === 204 ? reply.send() : reply.send(value);
    },
  });
}

function responseSchemas(endpoint: Endpoint, successStatus: number): Record<number, z.ZodType> {
  const schemas: Record<number, z.ZodType> = {};
  if (successStatus !== 204 && (endpoint.produces ?? 'application/json') === 'application/json') {
    schemas[successStatus] = endpoint.response;
  }
  const errorCodes: readonly ErrorCode[] = [...endpoint.errors, 'internal_error'];
  for (const code of errorCodes) schemas[statusByCode[code]] ??= problem;
  return schemas;
}
