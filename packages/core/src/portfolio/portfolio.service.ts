import { randomUUID } from 'node:crypto';
import type {
  AiSystemCreateInput,
  AiSystemDto,
  AiSystemSnapshot,
  AiSystemUpdateInput,
  PortfolioListQuery,
} from '@vigil/contracts';
import { appendAudit, diffFields } from '../audit/index';
import { searchTerms } from '../db/dialect';
import type { AiSystemsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import {
  ownerIdsOf,
  rowToSnapshot,
  searchDocumentOf,
  snapshotToColumns,
  toAiSystemDto,
} from './portfolio.mappers';
import * as list from './portfolio.list.queries';
import * as q from './portfolio.queries';
import { checkInitialState, checkSnapshot, normaliseSnapshot } from './portfolio.rules';

/**
 * Registers an AI system as proposed, or (admin and CAIO only) as already deployed or monitored.
 * @throws DomainError forbidden (initial state), validation_failed (clearance number, unknown owners)
 */
export async function createAiSystem(
  deps: CoreDeps,
  actor: Actor,
  input: AiSystemCreateInput,
): Promise<AiSystemDto> {
  const { initialState, ...fields } = input;
  checkInitialState(actor, initialState);
  return insertAiSystem(deps, actor, { ...fields, lifecycleState: initialState });
}

/**
 * Registers a system in any lifecycle state, with its first version and audit entry. Core-internal:
 * for seeding and imports that carry a state already decided elsewhere.
 * @throws DomainError validation_failed (clearance number, unknown owners)
 */
export async function insertAiSystem(
  deps: CoreDeps,
  actor: Actor,
  content: AiSystemSnapshot,
): Promise<AiSystemDto> {
  return deps.db.transaction().execute((trx) => insertAiSystemIn(trx, deps, actor, content));
}

/**
 * insertAiSystem in the caller's transaction, for use cases that register a system together
 * with other records (a model card import) and must store all or nothing.
 * @throws DomainError validation_failed (clearance number, unknown owners)
 */
export async function insertAiSystemIn(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  content: AiSystemSnapshot,
): Promise<AiSystemDto> {
  const snapshot = normaliseSnapshot(content);
  const now = deps.clock.now().toISOString();
  const row: AiSystemsTable = {
    id: randomUUID(),
    ...snapshotToColumns(snapshot),
    created_at: now,
    updated_at: now,
    version: 1,
  };
  await checkSnapshot(trx, snapshot);
  await q.insertSystem(trx, row);
  await recordVersion(trx, deps, actor, {
    systemId: row.id,
    version: 1,
    before: null,
    after: snapshot,
  });
  return toDto(trx, row);
}

/**
 * Changes a system's record at the version the caller read; an edit that changes nothing
 * saves no version.
 * @throws DomainError not_found, version_conflict, validation_failed
 */
export async function updateAiSystem(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: AiSystemUpdateInput,
): Promise<AiSystemDto> {
  const { version, ...patch } = input;
  return deps.db.transaction().execute(async (trx) => {
    const row = await q.findSystemById(trx, id);
    if (!row) throw notFound();
    if (Number(row.version) !== version) throw staleVersion(Number(row.version));
    const before = rowToSnapshot(row);
    const after = normaliseSnapshot({ ...before, ...patch });
    if (Object.keys(diffFields(before, after)).length === 0) return toDto(trx, row);
    await checkSnapshot(trx, after);
    const changes = { ...snapshotToColumns(after), updated_at: deps.clock.now().toISOString() };
    if (!(await q.updateSystemAtVersion(trx, id, version, changes)))
      throw staleVersion(version + 1);
    await recordVersion(trx, deps, actor, { systemId: id, version: version + 1, before, after });
    // A new DSI type re-assesses the card, so read back the completeness it stored.
    const saved = await q.findSystemById(trx, id);
    return toDto(trx, saved ?? { ...row, ...changes, version: version + 1 });
  });
}

/**
 * An AI system by id.
 * @throws DomainError not_found
 */
export async function getAiSystem(deps: CoreDeps, id: string): Promise<AiSystemDto> {
  const row = await q.findSystemById(deps.db, id);
  if (!row) throw notFound();
  return toDto(deps.db, row);
}

/** A page of systems matching every word of `q` (as prefixes) and every filter, in the chosen order. */
export async function listAiSystems(deps: CoreDeps, query: PortfolioListQuery) {
  const { page, pageSize, q: text, sort = 'name', order, ...filters } = query;
  const filter: list.SystemFilter = { ...filters, terms: searchTerms(text ?? '') };
  const direction = order ?? (sort === 'updatedAt' ? 'desc' : 'asc');
  const [total, rows] = await Promise.all([
    list.countSystems(deps.db, deps.dialect, filter),
    list.listSystems(
      deps.db,
      deps.dialect,
      filter,
      { sort, direction },
      { limit: pageSize, offset: (page - 1) * pageSize },
    ),
  ]);
  const names = await q.findUserNames(deps.db, rows.flatMap(ownerIdsOf));
  return { items: rows.map((r) => toAiSystemDto(r, names)), total, page, pageSize };
}

/** Saves a version: its snapshot and changed fields, the search document and the audit entry, in the caller's transaction. */
export async function recordVersion(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  change: {
    systemId: string;
    version: number;
    before: AiSystemSnapshot | null;
    after: AiSystemSnapshot;
  },
): Promise<void> {
  const changes = diffFields(change.before, change.after);
  const at = deps.clock.now();
  await q.insertVersion(trx, {
    system_id: change.systemId,
    version: change.version,
    snapshot_json: JSON.stringify(change.after),
    changed_fields_json: JSON.stringify(Object.keys(changes)),
    changed_by_id: actor.userId,
    changed_by_label: actor.label,
    changed_at: at.toISOString(),
  });
  await q.saveSearchDocument(
    trx,
    change.systemId,
    searchDocumentOf(change.after, await q.findCardSearchText(trx, change.systemId)),
  );
  await appendAudit(trx, { dialect: deps.dialect, at }, actor, {
    action: change.before === null ? 'ai_system.created' : 'ai_system.updated',
    entityType: 'ai_system',
    entityId: change.systemId,
    changes,
  });
}

async function toDto(db: Db, row: AiSystemsTable): Promise<AiSystemDto> {
  return toAiSystemDto(row, await q.findUserNames(db, ownerIdsOf(row)));
}

function notFound(): DomainError {
  return new DomainError('not_found', 'No AI system has this id');
}

function staleVersion(current: number): DomainError {
  return new DomainError(
    'version_conflict',
    `This AI system was changed by someone else (now at version ${current}); reload and try again`,
  );
}
