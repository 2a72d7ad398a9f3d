import {
  type Kysely,
  PostgresAdapter,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
  sql,
} from 'kysely';
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
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/**
 * Case-insensitive substring match of user text, wildcards escaped: ILIKE on PostgreSQL,
 * LIKE on SQLite (already case-insensitive for ASCII). SQLite has no default escape
 * character, so it is named on both.
 */
export function containsText(
  dialect: DialectName,
  column: string,
  text: string,
): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const operator = dialect === 'postgres' ? 'ilike' : 'like';
  return sql<SqlBool>`${sql.ref(column)} ${sql.raw(operator)} ${pattern} escape '\\'`;
}

// Full-text search. Text is normalised here, once, before either dialect sees it: lower case,
// accents stripped, every run of characters other than letters and digits turned into one
// space. Each database then only has to split on spaces, which FTS5's unicode61 tokenizer and
// PostgreSQL's 'simple' configuration do alike, so a query finds the same rows on both.

const maxSearchTerms = 8;

/** Text as the full-text index stores it: lower-case words without accents, single-spaced. */
export function searchDocument(...parts: readonly (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string')
    .join(' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a user's search, normalised like the index; empty when nothing searchable is left. */
export function searchTerms(text: string): string[] {
  const words = searchDocument(text)
    .split(' ')
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, maxSearchTerms);
}

/**
 * Creates a full-text table of (key, document): an FTS5 table on SQLite; on PostgreSQL a plain
 * table whose generated tsvector column has a GIN index. Both are written with the same SQL.
 */
export async function createFullTextTable<DB>(
  db: Kysely<DB>,
  dialect: DialectName,
  table: { name: string; key: string; references: string },
): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`create virtual table ${sql.id(table.name)} using fts5(${sql.id(table.key)} unindexed, document, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`.execute(
      db,
    );
    return;
  }
  await sql`create table ${sql.id(table.name)} (
    ${sql.id(table.key)} varchar(36) primary key references ${sql.raw(table.references)} on delete cascade,
    document text not null,
    document_vector tsvector generated always as (to_tsvector('simple', document)) stored
  )`.execute(db);
  await sql`create index ${sql.id(`${table.name}_vector_idx`)} on ${sql.id(table.name)} using gin (document_vector)`.execute(
    db,
  );
}

/**
 * True for rows of a full-text table whose document contains every term as a word prefix.
 * Terms must come from searchTerms, so they hold only letters and digits.
 */
export function fullTextMatch(
  dialect: DialectName,
  table: string,
  terms: readonly string[],
): RawBuilder<SqlBool> {
  if (dialect === 'sqlite') {
    const query = terms.map((t) => `"${t}"*`).join(' AND ');
    return sql<SqlBool>`${sql.table(table)} match ${query}`;
  }
  const query = terms.map((t) => `'${t}':*`).join(' & ');
  return sql<SqlBool>`${sql.ref(`${table}.document_vector`)} @@ to_tsquery('simple', ${query})`;
}

/** Orders text by code point on both dialects (PostgreSQL would otherwise use the database collation). */
export function binaryOrder(dialect: DialectName, column: string): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`${sql.ref(column)} collate "C"`
    : sql<string>`${sql.ref(column)}`;
}

/** The dialect of a connection, for migrations (which receive only the Kysely instance). */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An index whose order matches binaryOrder on each column, so ordered pages can read it directly. */
export async function createBinaryOrderIndex<DB>(
  db: Kysely<DB>,
  dialect: DialectName,
  index: { name: string; table: string; columns: readonly string[] },
): Promise<void> {
  const collate = dialect === 'postgres' ? sql` collate "C"` : sql``;
  const columns = sql.join(index.columns.map((c) => sql`${sql.ref(c)}${collate}`));
  await sql`create index ${sql.id(index.name)} on ${sql.table(index.table)} (${columns})`.execute(
    db,
  );
}

/** The column type of binary content: BLOB on SQLite, BYTEA on PostgreSQL; both read as a Buffer. */
export function binaryColumnType(dialect: DialectName): 'blob' | 'bytea' {
  return dialect === 'postgres' ? 'bytea' : 'blob';
}
