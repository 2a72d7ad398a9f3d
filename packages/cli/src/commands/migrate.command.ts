import type { Command } from 'commander';
import { migrateToLatest, openDatabase, reasonOf } from '@vigil/core';
import { CliError, databaseConfigFromEnv, print } from '../core-session';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Bring the database schema up to date and list what ran')
    .action(async () => {
      const handle = await openDatabase(databaseConfigFromEnv());
      try {
        const outcome = await migrateToLatest(handle.db);
        for (const result of outcome.results)
          print(`${result.status.padEnd(8)} ${result.migrationName}`);
        if (outcome.error) {
          throw new CliError(
            `Migration of ${handle.description} failed: ${reasonOf(outcome.error)}`,
          );
        }
        print(
          outcome.results.length === 0
            ? `${handle.description} is up to date`
            : `Migrated ${handle.description}`,
        );
      } finally {
        await handle.close();
      }
    });
}
