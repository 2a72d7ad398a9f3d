import { type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import type { DialectName } from './config';

// The few places where SQLite and PostgreSQL differ. Everything else is shared SQL.

/** Locks the selected rows for the transaction on PostgreSQL; SQLite already serialises writers. */
export function forUpdate<DB, TB extends keyof DB, O>(
  dialect: DialectName,
  query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate() : query;
}

/** True when a driver error is a unique-constraint violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Case-insensitive substring match of user text, wildcards escaped: ILIKE on PostgreSQL,
 * LIKE on SQLite (already case-insensitive for ASCII). SQLite has no default escape
 * character, so it is named on both.
 */
export function containsText(dialect: DialectName, column: string, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const operator = dialect === 'postgres' ? 'ilike' : 'like';
  return sql<SqlBool>`${sql.ref(column)} ${sql.raw(operator)} ${pattern} escape '\\'`;
}
