import type { AssessmentListQuery } from '@vigil/contracts';
import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type { AssessmentAnswersTable, FrameworkAssessmentsTable } from '../db/schema';
import type { Db } from '../deps';

/** An assessment row with the name of the system it assesses. */
export type AssessmentRow = FrameworkAssessmentsTable & { system_name: string | null };

const assessmentColumns = [
  'framework_assessments.id',
  'framework_assessments.framework_key',
  'framework_assessments.framework_version',
  'framework_assessments.scope',
  'framework_assessments.system_id',
  'framework_assessments.subject_key',
  'framework_assessments.title',
  'framework_assessments.status',
  'framework_assessments.created_by_id',
  'framework_assessments.created_by_label',
  'framework_assessments.created_at',
  'framework_assessments.updated_at',
  'framework_assessments.version',
  'ai_systems.name as system_name',
] as const;

function selectAssessments(db: Db) {
  return db
    .selectFrom('framework_assessments')
    .leftJoin('ai_systems', 'ai_systems.id', 'framework_assessments.system_id')
    .select(assessmentColumns);
}

export async function insertAssessment(db: Db, row: FrameworkAssessmentsTable): Promise<void> {
  await db.insertInto('framework_assessments').values(row).execute();
}

export async function insertAnswers(
  db: Db,
  rows: readonly AssessmentAnswersTable[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('assessment_answers')
      .values(rows.slice(i, i + 100))
      .execute();
}

export async function findAssessment(db: Db, id: string): Promise<AssessmentRow | undefined> {
  return selectAssessments(db).where('framework_assessments.id', '=', id).executeTakeFirst();
}

/** The assessment row, locked for the transaction on PostgreSQL. */
export async function lockAssessment(
  db: Db,
  dialect: DialectName,
  id: string,
): Promise<FrameworkAssessmentsTable | undefined> {
  return forUpdate(
    dialect,
    db.selectFrom('framework_assessments').selectAll().where('id', '=', id),
  ).executeTakeFirst();
}

export async function listAssessments(
  db: Db,
  filter: AssessmentListQuery & { subjectKey?: string },
): Promise<AssessmentRow[]> {
  return selectAssessments(db)
    .$if(filter.frameworkKey !== undefined, (q) =>
      q.where('framework_assessments.framework_key', '=', filter.frameworkKey ?? ''),
    )
    .$if(filter.scope !== undefined, (q) =>
      q.where('framework_assessments.scope', '=', filter.scope ?? ''),
    )
    .$if(filter.systemId !== undefined, (q) =>
      q.where('framework_assessments.system_id', '=', filter.systemId ?? ''),
    )
    .$if(filter.status !== undefined, (q) =>
      q.where('framework_assessments.status', '=', filter.status ?? ''),
    )
    .$if(filter.subjectKey !== undefined, (q) =>
      q.where('framework_assessments.subject_key', '=', filter.subjectKey ?? ''),
    )
    .orderBy('framework_assessments.updated_at', 'desc')
    .orderBy('framework_assessments.id')
    .execute();
}

/** The in-progress assessments of one subject (a system id, or 'institution'). */
export async function inProgressOfSubject(db: Db, subjectKey: string): Promise<AssessmentRow[]> {
  return listAssessments(db, { subjectKey, status: 'in_progress' });
}

/** Each answer status's count per assessment. */
export async function answerStatusCounts(
  db: Db,
  assessmentIds: readonly string[],
): Promise<{ assessment_id: string; status: string; n: number }[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_answers')
    .select(['assessment_id', 'status'])
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('assessment_id', 'in', assessmentIds)
    .groupBy(['assessment_id', 'status'])
    .execute();
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export async function updateAssessmentRow(
  db: Db,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<FrameworkAssessmentsTable, 'title' | 'status'>> & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('framework_assessments')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records activity on an assessment without changing its version (answers carry their own). */
export async function touchAssessment(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('framework_assessments')
    .set({ updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** An answer row with its owner's name. */
export type AnswerRow = AssessmentAnswersTable & { owner_name: string | null };

function selectAnswers(db: Db) {
  return db
    .selectFrom('assessment_answers')
    .leftJoin('users', 'users.id', 'assessment_answers.owner_id')
    .selectAll('assessment_answers')
    .select('users.display_name as owner_name');
}

export async function listAnswers(db: Db, assessmentId: string): Promise<AnswerRow[]> {
  return selectAnswers(db)
    .where('assessment_answers.assessment_id', '=', assessmentId)
    .orderBy('assessment_answers.position')
    .execute();
}

export async function findAnswer(
  db: Db,
  assessmentId: string,
  itemKey: string,
): Promise<AnswerRow | undefined> {
  return selectAnswers(db)
    .where('assessment_answers.assessment_id', '=', assessmentId)
    .where('assessment_answers.item_key', '=', itemKey)
    .executeTakeFirst();
}

/** Saves an answer if nobody saved it since `expectedVersion`; false when someone did. */
export async function updateAnswer(
  db: Db,
  key: { assessmentId: string; itemKey: string; expectedVersion: number },
  changes: Pick<
    AssessmentAnswersTable,
    'status' | 'note' | 'owner_id' | 'updated_by_id' | 'updated_by_label' | 'updated_at'
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('assessment_answers')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('assessment_id', '=', key.assessmentId)
    .where('item_key', '=', key.itemKey)
    .where('version', '=', key.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function isActiveUser(db: Db, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('is_active')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row !== undefined && Number(row.is_active) === 1;
}

export async function findSystemBasics(db: Db, systemId: string) {
  return db
    .selectFrom('ai_systems')
    .select(['id', 'name', 'lifecycle_state'])
    .where('id', '=', systemId)
    .executeTakeFirst();
}
