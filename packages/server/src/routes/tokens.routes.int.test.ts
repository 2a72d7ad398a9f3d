import { dialectsUnderTest } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../testing/test-app';

describe.each(await dialectsUnderTest())('personal API tokens on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  async function createToken(days = 30) {
    const owner = await t.signInAs(['data_scientist']);
    const response = await t.as(owner, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'monitoring upload', expiresInDays: days },
    });
    expect(response.statusCode).toBe(201);
    return { owner, ...response.json<{ secret: string; token: { id: string; prefix: string } }>() };
  }

  const bearer = (secret: string, url = '/api/v1/me') =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });

  it('shows the secret once and authenticates with it as the owner', async () => {
    const { secret, token } = await createToken();
    expect(secret.startsWith(token.prefix)).toBe(true);
    const me = await bearer(secret);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ authMethod: 'token', csrfToken: null });
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(listed.body).not.toContain(secret);
  });

  it('stores only a hash of the secret', async () => {
    const { secret } = await createToken();
    const rows = await t.core.db.selectFrom('api_tokens').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('stops working once revoked or expired', async () => {
    const { secret } = await createToken(1);
    expect((await bearer(secret)).statusCode).toBe(200);
    t.core.clock.advance(86_400_000 + 1000);
    expect((await bearer(secret)).statusCode).toBe(401);
    const fresh = await createToken();
    expect(
      (await t.as(fresh.owner, { method: 'DELETE', url: `/api/v1/tokens/${fresh.token.id}` }))
        .statusCode,
    ).toBe(204);
    expect((await bearer(fresh.secret)).statusCode).toBe(401);
  });

  it('lets an admin revoke anyone’s token but hides other people’s tokens from non-admins', async () => {
    const { secret, token } = await createToken();
    const other = await t.signInAs(['staff']);
    expect(
      (await t.as(other, { method: 'DELETE', url: `/api/v1/tokens/${token.id}` })).statusCode,
    ).toBe(404);
    const admin = await t.signInAs(['admin']);
    expect(
      (await t.as(admin, { method: 'DELETE', url: `/api/v1/tokens/${token.id}` })).statusCode,
    ).toBe(204);
    expect((await bearer(secret)).statusCode).toBe(401);
  });

  it('needs no CSRF header for bearer writes', async () => {
    const { secret } = await createToken();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { authorization: `Bearer ${secret}` },
      payload: { name: 'second' },
    });
    expect(response.statusCode).toBe(201);
  });

  it('refuses a staff token on administration routes', async () => {
    const staff = await t.signInAs(['staff']);
    const created = await t.as(staff, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { name: 'mine' },
    });
    const { secret } = created.json<{ secret: string }>();
    expect((await bearer(secret, '/api/v1/users')).statusCode).toBe(403);
  });
});
