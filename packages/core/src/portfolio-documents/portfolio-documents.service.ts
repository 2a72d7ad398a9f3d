import { createHash, randomUUID } from 'node:crypto';
import {
  type DocumentUploadInput,
  type SystemDocumentDto,
  documentContentBase64MaxLength,
  systemDocumentLimits,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { AiSystemDocumentsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { systemExists } from '../portfolio-cards/portfolio-cards.queries';
import { classifyDocument } from './portfolio-documents.file-type';
import { toDocumentDto } from './portfolio-documents.mappers';
import * as q from './portfolio-documents.queries';
import { decodeBase64Upload } from './portfolio-documents.upload';

/** A stored document's bytes, with what the download needs to label them. */
export interface DocumentFile {
  filename: string;
  mediaType: string;
  bytes: Buffer;
}

/**
 * The documents attached to a system, newest first, without their bytes.
 * @throws DomainError not_found
 */
export async function listSystemDocuments(
  deps: CoreDeps,
  systemId: string,
): Promise<SystemDocumentDto[]> {
  await requireSystem(deps.db, systemId);
  return (await q.listDocuments(deps.db, systemId)).map(toDocumentDto);
}

/**
 * Attaches a document to a system: refuses an oversized file from its base64 length before
 * decoding, checks the type by extension and by content, and stores it with an audit entry.
 * @throws DomainError payload_too_large, validation_failed (not base64, empty, type not accepted
 * or content not matching the extension), not_found
 */
export async function uploadSystemDocument(
  deps: CoreDeps,
  actor: Actor,
  systemId: string,
  input: DocumentUploadInput,
): Promise<SystemDocumentDto> {
  const bytes = decodeBase64Upload({
    contentBase64: input.contentBase64,
    name: 'The file',
    maxBytes: systemDocumentLimits.fileMaxBytes,
    maxBase64Length: documentContentBase64MaxLength,
    path: 'body.contentBase64',
  });
  const { mediaType } = classifyDocument(input.filename, bytes);
  const description = input.description?.trim();
  return deps.db.transaction().execute(async (trx) => {
    await requireSystem(trx, systemId);
    const at = deps.clock.now();
    const row: AiSystemDocumentsTable = {
      id: randomUUID(),
      system_id: systemId,
      filename: input.filename,
      media_type: mediaType,
      size_bytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      description: description ? description : null,
      content: bytes,
      uploaded_by_id: actor.userId,
      uploaded_by_label: actor.label,
      uploaded_at: at.toISOString(),
      artefact_kind: input.artefactKind ?? null,
    };
    await q.insertDocument(trx, row);
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'ai_system.document_added',
      entityType: 'ai_system',
      entityId: systemId,
      changes: {
        documentId: { before: null, after: row.id },
        filename: { before: null, after: row.filename },
        mediaType: { before: null, after: row.media_type },
        sizeBytes: { before: null, after: row.size_bytes },
        sha256: { before: null, after: row.sha256 },
        ...(row.artefact_kind ? { artefactKind: { before: null, after: row.artefact_kind } } : {}),
      },
    });
    const { content: _content, ...stored } = row;
    return toDocumentDto(stored);
  });
}

/**
 * A document's bytes for download.
 * @throws DomainError not_found (no such system or document)
 */
export async function getSystemDocumentFile(
  deps: CoreDeps,
  systemId: string,
  documentId: string,
): Promise<DocumentFile> {
  const row = await q.findDocumentContent(deps.db, systemId, documentId);
  if (!row) throw noDocument();
  return { filename: row.filename, mediaType: row.media_type, bytes: Buffer.from(row.content) };
}

/**
 * Removes a document from a system, with an audit entry.
 * @throws DomainError not_found
 */
export async function removeSystemDocument(
  deps: CoreDeps,
  actor: Actor,
  systemId: string,
  documentId: string,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await q.findDocument(trx, systemId, documentId);
    if (!row) throw noDocument();
    await q.deleteDocument(trx, documentId);
    await appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, {
      action: 'ai_system.document_removed',
      entityType: 'ai_system',
      entityId: systemId,
      changes: {
        documentId: { before: row.id, after: null },
        filename: { before: row.filename, after: null },
        mediaType: { before: row.media_type, after: null },
        sizeBytes: { before: Number(row.size_bytes), after: null },
        sha256: { before: row.sha256, after: null },
      },
    });
  });
}

async function requireSystem(db: Db, systemId: string): Promise<void> {
  if (!(await systemExists(db, systemId)))
    throw new DomainError('not_found', 'No AI system has this id');
}

function noDocument(): DomainError {
  return new DomainError('not_found', 'This AI system has no document with this id');
}
