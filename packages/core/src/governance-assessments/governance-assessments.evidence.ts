import { createHash, randomUUID } from 'node:crypto';
import {
  type EvidenceAddInput,
  type EvidenceDto,
  type EvidenceRecordOptionDto,
  assessmentLimits,
  documentContentBase64MaxLength,
  evidenceRecordTypeLabels,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { AssessmentEvidenceTable, FrameworkAssessmentsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { classifyDocument, decodeBase64Upload } from '../portfolio-documents/index';
import * as eq from './governance-assessments.evidence.queries';
import { toEvidenceDto } from './governance-assessments.mappers';
import * as q from './governance-assessments.queries';
import { recordOptions, resolveRecord } from './governance-assessments.records';
import {
  type ItemRef,
  noAssessment,
  requireItem,
  requireWritable,
} from './governance-assessments.rules';

/** An evidence file's bytes, with what the download needs to label them. */
export interface EvidenceFile {
  filename: string;
  mediaType: string;
  bytes: Buffer;
}

/**
 * Attaches evidence to an item: a link, a file (type checked by name and content like system
 * documents), or a reference to a Vigil record that must exist and, for a system's assessment,
 * belong to that system.
 * @throws DomainError not_found, validation_failed (params.itemKey, body.contentBase64,
 * body.filename, body.recordId), payload_too_large, conflict (assessment not in progress, or
 * the same link, file or record already on the item)
 */
export async function addEvidence(
  deps: CoreDeps,
  actor: Actor,
  ref: ItemRef,
  input: EvidenceAddInput,
): Promise<EvidenceDto> {
  const file = input.kind === 'file' ? prepareFile(input.filename, input.contentBase64) : null;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const assessment = await requireWritable(trx, deps.dialect, ref.assessmentId);
      requireItem(assessment, ref.itemKey);
      const at = deps.clock.now();
      const base = {
        id: randomUUID(),
        scope: assessment.scope,
        system_id: assessment.system_id,
        note: input.note ? input.note : null,
        added_by_id: actor.userId,
        added_by_label: actor.label,
        added_at: at.toISOString(),
      };
      const row = await evidenceRow(trx, assessment, input, file, base);
      const same = await eq.findSameEvidenceOnItem(trx, ref, sameKeyOf(row));
      if (same) throw alreadyAttached();
      await eq.insertEvidence(trx, row);
      await eq.insertEvidenceLinks(trx, [
        {
          evidence_id: row.id,
          assessment_id: ref.assessmentId,
          item_key: ref.itemKey,
          linked_by_id: actor.userId,
          linked_by_label: actor.label,
          linked_at: at.toISOString(),
        },
      ]);
      await q.touchAssessment(trx, ref.assessmentId, at.toISOString());
      await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
        action: 'assessment.evidence_added',
        entityType: 'framework_assessment',
        entityId: ref.assessmentId,
        changes: {
          itemKey: { before: ref.itemKey, after: ref.itemKey },
          evidenceId: { before: null, after: row.id },
          kind: { before: null, after: row.kind },
          title: { before: null, after: row.title },
          ...(row.url ? { url: { before: null, after: row.url } } : {}),
          ...(row.sha256 ? { sha256: { before: null, after: row.sha256 } } : {}),
          ...(row.record_id
            ? { record: { before: null, after: `${row.record_type}:${row.record_id}` } }
            : {}),
        },
      });
      const { content: _content, ...stored } = row;
      return toEvidenceDto({ ...stored, link_count: 1 });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyAttached();
    throw error;
  }
}

/**
 * Detaches evidence from an item; evidence that no item cites any more is deleted, file and all.
 * @throws DomainError not_found, validation_failed (params.itemKey), conflict (not in progress)
 */
export async function removeEvidence(
  deps: CoreDeps,
  actor: Actor,
  ref: ItemRef & { evidenceId: string },
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const assessment = await requireWritable(trx, deps.dialect, ref.assessmentId);
    requireItem(assessment, ref.itemKey);
    const link = await eq.findLink(trx, ref);
    if (!link || !(await eq.deleteLink(trx, ref)))
      throw new DomainError('not_found', 'This item does not cite evidence with this id');
    const remaining = await eq.countLinks(trx, ref.evidenceId);
    if (remaining === 0) await eq.deleteEvidence(trx, ref.evidenceId);
    const at = deps.clock.now();
    await q.touchAssessment(trx, ref.assessmentId, at.toISOString());
    await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
      action: 'assessment.evidence_removed',
      entityType: 'framework_assessment',
      entityId: ref.assessmentId,
      changes: {
        itemKey: { before: ref.itemKey, after: ref.itemKey },
        evidenceId: { before: ref.evidenceId, after: null },
        title: { before: link.title, after: null },
        deleted: { before: false, after: remaining === 0 },
      },
    });
  });
}

