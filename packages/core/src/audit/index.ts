export {
  appendAudit,
  appendAuditBatch,
  recordAudit,
  listAudit,
  iterateAudit,
  verifyAuditChain,
  type AuditEvent,
} from './audit.service';
export { diffFields, type FieldChanges } from './audit.changes';
export { auditCsvHeader, auditCsvLine, csvField } from './audit.csv';
