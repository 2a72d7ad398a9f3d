import type {
  ModelCardDiffDto,
  ModelCardDiffQuery,
  ModelCardDto,
  ModelCardVersionDto,
} from '@vigil/contracts';
import type { CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { diffModelCards, serializeChaiXml } from '../model-card/index';
import { rowToSnapshot } from '../portfolio/portfolio.mappers';
import { findSystemById } from '../portfolio/portfolio.queries';
import { cardOf, toCardDto, toCardVersionDto } from './portfolio-cards.mappers';
import * as q from './portfolio-cards.queries';

/**
 * A system's current model card with its transparency completeness for the system's DSI type.
 * @throws DomainError not_found (no such system, or no card yet)
 */
export async function getModelCard(deps: CoreDeps, systemId: string): Promise<ModelCardDto> {
  const system = await findSystemById(deps.db, systemId);
  if (!system) throw noSystem();
  const row = await q.findLatestCard(deps.db, systemId);
  if (!row) throw new DomainError('not_found', 'This AI system has no model card yet');
  return toCardDto(row, rowToSnapshot(system).dsiType);
}

/**
 * Every version of a system's card, newest first (empty when it has none).
 * @throws DomainError not_found
 */
export async function listModelCardVersions(
  deps: CoreDeps,
  systemId: string,
): Promise<ModelCardVersionDto[]> {
  if (!(await q.systemExists(deps.db, systemId))) throw noSystem();
  return (await q.listCardVersions(deps.db, systemId)).map(toCardVersionDto);
}

/**
 * A system's card as saved at one version, assessed for the system's current DSI type.
 * @throws DomainError not_found
 */
export async function getModelCardVersion(
  deps: CoreDeps,
  systemId: string,
  cardVersion: number,
): Promise<ModelCardDto> {
  const system = await findSystemById(deps.db, systemId);
  if (!system) throw noSystem();
  const row = await q.findCard(deps.db, systemId, cardVersion);
  if (!row) throw missingVersion(cardVersion);
  return toCardDto(row, rowToSnapshot(system).dsiType);
}

/**
 * The fields added, removed or changed from one card version to another.
 * @throws DomainError not_found naming the missing version
 */
export async function diffModelCardVersions(
  deps: CoreDeps,
  systemId: string,
  range: ModelCardDiffQuery,
): Promise<ModelCardDiffDto> {
  const [from, to] = await Promise.all([
    q.findCard(deps.db, systemId, range.from),
    q.findCard(deps.db, systemId, range.to),
  ]);
  if (!from) throw missingVersion(range.from, 'querystring.from');
  if (!to) throw missingVersion(range.to, 'querystring.to');
  return {
    systemId,
    from: range.from,
    to: range.to,
    changes: diffModelCards(cardOf(from), cardOf(to)),
  };
}

/**
 * A system's current card as CHAI v0.2 XML, with a download file name.
 * @throws DomainError not_found (no such system, or no card yet)
 */
export async function exportModelCardFile(
  deps: CoreDeps,
  systemId: string,
): Promise<{ filename: string; xml: string }> {
  const system = await findSystemById(deps.db, systemId);
  if (!system) throw noSystem();
  const row = await q.findLatestCard(deps.db, systemId);
  if (!row) throw new DomainError('not_found', 'This AI system has no model card yet');
  const slug = system.name_sort.replace(/ /g, '-').slice(0, 80) || 'model';
  return {
    filename: `${slug}-card-v${Number(row.card_version)}.xml`,
    xml: serializeChaiXml(cardOf(row)),
  };
}

/**
 * A system's current card as CHAI v0.2 XML that validates against schema.xsd.
 * @throws DomainError not_found (no such system, or no card yet)
 */
export async function exportModelCardXml(deps: CoreDeps, systemId: string): Promise<string> {
  return (await exportModelCardFile(deps, systemId)).xml;
}

function noSystem(): DomainError {
  return new DomainError('not_found', 'No AI system has this id');
}

function missingVersion(cardVersion: number, path?: string): DomainError {
  return new DomainError('not_found', `This AI system has no model card version ${cardVersion}`, {
    details: path === undefined ? undefined : [{ path, message: 'is not a saved card version' }],
  });
}
