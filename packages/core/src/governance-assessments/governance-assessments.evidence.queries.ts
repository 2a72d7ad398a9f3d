import type { AssessmentEvidenceLinksTable, AssessmentEvidenceTable } from '../db/schema';
import type { Db } from '../deps';

/** Evidence without its bytes. */
export type EvidenceRow = Omit<AssessmentEvidenceTable, 'content'>;

const evidenceColumns = [
  'assessment_evidence.id',
  'assessment_evidence.scope',
  'assessment_evidence.system_id',
  'assessment_evidence.kind',
  'assessment_evidence.title',
  'assessment_evidence.note',
  'assessment_evidence.url',
  'assessment_evidence.filename',
  'assessment_evidence.media_type',
  'assessment_evidence.size_bytes',
  'assessment_evidence.sha256',
  'assessment_evidence.record_type',
  'assessment_evidence.record_id',
  'assessment_evidence.record_system_id',
  'assessment_evidence.added_by_id',
  'assessment_evidence.added_by_label',
  'assessment_evidence.added_at',
] as const;

export async function insertEvidence(db: Db, row: AssessmentEvidenceTable): Promise<void> {
  await db.insertInto('assessment_evidence').values(row).execute();
}

export async function insertEvidenceLinks(
  db: Db,
  rows: readonly AssessmentEvidenceLinksTable[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('assessment_evidence_links').values(rows).execute();
}

/** The evidence each item of an assessment cites, with how many items cite it anywhere. */
export async function listAssessmentEvidence(
  db: Db,
  assessmentId: string,
  itemKey?: string,
): Promise<(EvidenceRow & { item_key: string; link_count: number })[]> {
  const rows = await db
    .selectFrom('assessment_evidence_links as l')
    .innerJoin('assessment_evidence', 'assessment_evidence.id', 'l.evidence_id')
    .select(evidenceColumns)
    .select('l.item_key')
    .select((eb) =>
      eb
        .selectFrom('assessment_evidence_links as all_links')
        .select((inner) => inner.fn.countAll<number | string>().as('n'))
        .whereRef('all_links.evidence_id', '=', 'assessment_evidence.id')
        .as('link_count'),
    )
    .where('l.assessment_id', '=', assessmentId)
    .$if(itemKey !== undefined, (q) => q.where('l.item_key', '=', itemKey ?? ''))
    .orderBy('l.linked_at')
    .orderBy('assessment_evidence.id')
    .execute();
  return rows.map((r) => ({ ...r, link_count: Number(r.link_count ?? 0) }));
}

/** The ids of the evidence an item cites. */
export async function evidenceIdsOfItem(
  db: Db,
  assessmentId: string,
  itemKey: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('assessment_evidence_links')
    .select('evidence_id')
    .where('assessment_id', '=', assessmentId)
    .where('item_key', '=', itemKey)
    .execute();
  return rows.map((r) => r.evidence_id);
}

/** Evidence of the kind already cited by the item that is the same link, file or record. */
export async function findSameEvidenceOnItem(
  db: Db,
  key: { assessmentId: string; itemKey: string },
  same:
    | { kind: 'link'; url: string }
    | { kind: 'file'; sha256: string }
    | { kind: 'record'; recordType: string; recordId: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('assessment_evidence_links as l')
    .innerJoin('assessment_evidence as e', 'e.id', 'l.evidence_id')
    .select('e.id')
    .where('l.assessment_id', '=', key.assessmentId)
    .where('l.item_key', '=', key.itemKey)
    .where('e.kind', '=', same.kind)
    .$if(same.kind === 'link', (q) => q.where('e.url', '=', 'url' in same ? same.url : ''))
    .$if(same.kind === 'file', (q) => q.where('e.sha256', '=', 'sha256' in same ? same.sha256 : ''))
    .$if(same.kind === 'record', (q) =>
      q
        .where('e.record_type', '=', 'recordType' in same ? same.recordType : '')
        .where('e.record_id', '=', 'recordId' in same ? same.recordId : ''),
    )
    .executeTakeFirst();
  return row?.id;
}

export async function findLink(
  db: Db,
  key: { assessmentId: string; itemKey: string; evidenceId: string },
): Promise<(EvidenceRow & { item_key: string }) | undefined> {
  return db
    .selectFrom('assessment_evidence_links as l')
    .innerJoin('assessment_evidence', 'assessment_evidence.id', 'l.evidence_id')
    .select(evidenceColumns)
    .select('l.item_key')
    .where('l.assessment_id', '=', key.assessmentId)
    .where('l.item_key', '=', key.itemKey)
    .where('l.evidence_id', '=', key.evidenceId)
    .executeTakeFirst();
}

/** Removes one link; true when it existed. */
export async function deleteLink(
  db: Db,
  key: { assessmentId: string; itemKey: string; evidenceId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('assessment_evidence_links')
    .where('assessment_id', '=', key.assessmentId)
    .where('item_key', '=', key.itemKey)
    .where('evidence_id', '=', key.evidenceId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function countLinks(db: Db, evidenceId: string): Promise<number> {
  const row = await db
    .selectFrom('assessment_evidence_links')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('evidence_id', '=', evidenceId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function deleteEvidence(db: Db, evidenceId: string): Promise<void> {
  await db.deleteFrom('assessment_evidence').where('id', '=', evidenceId).execute();
}

/** An evidence file's bytes, if the assessment cites that evidence on any item. */
export async function findEvidenceContent(db: Db, assessmentId: string, evidenceId: string) {
  return db
    .selectFrom('assessment_evidence as e')
    .select(['e.filename', 'e.media_type', 'e.content'])
    .where('e.id', '=', evidenceId)
    .where('e.kind', '=', 'file')
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('assessment_evidence_links as l')
          .select('l.evidence_id')
          .whereRef('l.evidence_id', '=', 'e.id')
          .where('l.assessment_id', '=', assessmentId),
      ),
    )
    .executeTakeFirst();
}

/** How many items of each assessment cite evidence, per item. */
export async function evidenceCountsOfAssessment(
  db: Db,
  assessmentId: string,
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('assessment_evidence_links')
    .select('item_key')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('assessment_id', '=', assessmentId)
    .groupBy('item_key')
    .execute();
  return new Map(rows.map((r) => [r.item_key, Number(r.n)]));
}

/** The existing links among the candidate (assessment, item, evidence) triples. */
export async function existingLinks(
  db: Db,
  assessmentIds: readonly string[],
  evidenceIds: readonly string[],
): Promise<Set<string>> {
  if (assessmentIds.length === 0 || evidenceIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('assessment_evidence_links')
    .select(['assessment_id', 'item_key', 'evidence_id'])
    .where('assessment_id', 'in', assessmentIds)
    .where('evidence_id', 'in', evidenceIds)
    .execute();
  return new Set(rows.map((r) => linkKey(r.assessment_id, r.item_key, r.evidence_id)));
}

export function linkKey(assessmentId: string, itemKey: string, evidenceId: string): string {
  return `${assessmentId}|${itemKey}|${evidenceId}`;
}
