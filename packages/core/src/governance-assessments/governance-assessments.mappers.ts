import {
  type AnswerCounts,
  type AnswerStatus,
  type AssessmentAnswerDto,
  type AssessmentProgress,
  type AssessmentScope,
  type AssessmentStatus,
  type AssessmentSummaryDto,
  type EvidenceDto,
  type EvidenceKind,
  type EvidenceRecordType,
  type FrameworkKey,
  answerStatuses,
} from '@vigil/contracts';
import type { AnswerRow, AssessmentRow } from './governance-assessments.queries';
import type { EvidenceRow } from './governance-assessments.evidence.queries';
import { frameworkOf } from './governance-assessments.frameworks';

/** Progress over a list of answer statuses: counts, answered share and met share. */
export function progressOf(statuses: Iterable<AnswerStatus>): AssessmentProgress {
  const counts = emptyCounts();
  for (const status of statuses) counts[status] += 1;
  return progressFromCounts(counts);
}

export function emptyCounts(): AnswerCounts {
  return { met: 0, partial: 0, not_met: 0, not_applicable: 0, unanswered: 0 };
}

/**
 * Progress from per-status counts. Met is measured against the applicable items, so marking an
 * item not applicable never lowers the share; a group with nothing applicable counts as all met.
 */
export function progressFromCounts(counts: AnswerCounts): AssessmentProgress {
  const total = answerStatuses.reduce((sum, s) => sum + counts[s], 0);
  const answered = total - counts.unanswered;
  const applicable = total - counts.not_applicable;
  return {
    total,
    answered,
    counts,
    percentAnswered: total === 0 ? 0 : Math.floor((answered * 100) / total),
    percentMet:
      applicable === 0 ? (total === 0 ? 0 : 100) : Math.floor((counts.met * 100) / applicable),
  };
}

export function asAnswerStatus(value: string): AnswerStatus {
  return (answerStatuses as readonly string[]).includes(value)
    ? (value as AnswerStatus)
    : 'unanswered';
}

export function toSummaryDto(row: AssessmentRow, counts: AnswerCounts): AssessmentSummaryDto {
  const frameworkKey = row.framework_key as FrameworkKey;
  return {
    id: row.id,
    frameworkKey,
    frameworkVersion: row.framework_version,
    frameworkTitle: frameworkOf(frameworkKey).summary.shortTitle,
    scope: row.scope as AssessmentScope,
    systemId: row.system_id,
    systemName: row.system_name,
    title: row.title,
    status: row.status as AssessmentStatus,
    createdById: row.created_by_id,
    createdByLabel: row.created_by_label,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    progress: progressFromCounts(counts),
  };
}

export function toEvidenceDto(row: EvidenceRow & { link_count?: number }): EvidenceDto {
  return {
    id: row.id,
    kind: row.kind as EvidenceKind,
    title: row.title,
    note: row.note,
    url: row.url,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes === null ? null : Number(row.size_bytes),
    sha256: row.sha256,
    recordType: row.record_type as EvidenceRecordType | null,
    recordId: row.record_id,
    recordSystemId: row.record_system_id,
    addedById: row.added_by_id,
    addedByLabel: row.added_by_label,
    addedAt: row.added_at,
    linkCount: row.link_count ?? 1,
  };
}

export function toAnswerDto(
  row: AnswerRow,
  evidence: EvidenceDto[],
  crosswalkCount: number,
): AssessmentAnswerDto {
  return {
    itemKey: row.item_key,
    status: asAnswerStatus(row.status),
    note: row.note,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    updatedById: row.updated_by_id,
    updatedByLabel: row.updated_by_label,
    updatedAt: row.updated_at,
    version: Number(row.version),
    evidence,
    crosswalkCount,
  };
}

/** Collects per-assessment counts from grouped count rows. */
export function countsByAssessment(
  rows: readonly { assessment_id: string; status: string; n: number }[],
): Map<string, AnswerCounts> {
  const result = new Map<string, AnswerCounts>();
  for (const row of rows) {
    const counts = result.get(row.assessment_id) ?? emptyCounts();
    counts[asAnswerStatus(row.status)] += row.n;
    result.set(row.assessment_id, counts);
  }
  return result;
}
