import { mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roles } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { createTestCore } from '@vigil/test-support';
import { buildApp } from './app';
import { startVigilServer } from './start';

const freshDir = () => mkdtempSync(join(tmpdir(), 'vigil-start-'));
const quiet = { port: 0, logLevel: 'silent', webDistDir: null } as const;

describe('first start', () => {
  it('seeds Example Health with a demo user for every role, once', async () => {
    const dataDir = freshDir();
    const server = await startVigilServer({ ...quiet, dataDir });
    try {
      expect(server.firstStart.demo?.seeded).toBe(true);
      const held = new Set(server.firstStart.demo?.accounts.flatMap((a) => a.roles));
      expect([...roles].filter((r) => !held.has(r))).toEqual([]);
      const info = await (await fetch(`${server.url}/api/v1/instance`)).json();
      expect(info).toMatchObject({
        institutionName: 'Example Health',
        demo: { password: 'example-health-demo' },
      });
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'amara.okafor@example-health.org',
          password: 'example-health-demo',
        }),
      });
      expect(login.status).toBe(200);
    } finally {
      await server.close();
    }
    const again = await startVigilServer({ ...quiet, dataDir });
    expect(again.firstStart.demo?.seeded).toBe(false);
    await again.close();
  });

  it('starts empty with a named first administrator when the demo is off', async () => {
    const server = await startVigilServer({
      ...quiet,
      dataDir: freshDir(),
      demo: false,
      adminEmail: 'CAIO@Hospital.example',
      adminPassword: 'a long admin password',
    });
    try {
      expect(server.firstStart.admin).toEqual({
        created: true,
        email: 'caio@hospital.example',
        generatedPassword: null,
      });
      const info = await (await fetch(`${server.url}/api/v1/instance`)).json();
      expect(info).toMatchObject({ demo: null });
    } finally {
      await server.close();
    }
  });

  it('generates a one-time password when none is given', async () => {
    const server = await startVigilServer({ ...quiet, dataDir: freshDir(), demo: false });
    try {
      const admin = server.firstStart.admin;
      expect(admin?.created && admin.generatedPassword?.length).toBeGreaterThanOrEqual(20);
    } finally {
      await server.close();
    }
  });

  it('refuses a short VIGIL_ADMIN_PASSWORD before touching the database', async () => {
    await expect(
      startVigilServer({ ...quiet, dataDir: freshDir(), demo: false, adminPassword: 'short' }),
    ).rejects.toThrow(/VIGIL_ADMIN_PASSWORD must be at least 12/);
  });

  it('stops with a message naming the database when it cannot be opened', async () => {
    const dataDir = freshDir();
    writeFileSync(
      join(dataDir, 'vigil.db'),
      'this is not a database, just text that is long enough to look like a header',
    );
    await expect(startVigilServer({ ...quiet, dataDir })).rejects.toThrow(
      `SQLite database ${join(dataDir, 'vigil.db')}`,
    );
  });

  it('finishes a request in flight when closing, and refuses new ones', async () => {
    const core = await createTestCore('sqlite');
    const app = await buildApp({ core, version: 'test', logLevel: 'silent', webDistDir: null });
    let release: () => void = () => undefined;
    let arrived: () => void = () => undefined;
    const hasArrived = new Promise<void>((resolve) => (arrived = resolve));
    app.get('/slow-for-test', async () => {
      arrived();
      await new Promise<void>((resolve) => (release = resolve));
      return { finished: true };
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const inFlight = fetch(`${url}/slow-for-test`);
    await hasArrived;
    const closing = app.close();
    expect(await freshConnectionStatus(`${url}/api/v1/health`)).not.toBe(200);
    release();
    const response = await inFlight;
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    await core.close();
  });
});

/** Status of a request on a new connection, or the error code when the server refuses it. */
function freshConnectionStatus(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    request.on('timeout', () => request.destroy(new Error('timeout')));
  });
}
