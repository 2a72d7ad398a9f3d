import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changesJson: string;
  requestId: string | null;
}

/** sha256 over the previous hash and every stored field, so editing any of them breaks the chain. */
export function chainHash(prevHash: string, entry: ChainedFields): string {
  const body = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.changesJson,
    entry.requestId,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
