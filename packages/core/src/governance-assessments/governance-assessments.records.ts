import {
  type DecisionOutcome,
  type EvidenceRecordOptionDto,
  type EvidenceRecordType,
  decisionOutcomeLabels,
  decisionOutcomes,
} from '@vigil/contracts';
import type { Db } from '../deps';
import * as q from './governance-assessments.records.queries';

/** A Vigil record as evidence shows it: what it is, which system it belongs to, and a label. */
export interface ResolvedRecord {
  recordType: EvidenceRecordType;
  recordId: string;
  systemId: string;
  label: string;
  detail: string;
}

const day = (iso: string) => iso.slice(0, 10);

function outcomeLabel(outcome: string): string {
  return (decisionOutcomes as readonly string[]).includes(outcome)
    ? decisionOutcomeLabels[outcome as DecisionOutcome]
    : outcome;
}

type CardRow = Awaited<ReturnType<typeof q.listModelCardRecords>>[number];
type DocumentRow = Awaited<ReturnType<typeof q.listDocumentRecords>>[number];
type DecisionRow = Awaited<ReturnType<typeof q.listDecisionRecords>>[number];

function cardRecord(row: CardRow): ResolvedRecord {
  return {
    recordType: 'model_card',
    recordId: row.id,
    systemId: row.system_id,
    label: `Model card v${row.card_version}: ${row.system_name}`,
    detail: `Saved ${day(row.created_at)}`,
  };
}

function documentRecord(row: DocumentRow): ResolvedRecord {
  return {
    recordType: 'system_document',
    recordId: row.id,
    systemId: row.system_id,
    label: row.filename,
    detail: `Document of ${row.system_name}, uploaded ${day(row.uploaded_at)}`,
  };
}

function decisionRecord(row: DecisionRow): ResolvedRecord {
  return {
    recordType: 'governance_decision',
    recordId: row.id,
    systemId: row.system_id,
    label: `Decision: ${outcomeLabel(row.outcome)}: ${row.system_name}`,
    detail: `Decided ${day(row.decided_at)}`,
  };
}

/** The record of a type and id, or undefined when no such record exists. */
export async function resolveRecord(
  db: Db,
  recordType: EvidenceRecordType,
  recordId: string,
): Promise<ResolvedRecord | undefined> {
  switch (recordType) {
    case 'ai_system': {
      const row = await q.findSystemRecord(db, recordId);
      return row
        ? {
            recordType,
            recordId,
            systemId: row.system_id,
            label: row.system_name,
            detail: 'AI system record',
          }
        : undefined;
    }
    case 'model_card': {
      const row = await q.findModelCardRecord(db, recordId);
      return row ? cardRecord(row) : undefined;
    }
    case 'system_document': {
      const row = await q.findDocumentRecord(db, recordId);
      return row ? documentRecord(row) : undefined;
    }
    case 'governance_decision': {
      const row = await q.findDecisionRecord(db, recordId);
      return row ? decisionRecord(row) : undefined;
    }
  }
}

/**
 * The records an assessment's items can cite: for a system, the system itself, its model cards,
 * documents and decisions; for the institution, the same across every system.
 */
export async function recordOptions(
  db: Db,
  systemId: string | null,
): Promise<EvidenceRecordOptionDto[]> {
  const systems = systemId === null ? [] : [await q.findSystemRecord(db, systemId)];
  const records: ResolvedRecord[] = [
    ...systems.flatMap((s) =>
      s
        ? [
            {
              recordType: 'ai_system' as const,
              recordId: s.id,
              systemId: s.system_id,
              label: s.system_name,
              detail: 'AI system record',
            },
          ]
        : [],
    ),
    ...(await q.listModelCardRecords(db, systemId)).map(cardRecord),
    ...(await q.listDocumentRecords(db, systemId)).map(documentRecord),
    ...(await q.listDecisionRecords(db, systemId)).map(decisionRecord),
  ];
  return records.map(({ recordType, recordId, systemId: owner, label, detail }) => ({
    recordType,
    recordId,
    systemId: owner,
    label,
    detail,
  }));
}
