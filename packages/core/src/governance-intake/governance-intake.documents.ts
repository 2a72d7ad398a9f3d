import { createHash, randomUUID } from 'node:crypto';
import {
  type IntakeDocumentDto,
  type IntakeDocumentInput,
  documentContentBase64MaxLength,
  intakeLimits,
  intakeStatus,
  rolesGrant,
  systemDocumentLimits,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { IntakeDocumentsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError, isDomainError } from '../errors';
import { classifyDocument, decodeBase64Upload } from '../portfolio-documents/index';
import { canSeeIntake, noIntake, visibleIntake } from './governance-intake.access';
import { toIntakeDocumentDto } from './governance-intake.mappers';
import * as q from './governance-intake.queries';

// Intake documents follow the portfolio's rules: size limit checked before decoding, type checked
// by extension and by content, so nothing stored can be served as active content.

/** A checked upload, ready to store. */
export interface CheckedDocument {
  filename: string;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Decodes and checks one uploaded document; errors name its fields under `path` (for example
 * `body.documents.1`).
 * @throws DomainError payload_too_large, validation_failed
 */
export function checkDocument(input: IntakeDocumentInput, path: string): CheckedDocument {
  const bytes = decodeBase64Upload({
    contentBase64: input.contentBase64,
    name: input.filename,
    maxBytes: systemDocumentLimits.fileMaxBytes,
    maxBase64Length: documentContentBase64MaxLength,
    path: `${path}.contentBase64`,
  });
  try {
    const { mediaType } = classifyDocument(input.filename, bytes);
    return {
      filename: input.filename,
      mediaType,
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    throw new DomainError(error.code, error.message, {
      details: (error.details ?? []).map((d) => ({
        ...d,
        path: d.path.replace(/^body/, path),
      })),
    });
  }
}

/** Stores a checked document with an intake, in the caller's transaction. */
export async function storeDocument(
  trx: Db,
  actor: Actor,
  intakeId: string,
  document: CheckedDocument,
  at: string,
): Promise<IntakeDocumentsTable> {
  const row: IntakeDocumentsTable = {
    id: randomUUID(),
    intake_id: intakeId,
    filename: document.filename,
    media_type: document.mediaType,
    size_bytes: document.bytes.length,
    sha256: document.sha256,
    content: document.bytes,
    uploaded_by_id: actor.userId,
    uploaded_by_label: actor.label,
    uploaded_at: at,
  };
  await q.insertIntakeDocument(trx, row);
  return row;
}

/**
 * Attaches another document to an intake that is still in triage, by its submitter or the office.
 * @throws DomainError not_found, forbidden, conflict (accepted or closed, or too many documents),
 * validation_failed, payload_too_large
 */
export async function addIntakeDocument(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeDocumentInput,
): Promise<IntakeDocumentDto> {
  const document = checkDocument(input, 'body');
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.lockIntake(trx, deps.dialect, id);
    if (!row || !canSeeIntake(actor, row)) throw noIntake();
    const isSubmitter = actor.userId !== null && row.submitter_id === actor.userId;
    if (!isSubmitter && !rolesGrant(actor.roles, 'governance.manage'))
      throw new DomainError('forbidden', 'Only the submitter and the AI office add documents');
    if (row.status !== 'submitted' && row.status !== 'needs_info')
      throw new DomainError(
        'conflict',
        `${row.reference} is ${row.status}; it takes no more documents`,
      );
    if ((await q.listIntakeDocuments(trx, id)).length >= intakeLimits.documentsMax)
      throw new DomainError(
        'conflict',
        `An intake holds at most ${intakeLimits.documentsMax} documents`,
      );
    const at = deps.clock.now();
    const stored = await storeDocument(trx, actor, id, document, at.toISOString());
    const statuses = [intakeStatus.parse(row.status)];
    if (
      !(await q.updateIntakeAt(
        trx,
        id,
        { version: Number(row.version), statuses },
        { updated_at: at.toISOString() },
      ))
    )
      throw new DomainError(
        'conflict',
        'The intake changed while the document was added; try again',
      );
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'intake.document_added',
      entityType: 'intake',
      entityId: id,
      changes: {
        documentId: { before: null, after: stored.id },
        filename: { before: null, after: stored.filename },
        mediaType: { before: null, after: stored.media_type },
        sizeBytes: { before: null, after: stored.size_bytes },
        sha256: { before: null, after: stored.sha256 },
      },
    });
    const { content: _content, ...dto } = stored;
    return toIntakeDocumentDto(dto);
  });
}

/**
 * An intake document's bytes, for those who may see the intake.
 * @throws DomainError not_found
 */
export async function getIntakeDocumentFile(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  documentId: string,
): Promise<{ filename: string; mediaType: string; bytes: Buffer }> {
  await visibleIntake(deps.db, actor, id);
  const row = await q.findIntakeDocumentContent(deps.db, id, documentId);
  if (!row) throw new DomainError('not_found', 'This intake has no document with this id');
  return { filename: row.filename, mediaType: row.media_type, bytes: Buffer.from(row.content) };
}
