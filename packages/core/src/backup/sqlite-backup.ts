import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { DomainError } from '../errors';

/**
 * A consistent online copy of a live SQLite database (SQLite's backup API: writers may keep
 * working while it runs).
 */
export async function backupSqlite(
  source: SqliteDatabase.Database,
  destination: string,
): Promise<{ pages: number }> {
  if (existsSync(destination)) {
    throw new DomainError(
      'conflict',
      `${destination} already exists; choose a new file name so no backup is overwritten`,
    );
  }
  const result = await source.backup(destination);
  return { pages: result.totalPages };
}

/**
 * Replaces the database file with a backup. The server must be stopped. The backup is checked
 * first (a SQLite file with Vigil's schema that passes integrity_check); on any failure the
 * current database is left as it was.
 * @throws DomainError validation_failed when the file is not a usable Vigil backup
 */
export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<void> {
  checkBackupFile(backupFile);
  const staging = join(dirname(databaseFile), `.restore-${process.pid}-${Date.now()}.db`);
  const source = new SqliteDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging);
  } finally {
    source.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  renameSync(staging, databaseFile);
}

function checkBackupFile(file: string): void {
  if (!existsSync(file))
    throw new DomainError('validation_failed', `Backup file ${file} does not exist`);
  let db: SqliteDatabase.Database | undefined;
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity check says: ${String(integrity)}`);
    const hasSchema = db
      .prepare(
        "select count(*) as n from sqlite_master where type = 'table' and name = 'vigil_migrations'",
      )
      .get() as { n: number };
    if (hasSchema.n !== 1) throw new Error('it has no Vigil schema');
  } catch (error) {
    throw new DomainError(
      'validation_failed',
      `${file} is not a usable Vigil backup: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  } finally {
    db?.close();
  }
}
