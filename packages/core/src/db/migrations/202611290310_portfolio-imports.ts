import type { Kysely } from 'kysely';

// Spreadsheet imports: the upload kept between mapping, preview and commit, and the inventory's
// own identifier on each system so a re-import updates instead of duplicating.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('portfolio_imports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('filename', 'varchar(255)', (c) => c.notNull())
    .addColumn('format', 'varchar(10)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('headers_json', 'text', (c) => c.notNull())
    .addColumn('header_row_number', 'integer', (c) => c.notNull())
    .addColumn('rows_json', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('suggested_mapping_json', 'text', (c) => c.notNull())
    .addColumn('preview_input_json', 'text')
    .addColumn('preview_hash', 'varchar(128)')
    .addColumn('result_json', 'text')
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portfolio_imports_expires_at_idx')
    .on('portfolio_imports')
    .column('expires_at')
    .execute();

  await db.schema.alterTable('ai_systems').addColumn('external_id', 'varchar(200)').execute();
  // Unique among systems that have one: both dialects let many rows hold NULL.
  await db.schema
    .createIndex('ai_systems_external_id_uq')
    .unique()
    .on('ai_systems')
    .column('external_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ai_systems_external_id_uq').execute();
  await db.schema.alterTable('ai_systems').dropColumn('external_id').execute();
  await db.schema.dropTable('portfolio_imports').execute();
}
