import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshDataDir } from '../testing/run-cli';

const bin = new URL('../../bin/vigil.mjs', import.meta.url).pathname;

describe('vigil serve', () => {
  it('prints the demo accounts, serves, and shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      env: {
        ...process.env,
        VIGIL_DATA_DIR: freshDataDir(),
        LOG_LEVEL: 'warn',
        DATABASE_URL: undefined,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
      child.stdout.on('data', () => {
        const match = /serving (http:\/\/\S+)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    expect(output).toContain('amara.okafor@example-health.org');
    expect(output).toContain('example-health-demo');
    expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Received SIGTERM');
  });

  it('refuses a port that is not a number', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', 'eighty'], {
      env: { ...process.env, VIGIL_DATA_DIR: freshDataDir() },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('--port must be a port number');
  });
});