/**
 * An evidence file's bytes, when the assessment cites it.
 * @throws DomainError not_found
 */
export async function getEvidenceFile(
  deps: CoreDeps,
  assessmentId: string,
  evidenceId: string,
): Promise<EvidenceFile> {
  const row = await eq.findEvidenceContent(deps.db, assessmentId, evidenceId);
  if (!row?.content || !row.filename || !row.media_type)
    throw new DomainError('not_found', 'This assessment has no evidence file with this id');
  return { filename: row.filename, mediaType: row.media_type, bytes: Buffer.from(row.content) };
}

/**
 * The Vigil records an assessment's items can cite.
 * @throws DomainError not_found
 */
export async function listEvidenceRecordOptions(
  deps: CoreDeps,
  assessmentId: string,
): Promise<EvidenceRecordOptionDto[]> {
  const assessment = await q.findAssessment(deps.db, assessmentId);
  if (!assessment) throw noAssessment();
  return recordOptions(deps.db, assessment.system_id);
}

type EvidenceBase = Pick<
  AssessmentEvidenceTable,
  'id' | 'scope' | 'system_id' | 'note' | 'added_by_id' | 'added_by_label' | 'added_at'
>;

const noFile = { filename: null, media_type: null, size_bytes: null, sha256: null, content: null };
const noRecord = { record_type: null, record_id: null, record_system_id: null };

async function evidenceRow(
  db: Db,
  assessment: FrameworkAssessmentsTable,
  input: EvidenceAddInput,
  file: PreparedFile | null,
  base: EvidenceBase,
): Promise<AssessmentEvidenceTable> {
  switch (input.kind) {
    case 'link':
      return { ...base, kind: 'link', title: input.title, url: input.url, ...noFile, ...noRecord };
    case 'file': {
      if (!file) throw new Error('file evidence without its prepared file');
      return {
        ...base,
        kind: 'file',
        title: input.title ?? input.filename,
        url: null,
        filename: input.filename,
        media_type: file.mediaType,
        size_bytes: file.bytes.length,
        sha256: file.sha256,
        content: file.bytes,
        ...noRecord,
      };
    }
    case 'record': {
      const record = await resolveRecord(db, input.recordType, input.recordId);
      const label = evidenceRecordTypeLabels[input.recordType].toLowerCase();
      if (!record)
        throw new DomainError('validation_failed', `No ${label} has this id`, {
          details: [{ path: 'body.recordId', message: `does not name an existing ${label}` }],
        });
      if (assessment.system_id !== null && record.systemId !== assessment.system_id)
        throw new DomainError('validation_failed', `This ${label} belongs to another AI system`, {
          details: [{ path: 'body.recordId', message: 'belongs to another AI system' }],
        });
      return {
        ...base,
        kind: 'record',
        title: record.label,
        url: null,
        ...noFile,
        record_type: record.recordType,
        record_id: record.recordId,
        record_system_id: record.systemId,
      };
    }
  }
}

function sameKeyOf(row: AssessmentEvidenceTable): Parameters<typeof eq.findSameEvidenceOnItem>[2] {
  if (row.kind === 'file') return { kind: 'file', sha256: row.sha256 ?? '' };
  if (row.kind === 'record')
    return { kind: 'record', recordType: row.record_type ?? '', recordId: row.record_id ?? '' };
  return { kind: 'link', url: row.url ?? '' };
}

function alreadyAttached(): DomainError {
  return new DomainError('conflict', 'This item already cites the same evidence');
}

interface PreparedFile {
  bytes: Buffer;
  mediaType: string;
  sha256: string;
}

/**
 * Decodes and classifies an uploaded file under the system documents' rules, with evidence's own
 * size limit.
 * @throws DomainError payload_too_large, validation_failed
 */
function prepareFile(filename: string, contentBase64: string): PreparedFile {
  const bytes = decodeBase64Upload({
    contentBase64,
    name: 'The file',
    maxBytes: assessmentLimits.fileMaxBytes,
    maxBase64Length: documentContentBase64MaxLength,
    path: 'body.contentBase64',
  });
  const { mediaType } = classifyDocument(filename, bytes);
  return { bytes, mediaType, sha256: createHash('sha256').update(bytes).digest('hex') };
}
