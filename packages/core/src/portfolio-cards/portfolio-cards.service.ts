import { randomUUID } from 'node:crypto';
import type {
  ModelCard,
  ModelCardDto,
  ModelCardSaveInput,
  ModelCardSource,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import { isUniqueViolation } from '../db/dialect';
import type { AiSystemsTable, ModelCardsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { diffModelCards } from '../model-card/index';
import { rowToSnapshot, searchDocumentOf } from '../portfolio/portfolio.mappers';
import { refreshCardCompleteness, saveSearchDocument } from '../portfolio/portfolio.queries';
import { cardOf, cardSearchText, completenessToStore, toCardDto } from './portfolio-cards.mappers';
import * as q from './portfolio-cards.queries';

/** The changed field paths an audit entry lists at most; the full diff is one request away. */
const maxAuditedPaths = 100;

export interface CardVersionInput {
  card: ModelCard;
  /** The version the caller edited (0: none yet); undefined appends after whatever is current. */
  basedOnVersion: number | undefined;
  source: ModelCardSource;
  filename: string | null;
}

/**
 * Saves an edited card as the system's next card version.
 * @throws DomainError not_found, version_conflict when `basedOnVersion` is not the current version
 */
export async function saveModelCard(
  deps: CoreDeps,
  actor: Actor,
  systemId: string,
  input: ModelCardSaveInput,
): Promise<ModelCardDto> {
  return deps.db.transaction().execute(async (trx) => {
    const system = await q.findSystemForCard(trx, deps.dialect, systemId);
    if (!system) throw new DomainError('not_found', 'No AI system has this id');
    return storeCardVersion(trx, deps, actor, system, {
      card: input.card,
      basedOnVersion: input.basedOnVersion,
      source: 'manual',
      filename: null,
    });
  });
}

/**
 * Stores the next card version of a system in the caller's transaction, with the search
 * document and an audit entry listing the changed fields.
 * @throws DomainError version_conflict
 */
export async function storeCardVersion(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  system: AiSystemsTable,
  input: CardVersionInput,
): Promise<ModelCardDto> {
  const previous = await q.findLatestCard(trx, system.id);
  const current = previous ? Number(previous.card_version) : 0;
  if (input.basedOnVersion !== undefined && input.basedOnVersion !== current)
    throw staleCard(current);
  const at = deps.clock.now();
  const searchText = cardSearchText(input.card);
  const row: ModelCardsTable = {
    id: randomUUID(),
    system_id: system.id,
    card_version: current + 1,
    card_json: JSON.stringify(input.card),
    source: input.source,
    source_filename: input.filename,
    search_text: searchText,
    completeness_json: completenessToStore(input.card),
    created_by_id: actor.userId,
    created_by_label: actor.label,
    created_at: at.toISOString(),
  };
  try {
    await q.insertCard(trx, row);
  } catch (error) {
    if (isUniqueViolation(error)) throw staleCard(current + 1);
    throw error;
  }
  await saveSearchDocument(trx, system.id, searchDocumentOf(rowToSnapshot(system), searchText));
  await refreshCardCompleteness(trx, system.id);
  const changed = previous ? diffModelCards(cardOf(previous), input.card).map((d) => d.path) : [];
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: input.source === 'chai_xml_import' ? 'model_card.imported' : 'model_card.saved',
    entityType: 'ai_system',
    entityId: system.id,
    changes: {
      cardVersion: { before: previous ? current : null, after: current + 1 },
      ...(previous
        ? { changedFields: { before: null, after: changed.slice(0, maxAuditedPaths) } }
        : {}),
      ...(changed.length > maxAuditedPaths
        ? { changedFieldCount: { before: null, after: changed.length } }
        : {}),
      ...(input.filename === null
        ? {}
        : { sourceFilename: { before: null, after: input.filename } }),
    },
  });
  return toCardDto(row, rowToSnapshot(system).dsiType);
}

function staleCard(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `This model card was changed by someone else (now at card version ${current}); reload and try again`,
    {
      details: [
        { path: 'body.basedOnVersion', message: `is not the current card version (${current})` },
      ],
    },
  );
}
