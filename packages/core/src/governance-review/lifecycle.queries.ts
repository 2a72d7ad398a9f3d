import type { Db } from '../deps';

// The facts lifecycle gates read: the latest decision, open conditions, artefacts, suspensions.

/** The outcome of the system's latest review round, when that round is decided. */
export async function latestRoundOutcome(db: Db, systemId: string): Promise<string | null> {
  const row = await db
    .selectFrom('governance_reviews as r')
    .leftJoin('governance_decisions as d', 'd.review_id', 'r.id')
    .select(['r.status', 'd.outcome'])
    .where('r.system_id', '=', systemId)
    .orderBy('r.round', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.outcome ?? null;
}

/** Open conditions per lifecycle state they gate. */
export async function openConditionCounts(db: Db, systemId: string) {
  const rows = await db
    .selectFrom('governance_conditions')
    .select(['gates_state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('system_id', '=', systemId)
    .where('status', '=', 'open')
    .groupBy('gates_state')
    .execute();
  return new Map(rows.map((r) => [r.gates_state, Number(r.n)]));
}

export async function artefactDocumentKindsOf(db: Db, systemId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('ai_system_documents')
    .select('artefact_kind')
    .distinct()
    .where('system_id', '=', systemId)
    .where('artefact_kind', 'is not', null)
    .execute();
  return rows.flatMap((r) => (r.artefact_kind ? [r.artefact_kind] : []));
}

export async function latestCardCompleteness(db: Db, systemId: string) {
  const row = await db
    .selectFrom('model_cards')
    .select('completeness_json')
    .where('system_id', '=', systemId)
    .orderBy('card_version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.completeness_json ?? null;
}

/** When the system last entered the suspended state, if ever. */
export async function lastSuspendedAt(db: Db, systemId: string): Promise<string | null> {
  const row = await db
    .selectFrom('lifecycle_transitions')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('system_id', '=', systemId)
    .where('to_state', '=', 'suspended')
    .executeTakeFirst();
  return row?.at ?? null;
}

export async function approvalsSince(db: Db, systemId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('governance_decisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('system_id', '=', systemId)
    .where('outcome', 'in', ['approved', 'approved_with_conditions'])
    .where('decided_at', '>', since)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
