import { randomUUID } from 'node:crypto';
import type { AiSystemSnapshot } from '@vigil/contracts';
import { type AuditEvent, appendAuditBatch, diffFields } from '../audit/index';
import type { AiSystemsTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { DomainError } from '../errors';
import { rowToSnapshot, searchDocumentOf, snapshotToColumns } from '../portfolio/portfolio.mappers';
import { insertSystem, updateSystemAtVersion } from '../portfolio/portfolio.queries';
import { recordVersion } from '../portfolio/portfolio.service';
import { setExternalId } from './import.queries';

const batchRows = 50;

/**
 * Inserts many checked systems in the caller's transaction with the same records as
 * createAiSystem (first version, search document, audit entry each), written in batches so a
 * 5,000-row inventory commits in seconds. Returns the new ids in order.
 */
export async function insertCheckedSystems(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  systems: readonly { snapshot: AiSystemSnapshot; externalId: string | null }[],
): Promise<string[]> {
  const at = deps.clock.now();
  const now = at.toISOString();
  const prepared = systems.map(({ snapshot, externalId }) => {
    const row: AiSystemsTable = {
      id: randomUUID(),
      ...snapshotToColumns(snapshot),
      created_at: now,
      updated_at: now,
      version: 1,
      external_id: externalId,
    };
    return { row, snapshot, changes: diffFields(null, snapshot) };
  });
  for (let i = 0; i < prepared.length; i += batchRows) {
    const batch = prepared.slice(i, i + batchRows);
    await trx
      .insertInto('ai_systems')
      .values(batch.map((p) => p.row))
      .execute();
    await trx
      .insertInto('ai_system_versions')
      .values(
        batch.map((p) => ({
          system_id: p.row.id,
          version: 1,
          snapshot_json: JSON.stringify(p.snapshot),
          changed_fields_json: JSON.stringify(Object.keys(p.changes)),
          changed_by_id: actor.userId,
          changed_by_label: actor.label,
          changed_at: now,
        })),
      )
      .execute();
    await trx
      .insertInto('ai_system_search')
      .values(batch.map((p) => ({ system_id: p.row.id, document: searchDocumentOf(p.snapshot) })))
      .execute();
  }
  const events: AuditEvent[] = prepared.map((p) => ({
    action: 'ai_system.created',
    entityType: 'ai_system',
    entityId: p.row.id,
    changes: p.changes,
  }));
  await appendAuditBatch(trx, { dialect: deps.dialect, at }, actor, events);
  return prepared.map((p) => p.row.id);
}

/**
 * Inserts a system the import has already checked, in the caller's transaction, with its first
 * version and audit entry (the same records as createAiSystem). Returns the new id.
 */
export async function insertCheckedSystem(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  snapshot: AiSystemSnapshot,
  externalId: string | null,
): Promise<string> {
  const now = deps.clock.now().toISOString();
  const row: AiSystemsTable = {
    id: randomUUID(),
    ...snapshotToColumns(snapshot),
    created_at: now,
    updated_at: now,
    version: 1,
    external_id: externalId,
  };
  await insertSystem(trx, row);
  await recordVersion(trx, deps, actor, {
    systemId: row.id,
    version: 1,
    before: null,
    after: snapshot,
  });
  return row.id;
}

/**
 * Saves checked new content for a stored row in the caller's transaction: a new version and
 * audit entry when the content changed; the inventory id either way.
 * @throws DomainError version_conflict (the row changed since it was read)
 */
export async function updateCheckedSystem(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  row: AiSystemsTable,
  change: { after: AiSystemSnapshot; externalId: string | null },
): Promise<void> {
  const before = rowToSnapshot(row);
  const version = Number(row.version);
  if (Object.keys(diffFields(before, change.after)).length > 0) {
    const columns = {
      ...snapshotToColumns(change.after),
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updateSystemAtVersion(trx, row.id, version, columns))) {
      throw new DomainError(
        'version_conflict',
        `The AI system “${before.name}” was changed by someone else; preview the import again`,
      );
    }
    await recordVersion(trx, deps, actor, {
      systemId: row.id,
      version: version + 1,
      before,
      after: change.after,
    });
  }
  if (change.externalId !== (row.external_id ?? null))
    await setExternalId(trx, row.id, change.externalId);
}
