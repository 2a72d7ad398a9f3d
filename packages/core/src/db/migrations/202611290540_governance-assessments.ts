import { type Kysely, sql } from 'kysely';
import { binaryColumnType, dialectOf } from '../dialect';

type Db = Kysely<unknown>;

const id = 'varchar(36)';
const at = 'varchar(30)';

// Framework assessments: an assessment of a system (or the institution) against a framework data
// file, one answer row per framework item, and evidence that one or more answers cite.
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('framework_assessments')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('framework_key', 'varchar(40)', (c) => c.notNull())
    .addColumn('framework_version', 'varchar(40)', (c) => c.notNull())
    .addColumn('scope', 'varchar(20)', (c) => c.notNull())
    .addColumn('system_id', id, (c) => c.references('ai_systems.id').onDelete('cascade'))
    // The system id, or 'institution': one value to keep one assessment in progress per subject.
    .addColumn('subject_key', id, (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_by_id', id)
    .addColumn('created_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('created_at', at, (c) => c.notNull())
    .addColumn('updated_at', at, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql`create unique index framework_assessments_in_progress_unique on framework_assessments (framework_key, subject_key) where status = 'in_progress'`.execute(
    db,
  );
  await db.schema
    .createIndex('framework_assessments_subject_idx')
    .on('framework_assessments')
    .columns(['subject_key', 'updated_at'])
    .execute();

  await db.schema
    .createTable('assessment_answers')
    .addColumn('assessment_id', id, (c) =>
      c.notNull().references('framework_assessments.id').onDelete('cascade'),
    )
    .addColumn('item_key', 'varchar(80)', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('owner_id', id, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by_id', id)
    .addColumn('updated_by_label', 'varchar(254)')
    .addColumn('updated_at', at)
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('assessment_answers_pk', ['assessment_id', 'item_key'])
    .execute();
  await db.schema
    .createIndex('assessment_answers_owner_idx')
    .on('assessment_answers')
    .columns(['owner_id', 'status'])
    .execute();

  await db.schema
    .createTable('assessment_evidence')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('scope', 'varchar(20)', (c) => c.notNull())
    .addColumn('system_id', id, (c) => c.references('ai_systems.id').onDelete('cascade'))
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('url', 'text')
    .addColumn('filename', 'varchar(255)')
    .addColumn('media_type', 'varchar(100)')
    .addColumn('size_bytes', 'integer')
    .addColumn('sha256', 'varchar(64)')
    .addColumn('content', binaryColumnType(dialectOf(db)))
    .addColumn('record_type', 'varchar(40)')
    .addColumn('record_id', id)
    .addColumn('record_system_id', id)
    .addColumn('added_by_id', id)
    .addColumn('added_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('added_at', at, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assessment_evidence_links')
    .addColumn('evidence_id', id, (c) =>
      c.notNull().references('assessment_evidence.id').onDelete('cascade'),
    )
    .addColumn('assessment_id', id, (c) =>
      c.notNull().references('framework_assessments.id').onDelete('cascade'),
    )
    .addColumn('item_key', 'varchar(80)', (c) => c.notNull())
    .addColumn('linked_by_id', id)
    .addColumn('linked_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('linked_at', at, (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_evidence_links_pk', [
      'assessment_id',
      'item_key',
      'evidence_id',
    ])
    .execute();
  await db.schema
    .createIndex('assessment_evidence_links_evidence_idx')
    .on('assessment_evidence_links')
    .column('evidence_id')
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('assessment_evidence_links').execute();
  await db.schema.dropTable('assessment_evidence').execute();
  await db.schema.dropTable('assessment_answers').execute();
  await db.schema.dropTable('framework_assessments').execute();
}
