import type { AiSystemDocumentsTable } from '../db/schema';
import type { Db } from '../deps';

/** The columns of a document without its bytes. */
export const documentColumns = [
  'id',
  'system_id',
  'filename',
  'media_type',
  'size_bytes',
  'sha256',
  'description',
  'uploaded_by_id',
  'uploaded_by_label',
  'uploaded_at',
  'artefact_kind',
] as const;

export async function insertDocument(db: Db, row: AiSystemDocumentsTable): Promise<void> {
  await db.insertInto('ai_system_documents').values(row).execute();
}

/** A system's documents without their bytes, newest first. */
export async function listDocuments(db: Db, systemId: string) {
  return db
    .selectFrom('ai_system_documents')
    .select(documentColumns)
    .where('system_id', '=', systemId)
    .orderBy('uploaded_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findDocument(db: Db, systemId: string, documentId: string) {
  return db
    .selectFrom('ai_system_documents')
    .select(documentColumns)
    .where('system_id', '=', systemId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export async function findDocumentContent(db: Db, systemId: string, documentId: string) {
  return db
    .selectFrom('ai_system_documents')
    .select(['filename', 'media_type', 'content'])
    .where('system_id', '=', systemId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export async function deleteDocument(db: Db, documentId: string): Promise<void> {
  await db.deleteFrom('ai_system_documents').where('id', '=', documentId).execute();
}
