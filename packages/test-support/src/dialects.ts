import type { DialectName } from '@vigil/core';
import pg from 'pg';

/** Where the integration suite finds PostgreSQL; each test file gets its own database there. */
export const postgresAdminUrl =
  process.env.VIGIL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const isCi = process.env.CI === 'true';
let postgresCheck: Promise<string | null> | undefined;

/** Null when PostgreSQL answers, else the reason it does not. */
export function postgresUnavailableReason(): Promise<string | null> {
  postgresCheck ??= (async () => {
    const client = new pg.Client({
      connectionString: postgresAdminUrl,
      connectionTimeoutMillis: 3000,
    });
    try {
      await client.connect();
      await client.query('select 1');
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return postgresCheck;
}

/**
 * The dialects the integration suite runs on: DB_DIALECTS (default `sqlite,postgres`).
 * PostgreSQL is skipped with a printed reason when it does not answer, except under CI,
 * where its absence fails the run.
 */
export async function dialectsUnderTest(): Promise<DialectName[]> {
  const wanted = (process.env.DB_DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim());
  const dialects: DialectName[] = wanted.includes('sqlite') ? ['sqlite'] : [];
  if (wanted.includes('postgres')) {
    const reason = await postgresUnavailableReason();
    if (reason === null) dialects.push('postgres');
    else if (isCi)
      throw new Error(
        `PostgreSQL is required under CI but is not reachable at ${postgresAdminUrl}: ${reason}`,
      );
    else process.stderr.write(`[vigil tests] SKIPPED PostgreSQL integration runs: ${reason}\n`);
  }
  return dialects;
}
