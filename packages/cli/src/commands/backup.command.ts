import { resolve } from 'node:path';
import type { Command } from 'commander';
import { backupSqlite, openDatabase, restoreSqlite } from '@vigil/core';
import { CliError, databaseConfigFromEnv, print } from '../core-session';

const postgresAdvice =
  'This Vigil uses PostgreSQL: back it up with pg_dump, e.g. `pg_dump --format=custom --file=vigil.dump "$DATABASE_URL"`, ' +
  'and restore with `pg_restore --clean --if-exists --dbname="$DATABASE_URL" vigil.dump` while the server is stopped.';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'Write a consistent copy of the SQLite database while Vigil runs (PostgreSQL: explains pg_dump)',
    )
    .argument('<file>', 'where to write the backup (must not exist)')
    .action(async (file: string) => {
      const config = databaseConfigFromEnv();
      if (config.dialect === 'postgres') throw new CliError(postgresAdvice);
      const handle = await openDatabase(config);
      try {
        if (!handle.sqlite) throw new CliError('The SQLite handle is not available');
        const { pages } = await backupSqlite(handle.sqlite, resolve(file));
        print(`Backed up ${handle.description} to ${resolve(file)} (${pages} pages)`);
      } finally {
        await handle.close();
      }
    });

  program
    .command('restore')
    .description('Replace the SQLite database with a backup; stop the server first')
    .argument('<file>', 'a file written by `vigil backup`')
    .action(async (file: string) => {
      const config = databaseConfigFromEnv();
      if (config.dialect === 'postgres') throw new CliError(postgresAdvice);
      await restoreSqlite(resolve(file), config.file);
      print(`Restored ${config.file} from ${resolve(file)}`);
    });
}
