import type { AuditEntryDto } from '@vigil/contracts';

const header = [
  'seq',
  'at',
  'actor_id',
  'actor',
  'action',
  'entity_type',
  'entity_id',
  'changes',
  'request_id',
  'hash',
];

/** One RFC 4180 field; a leading formula character is neutralised so spreadsheets do not execute it. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function auditCsvHeader(): string {
  return `${header.join(',')}\r\n`;
}

export function auditCsvLine(entry: AuditEntryDto): string {
  const cells = [
    entry.seq,
    entry.at,
    entry.actorId,
    entry.actorLabel,
    entry.action,
    entry.entityType,
    entry.entityId,
    JSON.stringify(entry.changes),
    entry.requestId,
    entry.hash,
  ];
  return `${cells.map(csvField).join(',')}\r\n`;
}
