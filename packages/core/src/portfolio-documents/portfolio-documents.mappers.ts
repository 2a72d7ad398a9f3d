import { type SystemDocumentDto, artefactDocumentKinds } from '@vigil/contracts';
import type { AiSystemDocumentsTable } from '../db/schema';

export function toDocumentDto(row: Omit<AiSystemDocumentsTable, 'content'>): SystemDocumentDto {
  return {
    id: row.id,
    systemId: row.system_id,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    description: row.description,
    uploadedById: row.uploaded_by_id,
    uploadedByLabel: row.uploaded_by_label,
    uploadedAt: row.uploaded_at,
    artefactKind: artefactDocumentKinds.find((k) => k === row.artefact_kind) ?? null,
  };
}
