import { z } from 'zod';
import { isoTimestamp, pageQuery, paged } from './common';
import { defineEndpoint } from './endpoint';

export const fieldChange = z.object({ before: z.unknown(), after: z.unknown() });

export const auditEntryDto = z.object({
  seq: z.number().int(),
  at: isoTimestamp,
  actorId: z.string().nullable(),
  actorLabel: z.string().describe('Who acted, as known at the time (email, or "system")'),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  changes: z.record(z.string(), fieldChange),
  requestId: z.string().nullable(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof auditEntryDto>;

export const auditFilter = z
  .object({
    entityType: z.string().trim().max(100).optional(),
    entityId: z.string().trim().max(100).optional(),
    actor: z.string().trim().max(254).optional().describe('Actor email or id'),
    action: z.string().trim().max(100).optional(),
    from: isoTimestamp.optional(),
    to: isoTimestamp.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilter>;

export const auditListQuery = pageQuery.extend(auditFilter.shape).strict();
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditVerifyResult = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ seq: z.number().int(), reason: z.string() }).nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;

export const auditEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: '/api/v1/audit',
    summary: 'Browse the audit trail, newest first',
    tag: 'audit',
    access: 'audit.read',
    query: auditListQuery,
    response: paged(auditEntryDto),
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  exportCsv: defineEndpoint({
    method: 'GET',
    path: '/api/v1/audit/export.csv',
    summary: 'Export the filtered audit trail as CSV',
    tag: 'audit',
    access: 'audit.read',
    query: auditFilter,
    response: z.string(),
    produces: 'text/csv',
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  verify: defineEndpoint({
    method: 'GET',
    path: '/api/v1/audit/verify',
    summary: 'Check the hash chain of the whole audit trail',
    tag: 'audit',
    access: 'audit.read',
    response: auditVerifyResult,
    errors: ['unauthenticated', 'forbidden'],
  }),
};
