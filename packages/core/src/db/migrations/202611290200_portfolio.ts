import type { Kysely } from 'kysely';
import { createBinaryOrderIndex, createFullTextTable, dialectOf } from '../dialect';

// The AI system registry: systems, their saved versions, the full-text index and saved views.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ai_systems')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('name_sort', 'varchar(200)', (c) => c.notNull())
    .addColumn('developer', 'varchar(200)', (c) => c.notNull())
    .addColumn('product', 'varchar(200)')
    .addColumn('product_version', 'varchar(200)')
    .addColumn('source', 'varchar(30)', (c) => c.notNull())
    .addColumn('kind', 'varchar(30)', (c) => c.notNull())
    .addColumn('category', 'varchar(40)', (c) => c.notNull())
    .addColumn('departments_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sites_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('intended_use', 'text')
    .addColumn('intended_users', 'text')
    .addColumn('patient_population', 'text')
    .addColumn('deployment', 'varchar(30)')
    .addColumn('ehr_integration', 'varchar(200)')
    .addColumn('dsi_type', 'varchar(30)', (c) => c.notNull())
    .addColumn('fda_status', 'varchar(40)', (c) => c.notNull())
    .addColumn('fda_clearance_number', 'varchar(20)')
    .addColumn('imdrf_category', 'varchar(4)')
    .addColumn('eu_ai_act_risk', 'varchar(30)', (c) => c.notNull())
    .addColumn('lifecycle_state', 'varchar(30)', (c) => c.notNull())
    .addColumn('clinical_owner_id', 'varchar(36)', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('technical_owner_id', 'varchar(36)', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('executive_sponsor_id', 'varchar(36)', (c) =>
      c.references('users.id').onDelete('set null'),
    )
    .addColumn('links_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  const dialect = dialectOf(db);
  await createBinaryOrderIndex(db, dialect, {
    name: 'ai_systems_name_sort_idx',
    table: 'ai_systems',
    columns: ['name_sort', 'id'],
  });
  for (const column of [
    'updated_at',
    'lifecycle_state',
    'kind',
    'category',
    'developer',
    'fda_status',
  ]) {
    await db.schema
      .createIndex(`ai_systems_${column}_idx`)
      .on('ai_systems')
      .column(column)
      .execute();
  }

  await db.schema
    .createTable('ai_system_versions')
    .addColumn('system_id', 'varchar(36)', (c) =>
      c.notNull().references('ai_systems.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('changed_fields_json', 'text', (c) => c.notNull())
    .addColumn('changed_by_id', 'varchar(36)')
    .addColumn('changed_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('changed_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('ai_system_versions_pk', ['system_id', 'version'])
    .execute();

  await createFullTextTable(db, dialect, {
    name: 'ai_system_search',
    key: 'system_id',
    references: 'ai_systems(id)',
  });

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('query_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('saved_views_user_name_uq', ['user_id', 'name'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['saved_views', 'ai_system_search', 'ai_system_versions', 'ai_systems']) {
    await db.schema.dropTable(table).execute();
  }
}
