import type { Kysely } from 'kysely';

type Db = Kysely<unknown>;

// Personal calendar feed addresses: a calendar app subscribes to the committee's meetings with
// a secret address instead of a session. Only the SHA-256 of the secret is stored.
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('user_id', 'varchar(36)', (c) =>
      c.notNull().unique().references('users.id').onDelete('cascade'),
    )
    .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_used_at', 'varchar(30)')
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('calendar_feeds').execute();
}
