import { type Kysely, sql } from 'kysely';

// The transparency completeness of each system's current model card, kept on the system so the
// portfolio list can filter and sort by it. Backfilled here from the stored tallies of each
// system's latest card for the HTI-1 DSI type it is assessed against (predictive unless it is
// evidence-based); null while a system has no card.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('ai_systems')
    .addColumn('card_completeness_pct', 'double precision')
    .execute();
  await db.schema
    .createIndex('ai_systems_card_completeness_idx')
    .on('ai_systems')
    .column('card_completeness_pct')
    .execute();

  const { rows } = await sql<{ id: string; dsi_type: string; completeness_json: string }>`
    select s.id, s.dsi_type, c.completeness_json
    from ai_systems s
    join model_cards c on c.system_id = s.id
    where c.card_version = (select max(m.card_version) from model_cards m where m.system_id = s.id)
  `.execute(db);
  for (const row of rows) {
    const assessedAs = row.dsi_type === 'evidence_based' ? 'evidence_based' : 'predictive';
    const stored = JSON.parse(row.completeness_json) as Record<string, { overall?: unknown }>;
    const overall = stored[assessedAs]?.overall;
    if (typeof overall !== 'number') continue;
    await sql`update ai_systems set card_completeness_pct = ${overall} where id = ${row.id}`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ai_systems_card_completeness_idx').execute();
  await db.schema.alterTable('ai_systems').dropColumn('card_completeness_pct').execute();
}
