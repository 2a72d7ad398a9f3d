import type { IntakeStatus } from '@vigil/contracts';
import { sql } from 'kysely';
import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type {
  AiSystemDocumentsTable,
  IntakeDocumentsTable,
  IntakeMessagesTable,
  IntakesTable,
} from '../db/schema';
import type { Db } from '../deps';

/** The highest reference of a year's intakes (INT-2026-0042), by number rather than by text. */
export async function findLastReference(db: Db, year: number): Promise<string | undefined> {
  const row = await db
    .selectFrom('intakes')
    .select('reference')
    .where('reference', 'like', `INT-${year}-%`)
    .orderBy(sql`length(reference)`, 'desc')
    .orderBy('reference', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.reference;
}

export async function insertIntake(db: Db, row: IntakesTable): Promise<void> {
  await db.insertInto('intakes').values(row).execute();
}

export async function findIntake(db: Db, id: string): Promise<IntakesTable | undefined> {
  return db.selectFrom('intakes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The intake, locked for the transaction on PostgreSQL so racing actions queue behind it. */
export async function lockIntake(
  db: Db,
  dialect: DialectName,
  id: string,
): Promise<IntakesTable | undefined> {
  return forUpdate(
    dialect,
    db.selectFrom('intakes').selectAll().where('id', '=', id),
  ).executeTakeFirst();
}

/**
 * Changes an intake only at the version read and in one of the expected statuses; true when it did.
 */
export async function updateIntakeAt(
  db: Db,
  id: string,
  expected: { version: number; statuses: readonly IntakeStatus[] },
  changes: Partial<Omit<IntakesTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('intakes')
    .set({ ...changes, version: expected.version + 1 })
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', 'in', [...expected.statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMessage(db: Db, row: IntakeMessagesTable): Promise<void> {
  await db.insertInto('intake_messages').values(row).execute();
}

export async function listMessages(db: Db, intakeId: string): Promise<IntakeMessagesTable[]> {
  return db
    .selectFrom('intake_messages')
    .selectAll()
    .where('intake_id', '=', intakeId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export const intakeDocumentColumns = [
  'id',
  'intake_id',
  'filename',
  'media_type',
  'size_bytes',
  'sha256',
  'uploaded_by_id',
  'uploaded_by_label',
  'uploaded_at',
] as const;

export async function insertIntakeDocument(db: Db, row: IntakeDocumentsTable): Promise<void> {
  await db.insertInto('intake_documents').values(row).execute();
}

/** An intake's documents without their bytes, oldest first. */
export async function listIntakeDocuments(db: Db, intakeId: string) {
  return db
    .selectFrom('intake_documents')
    .select(intakeDocumentColumns)
    .where('intake_id', '=', intakeId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

/** An intake's documents with their bytes, for copying to the system they become. */
export async function listIntakeDocumentsWithContent(
  db: Db,
  intakeId: string,
): Promise<IntakeDocumentsTable[]> {
  return db
    .selectFrom('intake_documents')
    .selectAll()
    .where('intake_id', '=', intakeId)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function findIntakeDocumentContent(db: Db, intakeId: string, documentId: string) {
  return db
    .selectFrom('intake_documents')
    .select(['filename', 'media_type', 'content'])
    .where('intake_id', '=', intakeId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export async function insertSystemDocument(db: Db, row: AiSystemDocumentsTable): Promise<void> {
  await db.insertInto('ai_system_documents').values(row).execute();
}

/** A submitter's intakes, newest first. */
export async function listIntakesOf(db: Db, submitterId: string, limit: number) {
  return db
    .selectFrom('intakes')
    .selectAll()
    .where('submitter_id', '=', submitterId)
    .orderBy('created_at', 'desc')
    .orderBy(sql`length(reference)`, 'desc')
    .orderBy('reference', 'desc')
    .limit(limit)
    .execute();
}

export interface IntakeFilter {
  status?: IntakeStatus | undefined;
  department?: string | undefined;
  kind?: string | undefined;
  /** Only intakes created at or before this time. */
  createdBefore?: string | undefined;
}

function filtered(db: Db, filter: IntakeFilter) {
  return db
    .selectFrom('intakes')
    .$if(filter.status !== undefined, (qb) => qb.where('status', '=', filter.status ?? ''))
    .$if(filter.department !== undefined, (qb) =>
      qb.where('department', '=', filter.department ?? ''),
    )
    .$if(filter.kind !== undefined, (qb) => qb.where('kind', '=', filter.kind ?? ''))
    .$if(filter.createdBefore !== undefined, (qb) =>
      qb.where('created_at', '<=', filter.createdBefore ?? ''),
    );
}

export async function countIntakes(db: Db, filter: IntakeFilter): Promise<number> {
  const row = await filtered(db, filter)
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function listIntakes(
  db: Db,
  filter: IntakeFilter,
  order: 'asc' | 'desc',
  page: { limit: number; offset: number },
): Promise<IntakesTable[]> {
  return filtered(db, filter)
    .selectAll()
    .orderBy('created_at', order)
    .orderBy(sql`length(reference)`, order)
    .orderBy('reference', order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countByStatus(db: Db) {
  return db
    .selectFrom('intakes')
    .select(['status as value', sql<number>`count(*)`.as('count')])
    .groupBy('status')
    .execute();
}

export async function countByDepartment(db: Db) {
  return db
    .selectFrom('intakes')
    .select(['department as value', sql<number>`count(*)`.as('count')])
    .groupBy('department')
    .orderBy('department')
    .execute();
}

/** Active users who hold the CAIO role: the office that triages intakes. */
export async function findOfficeUserIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'roles_json'])
    .where('is_active', '=', 1)
    .where('roles_json', 'like', '%"caio"%')
    .execute();
  return rows
    .filter((r) => (JSON.parse(r.roles_json) as string[]).includes('caio'))
    .map((r) => r.id);
}

export async function findSystemSummary(db: Db, id: string) {
  return db
    .selectFrom('ai_systems')
    .select(['id', 'name', 'lifecycle_state'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** How a person is named to others: their display name, or the actor's label without an account. */
export async function findDisplayName(db: Db, userId: string | null): Promise<string | undefined> {
  if (userId === null) return undefined;
  const row = await db
    .selectFrom('users')
    .select('display_name')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.display_name;
}
