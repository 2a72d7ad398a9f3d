import type { FrameworkItemDto, FrameworkKey } from '@vigil/contracts';
import type { DialectName } from '../db/config';
import type { FrameworkAssessmentsTable } from '../db/schema';
import type { Db } from '../deps';
import { DomainError } from '../errors';
import { frameworkOf } from './governance-assessments.frameworks';
import * as q from './governance-assessments.queries';

/** One item of one assessment. */
export interface ItemRef {
  assessmentId: string;
  itemKey: string;
}

/** The subject key of an assessment or evidence: the system id, or 'institution'. */
export function subjectKeyOf(systemId: string | null): string {
  return systemId ?? 'institution';
}

/** Where the web app shows an assessment (and one of its items). */
export function assessmentLink(assessmentId: string, itemKey?: string): string {
  const base = `/governance/assessments/${assessmentId}`;
  return itemKey === undefined ? base : `${base}?item=${encodeURIComponent(itemKey)}`;
}

export function noAssessment(): DomainError {
  return new DomainError('not_found', 'No framework assessment has this id');
}

/**
 * The assessment, locked for the transaction, when its answers and evidence may change.
 * @throws DomainError not_found, conflict (completed or archived)
 */
export async function requireWritable(
  db: Db,
  dialect: DialectName,
  assessmentId: string,
): Promise<FrameworkAssessmentsTable> {
  const row = await q.lockAssessment(db, dialect, assessmentId);
  if (!row) throw noAssessment();
  if (row.status !== 'in_progress')
    throw new DomainError(
      'conflict',
      `This assessment is ${row.status === 'completed' ? 'completed' : 'archived'}; reopen it to change its answers or evidence`,
    );
  return row;
}

/**
 * The framework item an assessment's item key names.
 * @throws DomainError validation_failed naming params.itemKey
 */
export function requireItem(
  assessment: Pick<FrameworkAssessmentsTable, 'framework_key'>,
  itemKey: string,
): FrameworkItemDto {
  const framework = frameworkOf(assessment.framework_key as FrameworkKey);
  const item = framework.itemsByKey.get(itemKey);
  if (!item)
    throw new DomainError(
      'validation_failed',
      `${framework.summary.shortTitle} has no item ${itemKey}`,
      {
        details: [
          {
            path: 'params.itemKey',
            message: `is not an item of ${framework.summary.shortTitle} ${framework.summary.version}`,
          },
        ],
      },
    );
  return item;
}

/** A change refused because someone else saved the assessment or answer first. */
export function staleVersion(what: string): DomainError {
  return new DomainError(
    'version_conflict',
    `Someone else changed this ${what} after you opened it; reload to see their changes`,
  );
}
