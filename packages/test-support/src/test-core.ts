import { randomBytes } from 'node:crypto';
import {
  type AuthPolicy,
  type Clock,
  type DialectName,
  type VigilCore,
  fixedClock,
  migrationsFingerprint,
  openVigilCore,
} from '@vigil/core';
import pg from 'pg';
import { postgresAdminUrl } from './dialects';

export interface TestCore extends VigilCore {
  clock: ReturnType<typeof fixedClock>;
  /** The connection string of this test's database (PostgreSQL) or null (in-memory SQLite). */
  databaseUrl: string | null;
}

/**
 * A migrated, empty database for one test file: in-memory SQLite, or a fresh PostgreSQL
 * database that is dropped on close. The clock is fixed and moved by hand.
 */
export async function createTestCore(
  dialect: DialectName,
  options: { policy?: Partial<AuthPolicy>; clock?: Clock } = {},
): Promise<TestCore> {
  const clock = fixedClock(new Date('2026-03-02T09:00:00.000Z'));
  if (dialect === 'sqlite') {
    const core = await openVigilCore(
      { dialect: 'sqlite', file: ':memory:' },
      { clock, policy: options.policy },
    );
    return { ...core, clock, databaseUrl: null };
  }
  const name = `vigil_test_${randomBytes(6).toString('hex')}`;
  await createFromTemplate(name, await migratedTemplate());
  const url = databaseUrlOf(name);
  const core = await openVigilCore({ dialect: 'postgres', url }, { clock, policy: options.policy });
  return {
    ...core,
    clock,
    databaseUrl: url,
    close: async () => {
      await core.close();
      await dropDatabase(name);
    },
  };
}

function databaseUrlOf(name: string): string {
  return postgresAdminUrl.replace(/\/[^/]*$/, `/${name}`);
}

let template: Promise<string> | undefined;

/**
 * A migrated database to copy each test's database from, named by the migrations' fingerprint so
 * it is built once per schema (copying is several times faster than migrating). It is built under
 * a temporary name and renamed when complete, so an interrupted build never leaves a half one.
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const name = `vigil_template_${migrationsFingerprint()}`;
    if (await databaseExists(name)) return name;
    const building = `${name}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`create database ${building}`);
    const core = await openVigilCore({ dialect: 'postgres', url: databaseUrlOf(building) });
    await core.close();
    try {
      await adminQuery(`alter database ${building} rename to ${name}`);
    } catch (error) {
      // Another run finished the same template first.
      if ((error as { code?: string }).code !== '42P04') throw error;
      await dropDatabase(building);
    }
    await dropOlderTemplates(name);
    return name;
  })();
  return template;
}

/** Templates of earlier schemas are never used again; one in use elsewhere is left for later. */
async function dropOlderTemplates(current: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like 'vigil\\_template\\_%' and datname <> $1",
      [current],
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${datname}`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

async function databaseExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    return (found.rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

// A template being copied by another run cannot be copied at the same moment; wait and retry.
async function createFromTemplate(name: string, source: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await adminQuery(`create database ${name} template ${source}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

// The pool's connections close asynchronously after destroy(); forcing the drop while they
// are still closing makes PostgreSQL kill them mid-goodbye, which pg reports as an uncaught
// error. Wait for them instead, and force only as a last resort.
async function dropDatabase(name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      await adminQuery(`drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await adminQuery(`drop database if exists ${name} with (force)`);
}
