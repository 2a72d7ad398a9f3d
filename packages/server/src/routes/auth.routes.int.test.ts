import { dialectsUnderTest, makeUser, testPassword } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestApp, createTestApp } from '../testing/test-app';

const login = (t: TestApp, email: string, password: string, cookie?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    headers: cookie ? { cookie } : {},
  });

describe.each(await dialectsUnderTest())('sign-in and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => {
    await t.close();
  });

  it('signs in with a correct password and sets an httpOnly SameSite=Strict session cookie', async () => {
    const user = await makeUser(t.core, { roles: ['caio'] });
    const response = await login(t, user.email, testPassword);
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toMatch(
      /vigil_session=.+; Path=\/; HttpOnly; SameSite=Strict/,
    );
    expect(response.json()).toMatchObject({
      user: { email: user.email, roles: ['caio'] },
      authMethod: 'session',
    });
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await makeUser(t.core);
    const wrong = await login(t, user.email, 'not the password at all');
    const unknown = await login(t, 'nobody@example.test', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
  });

  it('locks an email after five failures, whether or not it has an account, until an admin unlocks it', async () => {
    const user = await makeUser(t.core);
    for (const email of [user.email, 'ghost@example.test']) {
      for (let i = 0; i < 5; i += 1) await login(t, email, 'wrong password here');
      const locked = await login(t, email, email === user.email ? testPassword : 'anything at all');
      expect(locked.statusCode, email).toBe(429);
      expect(locked.json()).toMatchObject({ code: 'rate_limited' });
    }
    const admin = await t.signInAs(['admin']);
    const unlock = await t.as(admin, { method: 'POST', url: `/api/v1/users/${user.id}/unlock` });
    expect(unlock.json()).toMatchObject({ lockedUntil: null });
    expect((await login(t, user.email, testPassword)).statusCode).toBe(200);
  });

  it('lifts the lock by itself after the lockout period', async () => {
    const user = await makeUser(t.core);
    for (let i = 0; i < 5; i += 1) await login(t, user.email, 'wrong password here');
    expect((await login(t, user.email, testPassword)).statusCode).toBe(429);
    t.core.clock.advance(16 * 60_000);
    expect((await login(t, user.email, testPassword)).statusCode).toBe(200);
  });

  it('ends a session after 30 idle minutes but keeps an active one alive', async () => {
    const session = await t.signInAs(['staff']);
    t.core.clock.advance(20 * 60_000);
    expect((await t.as(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    t.core.clock.advance(20 * 60_000);
    expect((await t.as(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(200);
    t.core.clock.advance(31 * 60_000);
    expect((await t.as(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('rotates the session on sign-in so the previous cookie stops working', async () => {
    const user = await makeUser(t.core);
    const first = await t.signIn(user.email);
    const second = await login(t, user.email, testPassword, first.cookie);
    expect(second.statusCode).toBe(200);
    expect((await t.as(first, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('kills the session on logout', async () => {
    const session = await t.signInAs(['staff']);
    expect((await t.as(session, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(
      204,
    );
    expect((await t.as(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const session = await t.signInAs(['staff']);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: session.cookie },
      payload: { name: 'cli' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_failed' });
  });

  it('changes the own password only with the current one', async () => {
    const user = await makeUser(t.core);
    const session = await t.signIn(user.email);
    const wrong = await t.as(session, {
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'nope', newPassword: 'a brand new password' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.as(session, {
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: testPassword, newPassword: 'a brand new password' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await login(t, user.email, 'a brand new password')).statusCode).toBe(200);
  });
});
