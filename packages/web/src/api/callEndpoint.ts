import type { Endpoint, EndpointBody, EndpointParams, EndpointQuery } from '@vigil/contracts';
import type { z } from 'zod';
import { ApiError } from './ApiError';
import { getCsrfToken } from './session';

export interface CallInput<E> {
  params?: EndpointParams<E>;
  query?: EndpointQuery<E>;
  body?: EndpointBody<E>;
  signal?: AbortSignal;
}

type UrlInput<E> = Pick<CallInput<E>, 'params' | 'query'>;

function entriesOf(value: unknown): [string, unknown][] {
  return typeof value === 'object' && value !== null ? Object.entries(value) : [];
}

/** Path and query values are scalars in every contract; anything else is a caller bug. */
function scalarText(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${what} must be a string, number or boolean`);
}

function fillPath(path: string, params: unknown): string {
  const values = new Map(entriesOf(params));
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) =>
    encodeURIComponent(scalarText(values.get(name), `Path parameter "${name}" of ${path}`)),
  );
}

/** Empty strings and undefined are left out, so an unset filter never reaches the server. */
export function serialiseQuery(query: unknown): string {
  const search = new URLSearchParams();
  for (const [key, value] of entriesOf(query)) {
    if (value === undefined || value === null || value === '') continue;
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of items) search.append(key, scalarText(item, `Query parameter "${key}"`));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The URL of an endpoint with its path filled and query serialised (for links and downloads). */
export function endpointUrl<E extends Endpoint>(endpoint: E, input: UrlInput<E> = {}): string {
  return fillPath(endpoint.path, input.params) + serialiseQuery(input.query);
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Calls one contract endpoint. Responses are parsed with the contract's response schema,
 * so a server that drifts from the contract fails here instead of deep inside a page.
 * @throws ApiError for every non-2xx answer, unreachable server, or off-contract body
 */
export async function callEndpoint<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
>(
  endpoint: Endpoint<P, Q, B, R>,
  input: CallInput<Endpoint<P, Q, B, R>> = {},
): Promise<z.output<R>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const hasBody = input.body !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';
  if (endpoint.method !== 'GET') {
    const csrf = getCsrfToken();
    if (csrf) headers['x-csrf-token'] = csrf;
  }

  let response: Response;
  try {
    response = await fetch(endpointUrl(endpoint, input), {
      method: endpoint.method,
      headers,
      body: hasBody ? JSON.stringify(input.body) : null,
      credentials: 'same-origin',
      signal: input.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw ApiError.network(cause);
  }

  const body = response.status === 204 ? undefined : await readJson(response);
  if (!response.ok) throw ApiError.fromResponseBody(response.status, body);

  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      status: response.status,
      code: 'bad_response',
      title: 'Unexpected response from the server',
      detail: `The answer from ${endpoint.method} ${endpoint.path} did not match the contract.`,
    });
  }
  return parsed.data;
}
