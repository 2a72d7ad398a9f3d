import { sql } from 'kysely';
import type { DialectName } from '../db/config';
import { forUpdate } from '../db/dialect';
import type { ModelCardsTable } from '../db/schema';
import type { Db } from '../deps';
import { type SystemFilter, filtered } from '../portfolio/portfolio.list.queries';

export async function insertCard(db: Db, row: ModelCardsTable): Promise<void> {
  await db.insertInto('model_cards').values(row).execute();
}

/** The system row, locked for the transaction on PostgreSQL so card versions are numbered one at a time. */
export async function findSystemForCard(db: Db, dialect: DialectName, systemId: string) {
  return forUpdate(
    dialect,
    db.selectFrom('ai_systems').selectAll().where('id', '=', systemId),
  ).executeTakeFirst();
}

export async function findLatestCard(db: Db, systemId: string) {
  return db
    .selectFrom('model_cards')
    .selectAll()
    .where('system_id', '=', systemId)
    .orderBy('card_version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findCard(db: Db, systemId: string, cardVersion: number) {
  return db
    .selectFrom('model_cards')
    .selectAll()
    .where('system_id', '=', systemId)
    .where('card_version', '=', cardVersion)
    .executeTakeFirst();
}

/** Every version of a system's card without the card itself, newest first. */
export async function listCardVersions(db: Db, systemId: string) {
  return db
    .selectFrom('model_cards')
    .select([
      'system_id',
      'card_version',
      'source',
      'source_filename',
      'created_by_id',
      'created_by_label',
      'created_at',
    ])
    .where('system_id', '=', systemId)
    .orderBy('card_version', 'desc')
    .execute();
}

export async function systemExists(db: Db, systemId: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('ai_systems')
      .select('id')
      .where('id', '=', systemId)
      .executeTakeFirst()) !== undefined
  );
}

/** Systems matching the filter, each with the stored tallies of its current card (null without one). */
export async function listSystemCompleteness(db: Db, dialect: DialectName, filter: SystemFilter) {
  const systems = await filtered(db, dialect, filter)
    .select(['id', 'name', 'name_sort', 'developer', 'lifecycle_state', 'dsi_type'])
    .execute();
  const latest = await db
    .selectFrom('model_cards as c')
    .select(['c.system_id', 'c.card_version', 'c.completeness_json'])
    .where('c.system_id', 'in', filtered(db, dialect, filter).select('id'))
    .where('c.card_version', '=', (eb) =>
      eb
        .selectFrom('model_cards as m')
        .select(sql<number>`max(m.card_version)`.as('v'))
        .whereRef('m.system_id', '=', 'c.system_id'),
    )
    .execute();
  const bySystem = new Map(latest.map((row) => [row.system_id, row]));
  return systems.map((s) => ({ ...s, card: bySystem.get(s.id) ?? null }));
}
