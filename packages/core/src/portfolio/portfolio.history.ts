import type {
  AiSystemDiffDto,
  AiSystemDiffQuery,
  AiSystemVersionDto,
  AiSystemVersionSnapshotDto,
} from '@vigil/contracts';
import { diffFields } from '../audit/index';
import type { CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { toVersionDto, versionSnapshot } from './portfolio.mappers';
import * as q from './portfolio.queries';

/**
 * Every saved version of a system, newest first, with who saved it and which fields changed.
 * @throws DomainError not_found
 */
export async function listAiSystemVersions(
  deps: CoreDeps,
  systemId: string,
): Promise<AiSystemVersionDto[]> {
  const rows = await q.listVersions(deps.db, systemId);
  if (rows.length === 0) throw new DomainError('not_found', 'No AI system has this id');
  return rows.map(toVersionDto);
}

/**
 * A system as it was saved at one version.
 * @throws DomainError not_found
 */
export async function getAiSystemVersion(
  deps: CoreDeps,
  systemId: string,
  version: number,
): Promise<AiSystemVersionSnapshotDto> {
  const row = await q.findVersion(deps.db, systemId, version);
  if (!row) throw missingVersion(version);
  return { systemId, ...toVersionDto(row), snapshot: versionSnapshot(row) };
}

/**
 * The fields whose values differ between two versions, with each side's value.
 * @throws DomainError not_found naming the missing version
 */
export async function diffAiSystemVersions(
  deps: CoreDeps,
  systemId: string,
  range: AiSystemDiffQuery,
): Promise<AiSystemDiffDto> {
  const [from, to] = await Promise.all([
    q.findVersion(deps.db, systemId, range.from),
    q.findVersion(deps.db, systemId, range.to),
  ]);
  if (!from) throw missingVersion(range.from, 'querystring.from');
  if (!to) throw missingVersion(range.to, 'querystring.to');
  return {
    systemId,
    from: range.from,
    to: range.to,
    changes: diffFields(versionSnapshot(from), versionSnapshot(to)),
  };
}

function missingVersion(version: number, path?: string): DomainError {
  return new DomainError('not_found', `This AI system has no version ${version}`, {
    details: path === undefined ? undefined : [{ path, message: 'is not a saved version' }],
  });
}
