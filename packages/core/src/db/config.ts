import { join, resolve } from 'node:path';

export type DialectName = 'sqlite' | 'postgres';

export type DatabaseConfig =
  { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/**
 * Chooses the store: PostgreSQL when DATABASE_URL is a postgres:// URL, otherwise the
 * embedded SQLite file `vigil.db` in the data directory.
 */
export function resolveDatabaseConfig(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): DatabaseConfig {
  const url = options.databaseUrl?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  if (url && url.startsWith('sqlite:'))
    return { dialect: 'sqlite', file: resolve(url.slice('sqlite:'.length)) };
  if (url)
    throw new Error(
      `DATABASE_URL must start with postgres:// (or sqlite:FILE); got "${redactUrl(url)}"`,
    );
  return { dialect: 'sqlite', file: join(resolve(options.dataDir), 'vigil.db') };
}

/** The data directory: VIGIL_DATA_DIR, or ./.vigil under the working directory. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.VIGIL_DATA_DIR ?? '.vigil');
}

/** Names a database for messages without leaking its password. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.dialect === 'sqlite'
    ? `SQLite database ${config.file}`
    : `PostgreSQL database ${redactUrl(config.url)}`;
}

function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');
}
