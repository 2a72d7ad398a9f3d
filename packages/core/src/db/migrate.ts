import { createHash } from 'node:crypto';
import { type Kysely, type MigrationResult, Migrator } from 'kysely';
import { migrations } from './migrations/index';
import type { Database } from './schema';

export interface MigrationOutcome {
  results: MigrationResult[];
  error: unknown;
}

/** Brings the schema to the latest version; returns Kysely's per-migration results, never throws. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    migrationTableName: 'vigil_migrations',
    migrationLockTableName: 'vigil_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  return { results: results ?? [], error };
}

/** A digest of every migration's name and code: equal digests mean identical schemas. */
export function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const [name, migration] of Object.entries(migrations)) {
    hash
      .update(name)
      .update(migration.up.toString())
      .update(migration.down?.toString() ?? '');
  }
  return hash.digest('hex').slice(0, 16);
}
