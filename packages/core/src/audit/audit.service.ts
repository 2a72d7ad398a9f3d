import type {
  AuditEntryDto,
  AuditFilter,
  AuditListQuery,
  AuditVerifyResult,
} from '@vigil/contracts';
import type { DialectName } from '../db/config';
import type { AuditLogTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import type { FieldChanges } from './audit.changes';
import { chainHash, genesisHash } from './audit.hash';
import { toAuditEntryDto } from './audit.mappers';
import {
  countAuditEntries,
  findAuditHead,
  insertAuditEntries,
  listAuditBatch,
  listAuditEntries,
  lockAuditHead,
  saveAuditHead,
} from './audit.queries';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  changes?: FieldChanges;
}

/**
 * Appends one entry to the hash chain. Call it inside the transaction that makes the change,
 * so the change and its record commit together.
 */
export async function appendAudit(
  trx: Db,
  context: { dialect: DialectName; at: Date },
  actor: Actor,
  event: AuditEvent,
): Promise<void> {
  await appendAuditBatch(trx, context, actor, [event]);
}

/**
 * Appends many entries to the hash chain at once (bulk imports): one head lock, one batched
 * insert per few hundred entries, one head update. The chain is the same as appending each in turn.
 */
export async function appendAuditBatch(
  trx: Db,
  context: { dialect: DialectName; at: Date },
  actor: Actor,
  events: readonly AuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  const head = await lockAuditHead(trx, context.dialect);
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const rows: AuditLogTable[] = events.map((event) => {
    seq += 1;
    const row = chainedRow(seq, prevHash, context.at, actor, event);
    prevHash = row.hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 200) await insertAuditEntries(trx, rows.slice(i, i + 200));
  await saveAuditHead(trx, seq, prevHash);
}

/** One audit row, its hash computed over the previous hash and every stored field. */
function chainedRow(
  seq: number,
  prevHash: string,
  at: Date,
  actor: Actor,
  event: AuditEvent,
): AuditLogTable {
  const fields = {
    seq,
    at: at.toISOString(),
    actorId: actor.userId,
    actorLabel: actor.label,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changesJson: JSON.stringify(event.changes ?? {}),
    requestId: actor.requestId,
  };
  return {
    seq,
    at: fields.at,
    actor_id: fields.actorId,
    actor_label: fields.actorLabel,
    action: fields.action,
    entity_type: fields.entityType,
    entity_id: fields.entityId,
    changes_json: fields.changesJson,
    request_id: fields.requestId,
    prev_hash: prevHash,
    hash: chainHash(prevHash, fields),
  };
}

/** Records an event in its own transaction (for events with no other write, such as a failed sign-in). */
export async function recordAudit(deps: CoreDeps, actor: Actor, event: AuditEvent): Promise<void> {
  await deps.db
    .transaction()
    .execute((trx) =>
      appendAudit(trx, { dialect: deps.dialect, at: deps.clock.now() }, actor, event),
    );
}

/** A page of the audit trail, newest first. */
export async function listAudit(deps: CoreDeps, query: AuditListQuery) {
  const { page, pageSize, ...filter } = query;
  const [total, rows] = await Promise.all([
    countAuditEntries(deps.db, filter),
    listAuditEntries(deps.db, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
  ]);
  return { items: rows.map(toAuditEntryDto), total, page, pageSize };
}

/** Walks the filtered trail in chain order, a batch at a time, without loading it whole. */
export async function* iterateAudit(
  deps: CoreDeps,
  filter: AuditFilter,
): AsyncGenerator<AuditEntryDto> {
  let after = 0;
  for (;;) {
    const batch = await listAuditBatch(deps.db, after, 1000, filter);
    for (const row of batch) yield toAuditEntryDto(row);
    const last = batch.at(-1);
    if (!last || batch.length < 1000) return;
    after = last.seq;
  }
}

/** Recomputes the whole chain; names the first entry whose hash, link or sequence is wrong. */
export async function verifyAuditChain(deps: Pick<CoreDeps, 'db'>): Promise<AuditVerifyResult> {
  let prev: Pick<AuditLogTable, 'seq' | 'hash'> = { seq: 0, hash: genesisHash };
  let checked = 0;
  for (;;) {
    const batch = await listAuditBatch(deps.db, prev.seq, 1000);
    for (const row of batch) {
      const broken = checkEntry(prev, row);
      if (broken) return { intact: false, checked, firstBroken: { seq: row.seq, reason: broken } };
      prev = row;
      checked += 1;
    }
    if (batch.length < 1000) break;
  }
  const head = await findAuditHead(deps.db);
  if ((head?.seq ?? 0) !== prev.seq || (head?.hash ?? genesisHash) !== prev.hash) {
    return {
      intact: false,
      checked,
      firstBroken: {
        seq: prev.seq + 1,
        reason: `entries after ${prev.seq} are missing (the chain head records ${head?.seq ?? 0})`,
      },
    };
  }
  return { intact: true, checked, firstBroken: null };
}

function checkEntry(prev: Pick<AuditLogTable, 'seq' | 'hash'>, row: AuditLogTable): string | null {
  if (row.seq !== prev.seq + 1) return `entries ${prev.seq + 1} to ${row.seq - 1} are missing`;
  if (row.prev_hash !== prev.hash) return 'its link to the previous entry does not match';
  const expected = chainHash(row.prev_hash, {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changesJson: row.changes_json,
    requestId: row.request_id,
  });
  return expected === row.hash ? null : 'its content was changed after it was written';
}
