import type { AuditFilter } from '@vigil/contracts';
import { type SelectQueryBuilder, sql } from 'kysely';
import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type { AuditLogTable, Database } from '../db/schema';
import type { Db } from '../deps';

/** The chain head, locked until the transaction ends; the migration creates it, so it always exists. */
export async function lockAuditHead(db: Db, dialect: DialectName) {
  return forUpdate(
    dialect,
    db.selectFrom('audit_head').selectAll().where('id', '=', 1),
  ).executeTakeFirstOrThrow();
}

export async function insertAuditEntries(db: Db, rows: readonly AuditLogTable[]): Promise<void> {
  await db
    .insertInto('audit_log')
    .values([...rows])
    .execute();
}

export async function saveAuditHead(db: Db, seq: number, hash: string): Promise<void> {
  await db.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
}

function applyFilter<O>(
  query: SelectQueryBuilder<Database, 'audit_log', O>,
  filter: AuditFilter,
): SelectQueryBuilder<Database, 'audit_log', O> {
  return query
    .$if(filter.entityType !== undefined, (q) =>
      q.where('entity_type', '=', filter.entityType ?? ''),
    )
    .$if(filter.entityId !== undefined, (q) => q.where('entity_id', '=', filter.entityId ?? ''))
    .$if(filter.action !== undefined, (q) => q.where('action', '=', filter.action ?? ''))
    .$if(filter.actor !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('actor_id', '=', filter.actor ?? ''),
          eb('actor_label', '=', filter.actor ?? ''),
        ]),
      ),
    )
    .$if(filter.from !== undefined, (q) => q.where('at', '>=', filter.from ?? ''))
    .$if(filter.to !== undefined, (q) => q.where('at', '<=', filter.to ?? ''));
}

export async function countAuditEntries(db: Db, filter: AuditFilter): Promise<number> {
  const row = await applyFilter(db.selectFrom('audit_log'), filter)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listAuditEntries(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<AuditLogTable[]> {
  return applyFilter(db.selectFrom('audit_log').selectAll(), filter)
    .orderBy('seq', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

/** Entries in chain order, a batch at a time, for verification and export. */
export async function listAuditBatch(
  db: Db,
  afterSeq: number,
  limit: number,
  filter: AuditFilter = {},
) {
  return applyFilter(db.selectFrom('audit_log').selectAll(), filter)
    .where('seq', '>', afterSeq)
    .orderBy('seq', 'asc')
    .limit(limit)
    .execute();
}

export async function findAuditHead(db: Db) {
  return db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirst();
}
