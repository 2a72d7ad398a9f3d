import {
  type ErrorCode,
  type FieldError,
  type Problem,
  errorCatalog,
  problemType,
} from '@vigil/contracts';

/** The one table from error code to HTTP status. */
export const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  rate_limited: 429,
  internal_error: 500,
  database_unavailable: 503,
};

/** Builds the problem+json body for a code. */
export function toProblem(
  code: ErrorCode,
  detail: string,
  requestId: string,
  errors?: FieldError[],
): Problem {
  return {
    type: problemType(code),
    title: errorCatalog[code].title,
    status: statusByCode[code],
    detail,
    code,
    requestId,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
