import type { ErrorCode, FieldError } from '@vigil/contracts';

/**
 * The one error type the domain throws. `message` is safe to show a user; `cause` is for
 * logs only and never leaves the server.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldError[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { details?: FieldError[]; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.code = code;
    this.details = options?.details;
  }
}

/** True for a DomainError with the given code. */
export function isDomainError(error: unknown, code?: ErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}

/** A readable reason from anything thrown. */
export function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : JSON.stringify(error);
}
