import { defaultAuthPolicy, type AuthPolicy } from './accounts/index';
import { type Clock, systemClock } from './clock';
import { type DatabaseConfig, describeDatabase } from './db/config';
import { type DatabaseHandle, openDatabase } from './db/connection';
import { migrateToLatest } from './db/migrate';
import type { CoreDeps } from './deps';
import { DomainError, reasonOf } from './errors';

/** Everything the server and CLI need from core: the database handle plus deps for services. */
export interface VigilCore extends CoreDeps {
  handle: DatabaseHandle;
  policy: AuthPolicy;
  close(): Promise<void>;
}

/**
 * Opens the database and migrates it to the latest schema.
 * @throws DomainError database_unavailable naming the database and why it could not be opened or migrated
 */
export async function openVigilCore(
  config: DatabaseConfig,
  options: { clock?: Clock; policy?: Partial<AuthPolicy>; migrate?: boolean } = {},
): Promise<VigilCore> {
  const handle = await openDatabase(config);
  if (options.migrate !== false) {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) {
      await handle.close();
      const failed =
        outcome.results.find((r) => r.status === 'Error')?.migrationName ?? 'a migration';
      const reason = reasonOf(outcome.error);
      throw new DomainError(
        'database_unavailable',
        `Cannot migrate ${describeDatabase(config)}: ${failed} failed: ${reason}`,
        { cause: outcome.error },
      );
    }
  }
  return {
    handle,
    db: handle.db,
    dialect: handle.dialect,
    clock: options.clock ?? systemClock,
    policy: { ...defaultAuthPolicy, ...options.policy },
    close: () => handle.close(),
  };
}
