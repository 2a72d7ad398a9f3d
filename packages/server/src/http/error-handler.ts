import type { ErrorCode, FieldError } from '@vigil/contracts';
import { isDomainError } from '@vigil/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { statusByCode, toProblem } from './problem';

/** Sends a problem+json response; the body is serialised here so no route schema reshapes it. */
export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
): FastifyReply {
  const body = toProblem(code, detail, String(reply.request.id), errors);
  return reply
    .code(statusByCode[code])
    .type('application/problem+json')
    .serializer((payload: unknown) => JSON.stringify(payload))
    .send(body);
}

function fieldErrors(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).flatMap((issue) => {
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const base = path ? `${context}.${path}` : context;
    // zod reports unknown fields once for the object; name each field instead.
    const keys: unknown = issue.params.keys;
    if (Array.isArray(keys) && keys.length > 0) {
      return keys.map((key) => ({
        path: `${base}.${String(key)}`,
        message: 'is not a known field',
      }));
    }
    return [{ path: base, message: issue.message ?? 'is invalid' }];
  });
}

const codeByFastifyError: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
};

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  if (status === 429) return 'rate_limited';
  return 'validation_failed';
}

/** Maps every error to problem+json; unknown errors are logged with their stack and never leak it. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isDomainError(error)) {
      if (error.code === 'database_unavailable' || error.code === 'internal_error')
        request.log.error({ err: error }, error.message);
      return sendProblem(reply, error.code, error.message, error.details);
    }
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const errors = fieldErrors(error);
      const summary = errors.map((e) => `${e.path} ${e.message}`).join('; ');
      return sendProblem(
        reply,
        'validation_failed',
        `The request is not valid: ${summary}`,
        errors,
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = codeByFastifyError[error.code] ?? codeForStatus(status);
      return sendProblem(reply, code, error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      reply,
      'internal_error',
      `An unexpected error occurred; quote request id ${String(request.id)} when reporting it`,
    );
  });
}
