import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { DomainError, reasonOf } from '../errors';
import type { DatabaseConfig, DialectName } from './config';
import { describeDatabase } from './config';
import type { Database } from './schema';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** Human description without secrets, for logs and error messages. */
  description: string;
  /** The raw better-sqlite3 handle, for online backups; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

// PostgreSQL returns BIGINT (e.g. count(*)) as text; counts here always fit a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Opens the configured database and checks that it answers.
 * @throws DomainError database_unavailable naming the database and the reason
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const description = describeDatabase(config);
  try {
    const handle =
      config.dialect === 'sqlite'
        ? openSqlite(config.file, description)
        : openPostgres(config.url, description);
    await sql`select 1 as ok`.execute(handle.db);
    return handle;
  } catch (error) {
    throw new DomainError(
      'database_unavailable',
      `Cannot open ${description}: ${reasonOf(error)}`,
      { cause: error },
    );
  }
}

function openSqlite(file: string, description: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', description, sqlite, close: () => db.destroy() };
}

function openPostgres(url: string, description: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client whose server goes away emits an error; unhandled, it would end the process.
  // The pool replaces it on the next checkout, so there is nothing more to do here.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', description, sqlite: null, close: () => db.destroy() };
}
