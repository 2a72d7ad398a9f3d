import { problem, type ErrorCode, type FieldError, type Problem } from '@vigil/contracts';

/** Codes the client itself produces when no problem body came back. */
export type ClientErrorCode = 'network_error' | 'bad_response';

/** A failed API call, rebuilt from the server's problem+json body with the contract schema. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly title: string;
  readonly requestId: string | null;
  readonly fieldErrors: readonly FieldError[];

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    title: string;
    detail: string;
    requestId?: string | null;
    fieldErrors?: readonly FieldError[];
  }) {
    super(init.detail);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.requestId = init.requestId ?? null;
    this.fieldErrors = init.fieldErrors ?? [];
  }

  static fromProblem(body: Problem): ApiError {
    return new ApiError({
      status: body.status,
      code: body.code,
      title: body.title,
      detail: body.detail,
      requestId: body.requestId,
      fieldErrors: body.errors ?? [],
    });
  }

  /** Turns any error body into an ApiError; a body that is not problem+json still fails loudly. */
  static fromResponseBody(status: number, body: unknown): ApiError {
    const parsed = problem.safeParse(body);
    if (parsed.success) return ApiError.fromProblem(parsed.data);
    return new ApiError({
      status,
      code: 'bad_response',
      title: 'Unexpected response from the server',
      detail: `The server answered with status ${status} and a body the app could not read.`,
    });
  }

  static network(cause: unknown): ApiError {
    const error = new ApiError({
      status: 0,
      code: 'network_error',
      title: 'Cannot reach the server',
      detail: 'Vigil could not reach its server. Check your connection and try again.',
    });
    error.cause = cause;
    return error;
  }

  /** Field errors keyed by form field: `body.email` becomes `email`. */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const { path, message } of this.fieldErrors) {
      const field = path.replace(/^(body|query|params)\./, '');
      map[field] = map[field] ? `${map[field]}; ${message}` : message;
    }
    return map;
  }
}

export function isApiError(error: unknown, code?: ApiError['code']): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
