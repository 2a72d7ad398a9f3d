import type { Kysely } from 'kysely';

// Model cards: every saved version of a system's CHAI Applied Model Card, newest is current.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('model_cards')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('system_id', 'varchar(36)', (c) =>
      c.notNull().references('ai_systems.id').onDelete('cascade'),
    )
    .addColumn('card_version', 'integer', (c) => c.notNull())
    .addColumn('card_json', 'text', (c) => c.notNull())
    .addColumn('source', 'varchar(30)', (c) => c.notNull())
    .addColumn('source_filename', 'varchar(255)')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('completeness_json', 'text', (c) => c.notNull())
    .addColumn('created_by_id', 'varchar(36)')
    .addColumn('created_by_label', 'varchar(254)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addUniqueConstraint('model_cards_system_version_uq', ['system_id', 'card_version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('model_cards').execute();
}
