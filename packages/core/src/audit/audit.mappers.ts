import type { AuditEntryDto } from '@vigil/contracts';
import type { AuditLogTable } from '../db/schema';

export function toAuditEntryDto(row: AuditLogTable): AuditEntryDto {
  return {
    seq: Number(row.seq),
    at: row.at,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    changes: JSON.parse(row.changes_json) as AuditEntryDto['changes'],
    requestId: row.request_id,
    hash: row.hash,
  };
}
