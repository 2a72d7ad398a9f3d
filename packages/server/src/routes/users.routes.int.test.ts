import { dialectsUnderTest, makeUser } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const newUser = {
  email: 'Nurse.Lead@Example.test',
  displayName: 'Nurse Lead',
  password: 'long enough password',
  roles: ['staff'],
};

describe.each(await dialectsUnderTest())('user administration on %s', (dialect) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signInAs(['admin']);
  });
  afterEach(async () => {
    await t.close();
  });

  const userCount = async () => (await t.core.db.selectFrom('users').select('id').execute()).length;

  it('creates a user with a normalised email and records it in the audit trail', async () => {
    const response = await t.as(admin, { method: 'POST', url: '/api/v1/users', payload: newUser });
    expect(response.statusCode).toBe(201);
    const created = response.json<{ id: string; email: string; version: number }>();
    expect(created).toMatchObject({ email: 'nurse.lead@example.test', version: 1 });
    const audit = await t.as(admin, {
      method: 'GET',
      url: `/api/v1/audit?entityType=user&entityId=${created.id}`,
    });
    expect(audit.json()).toMatchObject({
      total: 1,
      items: [{ action: 'user.created', changes: { roles: { before: null, after: ['staff'] } } }],
    });
    expect(audit.body).not.toContain('long enough password');
  });

  it('rejects a duplicate email with 409 naming the field and writes nothing', async () => {
    await t.as(admin, { method: 'POST', url: '/api/v1/users', payload: newUser });
    const before = await userCount();
    const response = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...newUser, email: 'nurse.lead@example.test' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'conflict', errors: [{ path: 'body.email' }] });
    expect(await userCount()).toBe(before);
  });

  it.each([
    ['a short password', { ...newUser, password: 'short' }, 'body.password'],
    ['an unknown field', { ...newUser, isSuperuser: true }, 'body.isSuperuser'],
    ['a wrong type', { ...newUser, roles: 'staff' }, 'body.roles'],
    ['an unknown role', { ...newUser, roles: ['wizard'] }, 'body.roles.0'],
  ])('rejects %s with 400 naming the field and writes nothing', async (_case, payload, path) => {
    const before = await userCount();
    const response = await t.as(admin, { method: 'POST', url: '/api/v1/users', payload });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
      path,
    );
    expect(await userCount()).toBe(before);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await t.as(admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { ...newUser, displayName: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses a stale version with 409 so concurrent edits never overwrite each other', async () => {
    const user = await makeUser(t.core);
    const first = await t.as(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { version: 1, displayName: 'First edit' },
    });
    expect(first.json()).toMatchObject({ displayName: 'First edit', version: 2 });
    const second = await t.as(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { version: 1, displayName: 'Second edit' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'version_conflict' });
    const now = await t.as(admin, { method: 'GET', url: `/api/v1/users/${user.id}` });
    expect(now.json()).toMatchObject({ displayName: 'First edit' });
  });

  it('records the before and after of changed fields only', async () => {
    const user = await makeUser(t.core, { roles: ['staff'] });
    await t.as(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { version: 1, roles: ['staff', 'educator'] },
    });
    const audit = await t.as(admin, {
      method: 'GET',
      url: `/api/v1/audit?action=user.updated&entityId=${user.id}`,
    });
    expect(audit.json()).toMatchObject({
      items: [{ changes: { roles: { before: ['staff'], after: ['educator', 'staff'] } } }],
    });
    expect(
      Object.keys(audit.json<{ items: { changes: object }[] }>().items[0]?.changes ?? {}),
    ).toEqual(['roles']);
  });

  it('keeps at least one active administrator', async () => {
    const me = await t.as(admin, { method: 'GET', url: '/api/v1/me' });
    const { id, version } = me.json<{ user: { id: string; version: number } }>().user;
    const response = await t.as(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { version, roles: ['staff'] },
    });
    expect(response.statusCode).toBe(409);
  });

  it('ends the sessions of a deactivated user and of one whose password was reset', async () => {
    const user = await makeUser(t.core);
    const session = await t.signIn(user.email);
    await t.as(admin, {
      method: 'POST',
      url: `/api/v1/users/${user.id}/password`,
      payload: { password: 'reset by the admin' },
    });
    expect((await t.as(session, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const again = await t.signIn(user.email, 'reset by the admin');
    await t.as(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      payload: { version: 2, isActive: false },
    });
    expect((await t.as(again, { method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('searches by name or email and filters by role', async () => {
    await makeUser(t.core, {
      displayName: 'Ada Lovelace',
      roles: ['committee_member'],
      disciplines: ['data_science'],
    });
    await makeUser(t.core, { displayName: 'Grace Hopper', roles: ['educator'] });
    const byName = await t.as(admin, { method: 'GET', url: '/api/v1/users?q=lovel' });
    expect(
      byName.json<{ items: { displayName: string }[] }>().items.map((u) => u.displayName),
    ).toEqual(['Ada Lovelace']);
    const byRole = await t.as(admin, { method: 'GET', url: '/api/v1/users?role=committee_member' });
    expect(byRole.json()).toMatchObject({ total: 1, items: [{ disciplines: ['data_science'] }] });
    const wildcard = await t.as(admin, { method: 'GET', url: '/api/v1/users?q=%25' });
    expect(wildcard.json()).toMatchObject({ total: 0 });
  });

  it('lets anyone signed in find active colleagues by name or email, without their roles', async () => {
    await makeUser(t.core, { displayName: 'Hannah Owner', roles: ['model_owner'] });
    const gone = await makeUser(t.core, { displayName: 'Hannah Gone' });
    await t.as(admin, {
      method: 'PATCH',
      url: `/api/v1/users/${gone.id}`,
      payload: { version: 1, isActive: false },
    });
    const staff = await t.signInAs(['staff']);
    const response = await t.as(staff, { method: 'GET', url: '/api/v1/directory/users?q=hannah' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      {
        id: expect.any(String) as string,
        displayName: 'Hannah Owner',
        email: expect.any(String) as string,
      },
    ]);
  });
});
