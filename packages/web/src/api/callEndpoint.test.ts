import { api, type MeResponse } from '@vigil/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { callEndpoint, endpointUrl, serialiseQuery } from './callEndpoint';
import { queryClient } from './queryClient';
import { queryKeys } from './queryKeys';

const userId = '3f1c1d2e-8a4b-4c6d-9e0f-1a2b3c4d5e6f';

function respond(status: number, body?: unknown, type = 'application/json') {
  const fetchMock = vi.fn<typeof fetch>(
    async () =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': type },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function requestOf(fetchMock: ReturnType<typeof respond>): { url: string; init: RequestInit } {
  const call = fetchMock.mock.calls[0];
  if (!call) throw new Error('fetch was not called');
  const [input, init] = call;
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return { url, init: init ?? {} };
}

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe('endpoint URLs', () => {
  it('leaves out empty and undefined query values', () => {
    expect(serialiseQuery({ q: '', page: 2, role: undefined, action: 'user.created' })).toBe(
      '?page=2&action=user.created',
    );
  });

  it('fills and encodes path parameters', () => {
    expect(endpointUrl(api.tokens.listForUser, { params: { userId: 'a/b' } })).toBe(
      '/api/v1/users/a%2Fb/tokens',
    );
  });

  it('refuses to call a path with a missing parameter', () => {
    expect(() => endpointUrl(api.users.get)).toThrow(/Path parameter "id"/);
  });
});

describe('callEndpoint', () => {
  it('sends the csrf token from the cached session on state-changing requests', async () => {
    queryClient.setQueryData<Partial<MeResponse>>(queryKeys.me, { csrfToken: 'csrf-123' });
    const fetchMock = respond(204);
    await callEndpoint(api.tokens.revoke, { params: { id: userId } });
    const { url, init } = requestOf(fetchMock);
    expect(url).toBe(`/api/v1/tokens/${userId}`);
    expect(init.method).toBe('DELETE');
    expect(new Headers(init.headers).get('x-csrf-token')).toBe('csrf-123');
  });

  it('does not send the csrf token on reads', async () => {
    queryClient.setQueryData<Partial<MeResponse>>(queryKeys.me, { csrfToken: 'csrf-123' });
    const fetchMock = respond(200, { intact: true, checked: 3, firstBroken: null });
    await expect(callEndpoint(api.audit.verify)).resolves.toEqual({
      intact: true,
      checked: 3,
      firstBroken: null,
    });
    expect(new Headers(requestOf(fetchMock).init.headers).has('x-csrf-token')).toBe(false);
  });

  it('turns a problem body into an ApiError with field errors by form field', async () => {
    respond(
      400,
      {
        type: 'urn:vigil:problem:validation_failed',
        title: 'The request is not valid',
        status: 400,
        detail: 'body.email must be an email address',
        code: 'validation_failed',
        requestId: 'req-1',
        errors: [{ path: 'body.email', message: 'must be an email address' }],
      },
      'application/problem+json',
    );
    const error = await callEndpoint(api.auth.login, {
      body: { email: 'x', password: 'y' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    if (!(error instanceof ApiError)) return;
    expect(error.code).toBe('validation_failed');
    expect(error.requestId).toBe('req-1');
    expect(error.fieldErrorMap()).toEqual({ email: 'must be an email address' });
  });

  it('reports an answer that does not match the contract instead of returning it', async () => {
    respond(200, { intact: 'yes' });
    await expect(callEndpoint(api.audit.verify)).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(callEndpoint(api.auth.me)).rejects.toMatchObject({ code: 'network_error' });
  });
});
