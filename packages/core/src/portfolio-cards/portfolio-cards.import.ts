import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type ModelCardImportInput,
  type ModelCardImportResult,
  modelCardLimits,
} from '@vigil/contracts';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { importChaiXml } from '../model-card/index';
import { ownerIdsOf, toAiSystemDto } from '../portfolio/portfolio.mappers';
import { findUserNames } from '../portfolio/portfolio.queries';
import { insertAiSystemIn } from '../portfolio/portfolio.service';
import * as q from './portfolio-cards.queries';
import { storeCardVersion } from './portfolio-cards.service';
import { systemFromCard } from './portfolio-cards.system-from-card';

/**
 * Imports a CHAI v0.2 model card XML: as the next card version of `systemId`, or, without one,
 * as a new proposed system registered from the card. The card is validated against schema.xsd
 * before anything is written, and the system, card and audit entries commit together or not at all.
 * @throws DomainError payload_too_large over the size limit; validation_failed naming element and
 * line when the file is not a schema-valid card; not_found for an unknown system
 */
export async function importModelCard(
  deps: CoreDeps,
  actor: Actor,
  input: ModelCardImportInput,
): Promise<ModelCardImportResult> {
  const card = await importChaiXml(input.xml);
  const filename = input.filename ?? null;
  return deps.db.transaction().execute(async (trx) => {
    const createdSystem = input.systemId === undefined;
    const systemId =
      input.systemId ?? (await insertAiSystemIn(trx, deps, actor, systemFromCard(card))).id;
    const system = await q.findSystemForCard(trx, deps.dialect, systemId);
    if (!system)
      throw new DomainError('not_found', 'No AI system has this id', {
        details: [{ path: 'body.systemId', message: 'is not a registered AI system' }],
      });
    const saved = await storeCardVersion(trx, deps, actor, system, {
      card,
      basedOnVersion: undefined,
      source: 'chai_xml_import',
      filename,
    });
    const names = await findUserNames(trx, ownerIdsOf(system));
    // The card just stored is now the system's current one, assessed for its DSI type.
    const current = { ...system, card_completeness_pct: saved.completeness.overall.percent };
    return { createdSystem, system: toAiSystemDto(current, names), card: saved };
  });
}

/**
 * Imports a model card XML file from disk (for the CLI). The size is checked before the file is
 * read, so an oversized file is refused without loading it.
 * @throws DomainError payload_too_large, not_found (no such file or system), validation_failed
 */
export async function importModelCardXmlFile(
  deps: CoreDeps,
  actor: Actor,
  options: { path: string; systemId?: string },
): Promise<ModelCardImportResult> {
  const info = await stat(options.path).catch((error: unknown) => {
    throw new DomainError('not_found', `No file at ${options.path}`, { cause: error });
  });
  if (!info.isFile()) throw new DomainError('validation_failed', `${options.path} is not a file`);
  if (info.size > modelCardLimits.xmlMaxBytes) {
    throw new DomainError(
      'payload_too_large',
      `The file is ${info.size} bytes; a model card may be at most ${modelCardLimits.xmlMaxBytes} bytes`,
    );
  }
  const xml = await readFile(options.path, 'utf8');
  return importModelCard(deps, actor, {
    xml,
    systemId: options.systemId,
    filename: basename(options.path),
  });
}
