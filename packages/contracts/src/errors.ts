import { z } from 'zod';

/**
 * Every error code Vigil returns. Codes are stable identifiers clients can switch on;
 * `reportable` marks the ones that indicate a bug or outage rather than a user mistake.
 */
export const errorCatalog = {
  validation_failed: { title: 'The request is not valid', reportable: false },
  payload_too_large: { title: 'The request body is too large', reportable: false },
  unsupported_media_type: { title: 'The request body has an unsupported type', reportable: false },
  unauthenticated: { title: 'Sign-in required', reportable: false },
  invalid_credentials: { title: 'Email or password is incorrect', reportable: false },
  forbidden: { title: 'You do not have permission to do this', reportable: false },
  csrf_failed: { title: 'The request was not confirmed by the app', reportable: false },
  not_found: { title: 'Not found', reportable: false },
  conflict: { title: 'The request conflicts with existing data', reportable: false },
  version_conflict: { title: 'Someone else changed this record first', reportable: false },
  rate_limited: { title: 'Too many requests', reportable: false },
  internal_error: { title: 'Something went wrong on our side', reportable: true },
  database_unavailable: { title: 'The database is not available', reportable: true },
} as const;

export type ErrorCode = keyof typeof errorCatalog;
export const errorCodes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];
export const errorCode = z.enum(errorCodes);

export const fieldError = z.object({
  path: z.string().describe('Dotted path of the offending field, e.g. body.email'),
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldError>;

/** RFC 9457 problem details, the body of every error response. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: errorCode,
  requestId: z.string(),
  errors: z.array(fieldError).optional(),
});
export type Problem = z.infer<typeof problem>;

/** The problem `type` URI for a code. */
export function problemType(code: ErrorCode): string {
  return `urn:vigil:problem:${code}`;
}
