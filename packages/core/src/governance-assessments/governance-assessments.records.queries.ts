import type { Db } from '../deps';

// The Vigil records evidence can cite, read from the tables their own areas own. Each kind has one
// select (with its system's name) that finding one record and listing a system's records share.

const LIST_LIMIT = 500;

export async function findSystemRecord(db: Db, id: string) {
  return db
    .selectFrom('ai_systems')
    .select(['id', 'id as system_id', 'name as system_name'])
    .where('id', '=', id)
    .executeTakeFirst();
}

function modelCardRecords(db: Db) {
  return db
    .selectFrom('model_cards')
    .innerJoin('ai_systems', 'ai_systems.id', 'model_cards.system_id')
    .select([
      'model_cards.id',
      'model_cards.system_id',
      'model_cards.card_version',
      'model_cards.created_at',
      'ai_systems.name as system_name',
    ]);
}

function documentRecords(db: Db) {
  return db
    .selectFrom('ai_system_documents')
    .innerJoin('ai_systems', 'ai_systems.id', 'ai_system_documents.system_id')
    .select([
      'ai_system_documents.id',
      'ai_system_documents.system_id',
      'ai_system_documents.filename',
      'ai_system_documents.uploaded_at',
      'ai_systems.name as system_name',
    ]);
}

function decisionRecords(db: Db) {
  return db
    .selectFrom('governance_decisions')
    .innerJoin('ai_systems', 'ai_systems.id', 'governance_decisions.system_id')
    .select([
      'governance_decisions.id',
      'governance_decisions.system_id',
      'governance_decisions.outcome',
      'governance_decisions.decided_at',
      'ai_systems.name as system_name',
    ]);
}

export async function findModelCardRecord(db: Db, id: string) {
  return modelCardRecords(db).where('model_cards.id', '=', id).executeTakeFirst();
}

export async function findDocumentRecord(db: Db, id: string) {
  return documentRecords(db).where('ai_system_documents.id', '=', id).executeTakeFirst();
}

export async function findDecisionRecord(db: Db, id: string) {
  return decisionRecords(db).where('governance_decisions.id', '=', id).executeTakeFirst();
}

/** The model cards of a system (or of every system), newest version first. */
export async function listModelCardRecords(db: Db, systemId: string | null) {
  return modelCardRecords(db)
    .$if(systemId !== null, (q) => q.where('model_cards.system_id', '=', systemId ?? ''))
    .orderBy('ai_systems.name_sort')
    .orderBy('model_cards.card_version', 'desc')
    .limit(LIST_LIMIT)
    .execute();
}

/** The documents of a system (or of every system), newest first. */
export async function listDocumentRecords(db: Db, systemId: string | null) {
  return documentRecords(db)
    .$if(systemId !== null, (q) => q.where('ai_system_documents.system_id', '=', systemId ?? ''))
    .orderBy('ai_system_documents.uploaded_at', 'desc')
    .limit(LIST_LIMIT)
    .execute();
}

/** The governance decisions on a system (or on every system), newest first. */
export async function listDecisionRecords(db: Db, systemId: string | null) {
  return decisionRecords(db)
    .$if(systemId !== null, (q) => q.where('governance_decisions.system_id', '=', systemId ?? ''))
    .orderBy('governance_decisions.decided_at', 'desc')
    .limit(LIST_LIMIT)
    .execute();
}
