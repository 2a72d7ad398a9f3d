import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type { TierDeterminationsTable } from '../db/schema';
import type { Db } from '../deps';

/** The system's fields tiering reads, locked for the transaction on PostgreSQL. */
export async function lockSystemForTiering(db: Db, dialect: DialectName, systemId: string) {
  return forUpdate(
    dialect,
    db.selectFrom('ai_systems').select(['id', 'name']).where('id', '=', systemId),
  ).executeTakeFirst();
}

/** The fields of a system that suggest tiering answers. */
export async function findSystemForPrefill(db: Db, systemId: string) {
  return db
    .selectFrom('ai_systems')
    .select([
      'id',
      'name',
      'source',
      'kind',
      'category',
      'departments_json',
      'patient_population',
      'fda_status',
      'imdrf_category',
    ])
    .where('id', '=', systemId)
    .executeTakeFirst();
}

/** The newest intake accepted into the system, if any. */
export async function findIntakeOfSystem(db: Db, systemId: string) {
  return db
    .selectFrom('intakes')
    .select(['id', 'reference', 'patient_facing', 'autonomy', 'source', 'data_used'])
    .where('system_id', '=', systemId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

/** A system's tierings, newest first; the first is in force. */
export async function listDeterminations(
  db: Db,
  systemId: string,
): Promise<TierDeterminationsTable[]> {
  return db
    .selectFrom('tier_determinations')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('determined_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The tiering in force for a system: its newest. */
export async function findLatestDetermination(
  db: Db,
  systemId: string,
): Promise<TierDeterminationsTable | undefined> {
  return db
    .selectFrom('tier_determinations')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('determined_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertDetermination(db: Db, row: TierDeterminationsTable): Promise<void> {
  await db.insertInto('tier_determinations').values(row).execute();
}
