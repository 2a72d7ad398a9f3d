import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from '../testing/run-cli';

function dumpTables(file: string): Record<string, unknown[]> {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare(`select * from "${name}" order by 1`).all()]),
    );
  } finally {
    db.close();
  }
}

describe('vigil operations commands', () => {
  it('backs up a live database and restores it to an identical database', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    const dbFile = join(env.VIGIL_DATA_DIR, 'vigil.db');
    expect(
      runCli(
        [
          'user',
          'create',
          '--email',
          'ops@example.test',
          '--name',
          'Ops',
          '--roles',
          'admin',
          '--password',
          'operations password',
        ],
        env,
      ).code,
    ).toBe(0);
    const snapshot = dumpTables(dbFile);
    const backupFile = join(env.VIGIL_DATA_DIR, 'backup.db');
    const backup = runCli(['backup', backupFile], env);
    expect(backup.stdout).toContain('Backed up');
    expect(
      runCli(
        [
          'user',
          'create',
          '--email',
          'later@example.test',
          '--name',
          'Later',
          '--roles',
          'staff',
          '--password',
          'operations password',
        ],
        env,
      ).code,
    ).toBe(0);
    expect(dumpTables(dbFile)).not.toEqual(snapshot);
    const restore = runCli(['restore', backupFile], env);
    expect(restore.code).toBe(0);
    expect(dumpTables(dbFile)).toEqual(snapshot);
  });

  it('refuses to overwrite an existing backup file', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    const target = join(env.VIGIL_DATA_DIR, 'b.db');
    expect(runCli(['backup', target], env).code).toBe(0);
    const again = runCli(['backup', target], env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('already exists');
  });

  it('refuses to restore a file that is not a Vigil backup and leaves the database alone', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    expect(
      runCli(
        [
          'user',
          'create',
          '--email',
          'keep@example.test',
          '--name',
          'Keep',
          '--roles',
          'admin',
          '--password',
          'operations password',
        ],
        env,
      ).code,
    ).toBe(0);
    const notABackup = new URL('../program.ts', import.meta.url).pathname;
    const restore = runCli(['restore', notABackup], env);
    expect(restore.code).not.toBe(0);
    expect(restore.stderr).toMatch(/not a usable Vigil backup/);
    expect(runCli(['user', 'list'], env).stdout).toContain('keep@example.test');
  });

  it('verifies the audit chain, then fails naming the entry edited directly in the database', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    for (const email of ['a@example.test', 'b@example.test', 'c@example.test']) {
      runCli(
        [
          'user',
          'create',
          '--email',
          email,
          '--name',
          email,
          '--roles',
          'staff',
          '--password',
          'operations password',
        ],
        env,
      );
    }
    const intact = runCli(['audit', 'verify'], env);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('intact: 3 entries');
    const db = new SqliteDatabase(join(env.VIGIL_DATA_DIR, 'vigil.db'));
    db.prepare("update audit_log set changes_json = '{}' where seq = 2").run();
    db.close();
    const broken = runCli(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('BROKEN at entry 2');
  });

  it('explains pg_dump instead of backing up PostgreSQL', () => {
    const result = runCli(['backup', '/tmp/never-written.db'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump');
  });

  it('names every invalid option of user create and exits 2', () => {
    const result = runCli(
      [
        'user',
        'create',
        '--email',
        'nope',
        '--name',
        'X',
        '--roles',
        'wizard',
        '--password',
        'short',
      ],
      { VIGIL_DATA_DIR: freshDataDir() },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--email must be an email address/);
    expect(result.stderr).toMatch(/--password must be at least 12 characters/);
    expect(result.stderr).toMatch(/--roles/);
  });

  it('creates a token that is printed once', () => {
    const env = { VIGIL_DATA_DIR: freshDataDir() };
    runCli(
      [
        'user',
        'create',
        '--email',
        'ds@example.test',
        '--name',
        'DS',
        '--roles',
        'data_scientist',
        '--password',
        'operations password',
      ],
      env,
    );
    const result = runCli(
      ['token', 'create', '--email', 'ds@example.test', '--name', 'uploads', '--days', '30'],
      env,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/vgl_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}/);
  });

  it('says which database could not be opened', () => {
    const result = runCli(['migrate'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/vigil_nowhere',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Cannot open PostgreSQL database postgres://postgres@127.0.0.1:1/vigil_nowhere',
    );
  });
});
