import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from '../testing/run-cli';

const fixture = fileURLToPath(
  new URL('../../../core/src/portfolio-import/fixtures/inventory.csv', import.meta.url),
);
const owners = [
  'ben.ortiz@example-health.org',
  'priya.shah@example-health.org',
  'miguel.santos@example-health.org',
];

/** A data directory whose users include the inventory's owners. */
function instanceWithOwners(): { VIGIL_DATA_DIR: string } {
  const env = { VIGIL_DATA_DIR: freshDataDir() };
  for (const email of owners) {
    expect(
      runCli(
        [
          'user',
          'create',
          '--email',
          email,
          '--name',
          email,
          '--roles',
          'model_owner',
          '--password',
          'systems command password',
        ],
        env,
      ).code,
    ).toBe(0);
  }
  return env;
}

const systemsIn = (env: { VIGIL_DATA_DIR: string }) =>
  runCli(['systems', 'export', '--format', 'csv'], env).stdout.trim().split('\r\n').length - 1;

describe('vigil systems', () => {
  it('imports nothing from a spreadsheet with an invalid row and names its row and field', () => {
    const env = instanceWithOwners();
    const result = runCli(['systems', 'import', fixture], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/row 10, fdaClearanceNumber: must look like K241727/);
    expect(result.stderr).toContain('nothing imported; 1 row(s) are invalid');
    expect(systemsIn(env)).toBe(0);
  });

  it('imports the valid rows with --exclude-invalid, and a second import creates nothing', () => {
    const env = instanceWithOwners();
    const first = runCli(['systems', 'import', fixture, '--exclude-invalid'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('19 created, 0 updated, 0 unchanged, 1 excluded');
    const second = runCli(['systems', 'import', fixture, '--exclude-invalid'], env);
    expect(second.stdout).toContain('0 created, 0 updated, 19 unchanged, 1 excluded');
    expect(systemsIn(env)).toBe(19);
  });

  it('exports every system as JSON into a directory and imports the files back unchanged', () => {
    const env = instanceWithOwners();
    runCli(['systems', 'import', fixture, '--exclude-invalid'], env);
    const dir = join(env.VIGIL_DATA_DIR, 'systems');
    const exported = runCli(['systems', 'export', '--format', 'json', '--out', dir], env);
    expect(exported.stdout).toContain('Wrote 19 json file(s)');
    const files = readdirSync(dir).map((f) => join(dir, f));
    const back = runCli(['systems', 'import', ...files], env);
    expect(back.code).toBe(0);
    expect(back.stdout.match(/unchanged “/g)).toHaveLength(19);
  });

  it('round-trips an XLSX export through import without changes', () => {
    const env = instanceWithOwners();
    runCli(['systems', 'import', fixture, '--exclude-invalid'], env);
    const file = join(env.VIGIL_DATA_DIR, 'portfolio.xlsx');
    expect(runCli(['systems', 'export', '--format', 'xlsx', '--out', file], env).code).toBe(0);
    expect(runCli(['systems', 'import', file], env).stdout).toContain(
      '0 created, 0 updated, 19 unchanged, 0 excluded',
    );
  });

  it('refuses unknown extensions, bad options and missing files with clear errors', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    const odd = join(env.VIGIL_DATA_DIR, 'inventory.numbers');
    writeFileSync(odd, 'x');
    const unknown = runCli(['systems', 'import', odd], env);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('cannot tell the format');
    expect(
      runCli(['systems', 'import', join(env.VIGIL_DATA_DIR, 'missing.csv')], env).stderr,
    ).toContain('no such file');
    expect(runCli(['systems', 'export', '--format', 'pdf'], env).code).not.toBe(0);
    expect(runCli(['systems', 'export', '--format', 'json'], env).stderr).toContain(
      '--out DIR is required',
    );
    const notJson = join(env.VIGIL_DATA_DIR, 'x.json');
    writeFileSync(notJson, '{"hello":1}');
    expect(runCli(['systems', 'import', notJson], env).stderr).toContain(
      'not a Vigil AI system export',
    );
  });

  it('refuses a file over the size limit without reading it', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    mkdirSync(join(env.VIGIL_DATA_DIR, 'big'));
    const big = join(env.VIGIL_DATA_DIR, 'big', 'huge.csv');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x41));
    const result = runCli(['systems', 'import', big], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('over the 10 MiB limit');
  });

  it('documents import and export in --help', () => {
    const help = runCli(['systems', 'import', '--help']);
    expect(help.stdout).toContain('--exclude-invalid');
    expect(help.stdout).toContain('chai-xml');
    expect(runCli(['systems', 'export', '--help']).stdout).toContain('--out <path>');
    expect(readFileSync(fixture, 'utf8')).toContain('INV-009');
  });
});
