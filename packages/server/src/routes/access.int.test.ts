import { type Endpoint, type Role, allEndpoints, roles, rolesGrant } from '@vigil/contracts';
import { dialectsUnderTest } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const placeholderId = '00000000-0000-4000-8000-000000000000';
const urlOf = (endpoint: Endpoint) => endpoint.path.replace(/:[A-Za-z]+/g, placeholderId);
// Logout ends the session, so it goes last for each role.
const endpoints = allEndpoints().sort(
  (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
);
const guarded = endpoints.filter((e) => e.access !== 'public');

function allowed(endpoint: Endpoint, role: Role): boolean {
  if (endpoint.access === 'public' || endpoint.access === 'authenticated') return true;
  return rolesGrant([role], endpoint.access);
}

describe.each(await dialectsUnderTest())('route × role matrix on %s', (dialect) => {
  let t: TestApp;
  const sessions = new Map<Role, SignedIn>();
  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const role of roles) sessions.set(role, await t.signInAs([role]));
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(guarded.map((e) => [`${e.method} ${e.path}`, e] as const))(
    '%s answers 401 problem+json without credentials',
    async (_name, endpoint) => {
      const response = await t.app.inject({
        method: endpoint.method,
        url: urlOf(endpoint),
        payload: endpoint.body ? {} : undefined,
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({ code: 'unauthenticated', status: 401 });
    },
  );

  it.each(roles)(
    'grants and refuses every route for the %s role exactly as the permission table says',
    async (role) => {
      const session = sessions.get(role);
      if (!session) throw new Error(`no session for ${role}`);
      const outcomes = [];
      for (const endpoint of endpoints) {
        const response = await t.as(session, {
          method: endpoint.method,
          url: urlOf(endpoint),
          payload: endpoint.body ? {} : undefined,
        });
        const refused = response.statusCode === 403 || response.statusCode === 401;
        outcomes.push({
          route: `${endpoint.method} ${endpoint.path}`,
          expected: allowed(endpoint, role),
          got: !refused,
          status: response.statusCode,
        });
      }
      expect(outcomes.filter((o) => o.expected !== o.got)).toEqual([]);
    },
  );

  it('refuses a staff member on every administration route with 403', async () => {
    const staff = await t.signInAs(['staff']);
    for (const url of [
      '/api/v1/users',
      '/api/v1/audit',
      '/api/v1/audit/verify',
      `/api/v1/users/${placeholderId}/tokens`,
    ]) {
      const response = await t.as(staff, { method: 'GET', url });
      expect(response.statusCode, url).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden' });
    }
  });
});
