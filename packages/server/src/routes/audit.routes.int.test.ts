import { dialectsUnderTest, makeUser } from '@vigil/test-support';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

describe.each(await dialectsUnderTest())('audit trail over HTTP on %s', (dialect) => {
  let t: TestApp;
  let auditor: SignedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    auditor = await t.signInAs(['auditor']);
  });
  afterEach(async () => {
    await t.close();
  });

  it('records sign-in successes and failures with the request id', async () => {
    const user = await makeUser(t.core);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-request-id': 'req-bad-pw' },
      payload: { email: user.email, password: 'wrong password!' },
    });
    const page = await t.as(auditor, {
      method: 'GET',
      url: '/api/v1/audit?action=auth.login_failed',
    });
    expect(page.json()).toMatchObject({
      total: 1,
      items: [{ actorLabel: user.email, requestId: 'req-bad-pw', entityId: user.id }],
    });
    const ok = await t.as(auditor, {
      method: 'GET',
      url: '/api/v1/audit?action=auth.login_succeeded',
    });
    expect(ok.json<{ total: number }>().total).toBeGreaterThanOrEqual(1);
  });

  it('exports the filtered trail as CSV', async () => {
    await makeUser(t.core, { displayName: 'Quote "Me", Please' });
    const response = await t.as(auditor, {
      method: 'GET',
      url: '/api/v1/audit/export.csv?action=user.created',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="vigil-audit-/);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      'seq,at,actor_id,actor,action,entity_type,entity_id,changes,request_id,hash',
    );
    expect(lines.slice(1).every((line) => line.includes('user.created'))).toBe(true);
    expect(response.body).toContain('Quote \\""Me\\"", Please');
  });

  it('reports an intact chain, then the first entry edited behind Vigil’s back', async () => {
    await makeUser(t.core);
    expect(
      (await t.as(auditor, { method: 'GET', url: '/api/v1/audit/verify' })).json(),
    ).toMatchObject({ intact: true });
    await sql`update audit_log set entity_id = 'forged' where seq = 1`.execute(t.core.db);
    expect(
      (await t.as(auditor, { method: 'GET', url: '/api/v1/audit/verify' })).json(),
    ).toMatchObject({ intact: false, firstBroken: { seq: 1 } });
  });
});
