import {
  type IntakeDocumentDto,
  type IntakeDto,
  type IntakeMessageDto,
  type IntakeSummaryDto,
  aiSystemSource,
  intakeAutonomy,
  intakeKind,
  intakeStatus,
  lifecycleState,
} from '@vigil/contracts';
import type { IntakeDocumentsTable, IntakeMessagesTable, IntakesTable } from '../db/schema';

export function toIntakeSummaryDto(row: IntakesTable): IntakeSummaryDto {
  return {
    id: row.id,
    reference: row.reference,
    kind: intakeKind.parse(row.kind),
    title: row.title,
    department: row.department,
    status: intakeStatus.parse(row.status),
    submitterId: row.submitter_id,
    submitterLabel: row.submitter_label,
    systemId: row.system_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toIntakeMessageDto(row: IntakeMessagesTable): IntakeMessageDto {
  return {
    id: row.id,
    authorId: row.author_id,
    authorLabel: row.author_label,
    fromOffice: Number(row.from_office) === 1,
    isQuestion: Number(row.is_question) === 1,
    body: row.body,
    createdAt: row.created_at,
  };
}

export function toIntakeDocumentDto(row: Omit<IntakeDocumentsTable, 'content'>): IntakeDocumentDto {
  return {
    id: row.id,
    intakeId: row.intake_id,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedByLabel: row.uploaded_by_label,
    uploadedAt: row.uploaded_at,
  };
}

export function toIntakeDto(
  row: IntakesTable,
  related: {
    messages: IntakeMessagesTable[];
    documents: Omit<IntakeDocumentsTable, 'content'>[];
    system: { id: string; name: string; lifecycle_state: string } | undefined;
  },
): IntakeDto {
  return {
    ...toIntakeSummaryDto(row),
    problem: row.problem,
    intendedUse: row.intended_use,
    source: aiSystemSource.parse(row.source),
    vendorName: row.vendor_name,
    dataUsed: row.data_used,
    affectedPeople: row.affected_people,
    patientFacing: Number(row.patient_facing) === 1,
    autonomy: intakeAutonomy.parse(row.autonomy),
    closedReason: row.closed_reason,
    system: related.system
      ? {
          id: related.system.id,
          name: related.system.name,
          lifecycleState: lifecycleState.parse(related.system.lifecycle_state),
        }
      : null,
    version: Number(row.version),
    messages: related.messages.map(toIntakeMessageDto),
    documents: related.documents.map(toIntakeDocumentDto),
  };
}
