import { type VigilCore, openVigilCore, resolveDataDir, resolveDatabaseConfig } from '@vigil/core';

/** The database the server uses: DATABASE_URL, or the SQLite file in VIGIL_DATA_DIR (./.vigil). */
export function databaseConfigFromEnv() {
  return resolveDatabaseConfig({
    databaseUrl: process.env.DATABASE_URL,
    dataDir: resolveDataDir(),
  });
}

/** Opens (and migrates) the configured database for one command, and always closes it. */
export async function withCore<T>(
  run: (core: VigilCore) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const core = await openVigilCore(databaseConfigFromEnv(), { migrate: options.migrate });
  try {
    return await run(core);
  } finally {
    await core.close();
  }
}

// Defined apart so that `vigil report` can use it without loading the database layer.
export { CliError } from './cli-error';

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}
