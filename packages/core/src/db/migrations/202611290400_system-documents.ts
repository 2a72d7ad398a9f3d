import type { Kysely } from 'kysely';
import { binaryColumnType, dialectOf } from '../dialect';

// Documents attached to an AI system's record, stored in the database with their bytes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ai_system_documents')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('system_id', 'varchar(36)', (c) =>
      c.notNull().references('ai_systems.id').onDelete('cascade'),
    )
    .addColumn('filename', 'varchar(255)', (c) => c.notNull())
    .addColumn('media_type', 'varchar(100)', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('content', binaryColumnType(dialectOf(db)), (c) => c.notNull())
    .addColumn('uploaded_by_id', 'varchar(36)')
    .addColumn('uploaded_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('uploaded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ai_system_documents_system_idx')
    .on('ai_system_documents')
    .columns(['system_id', 'uploaded_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ai_system_documents').execute();
}
