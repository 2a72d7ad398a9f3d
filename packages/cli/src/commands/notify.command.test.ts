import { createServer } from 'node:net';
import {
  createUser,
  notifyUsers,
  openVigilCore,
  resolveDatabaseConfig,
  systemActor,
} from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from '../testing/run-cli';

/** A data directory whose database holds one queued notification email. */
async function dataDirWithQueuedMail(): Promise<string> {
  const dataDir = freshDataDir();
  const core = await openVigilCore(resolveDatabaseConfig({ dataDir }));
  try {
    const user = await createUser(core, systemActor('test'), {
      email: 'owner@example.test',
      displayName: 'Owner',
      password: 'a long enough password',
      roles: ['model_owner'],
      disciplines: [],
    });
    await core.db.transaction().execute((trx) =>
      notifyUsers(trx, core, [
        {
          userId: user.id,
          kind: 'condition_assigned',
          title: 'Condition assigned: Sepsis Watch',
          body: 'You own a condition.',
          link: null,
        },
      ]),
    );
  } finally {
    await core.close();
  }
  return dataDir;
}

/** A port on 127.0.0.1 with nothing listening. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('vigil notify', () => {
  it('refuses to send without SMTP settings and says how much mail is queued', async () => {
    const env = { VIGIL_DATA_DIR: await dataDirWithQueuedMail(), VIGIL_SMTP_HOST: undefined };
    const result = runCli(['notify', 'send'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Email is off: VIGIL_SMTP_HOST is not set, so 1 message stays queued',
    );
  });

  it('fails naming the relay when it cannot be reached, and keeps the mail queued', async () => {
    const port = await closedPort();
    const env = {
      VIGIL_DATA_DIR: await dataDirWithQueuedMail(),
      VIGIL_SMTP_HOST: '127.0.0.1',
      VIGIL_SMTP_PORT: String(port),
      VIGIL_SMTP_FROM: 'vigil@example.test',
    };
    const result = runCli(['notify', 'send'], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Sent 0, failed 1 (retried later), gave up on 0; 1 queued');
    expect(result.stderr).toContain(`Could not send through 127.0.0.1:${port}`);
  });

  it('queues the daily digests that are due', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir(), VIGIL_SMTP_HOST: undefined };
    const result = runCli(['notify', 'digest'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Queued 0 daily digests; 0 had nothing new');
    expect(result.stdout).toContain('Email is off');
  });

  it('names a misconfigured variable', () => {
    const result = runCli(['notify', 'send'], {
      VIGIL_DATA_DIR: freshDataDir(),
      VIGIL_SMTP_HOST: 'mail.example.test',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('VIGIL_SMTP_FROM');
  });
});
