import { z } from 'zod';
import { id, idParams, isoTimestamp, noContent } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import { modelCard } from './model-card';
import { aiSystemDto, portfolioViewQuery } from './portfolio';

// Bulk import of an inventory spreadsheet (upload → map columns → preview → commit) and exports.

export const portfolioImportLimits = {
  /** The largest spreadsheet accepted, decoded. */
  fileMaxBytes: 10 * 1024 * 1024,
  rowsMax: 20_000,
  columnsMax: 200,
  cellMaxLength: 4000,
  sampleRows: 5,
  filenameMaxLength: 255,
  /** Hours an unfinished import is kept. */
  sessionHours: 24,
} as const;

/** The base64 length of the largest accepted file: checked before anything is decoded. */
export const importContentBase64MaxLength = Math.ceil(portfolioImportLimits.fileMaxBytes / 3) * 4;

export const importFormats = ['csv', 'xlsx'] as const;
export const importFormat = z.enum(importFormats);
export type ImportFormat = z.infer<typeof importFormat>;

/**
 * The fields a spreadsheet column can fill: the portfolio create input, with owners given by
 * email (or user id) and an optional stable identifier from the sheet.
 */
export const importTargetFields = [
  'externalId',
  'name',
  'developer',
  'product',
  'productVersion',
  'source',
  'kind',
  'category',
  'departments',
  'sites',
  'intendedUse',
  'intendedUsers',
  'patientPopulation',
  'deployment',
  'ehrIntegration',
  'dsiType',
  'fdaStatus',
  'fdaClearanceNumber',
  'imdrfCategory',
  'euAiActRisk',
  'clinicalOwner',
  'technicalOwner',
  'executiveSponsor',
  'links',
  'tags',
  'initialState',
] as const;
export const importTargetField = z.enum(importTargetFields);
export type ImportTargetField = z.infer<typeof importTargetField>;

export const importTargetFieldLabels: Record<ImportTargetField, string> = {
  externalId: 'Inventory ID',
  name: 'Name',
  developer: 'Developer / vendor',
  product: 'Product',
  productVersion: 'Version',
  source: 'Source',
  kind: 'Kind',
  category: 'Category',
  departments: 'Departments (; separated)',
  sites: 'Sites (; separated)',
  intendedUse: 'Intended use',
  intendedUsers: 'Intended users',
  patientPopulation: 'Patient population',
  deployment: 'Deployment',
  ehrIntegration: 'EHR integration',
  dsiType: 'HTI-1 DSI type',
  fdaStatus: 'FDA status',
  fdaClearanceNumber: 'FDA clearance number',
  imdrfCategory: 'IMDRF category',
  euAiActRisk: 'EU AI Act risk',
  clinicalOwner: 'Clinical owner (email)',
  technicalOwner: 'Technical owner (email)',
  executiveSponsor: 'Executive sponsor (email)',
  links: 'Links (; separated URLs)',
  tags: 'Tags (; separated)',
  initialState: 'Status (proposed, deployed, monitored)',
};

export const importUploadInput = z
  .object({
    filename: z.string().trim().min(1).max(portfolioImportLimits.filenameMaxLength),
    format: importFormat,
    contentBase64: z
      .string()
      .describe(
        `The file, base64-encoded; at most ${portfolioImportLimits.fileMaxBytes} bytes decoded (413 otherwise)`,
      ),
  })
  .strict();
export type ImportUploadInput = z.infer<typeof importUploadInput>;

/** Column header → the field it fills, or null to ignore the column. */
export const importMapping = z.record(z.string(), importTargetField.nullable());
export type ImportMapping = z.infer<typeof importMapping>;

export const importSessionStatuses = ['draft', 'committed', 'discarded'] as const;
export const importSessionStatus = z.enum(importSessionStatuses);

export const importSessionDto = z.object({
  id,
  filename: z.string(),
  format: importFormat,
  status: importSessionStatus,
  headers: z.array(z.string()).describe('Column headers, made unique ("Notes (2)") in sheet order'),
  headerRowNumber: z.number().int().describe('The spreadsheet row holding the headers, 1-based'),
  sampleRows: z
    .array(z.array(z.string()))
    .describe('The first data rows as read, cells in header order'),
  suggestedMapping: importMapping,
  rowCount: z.number().int(),
  createdAt: isoTimestamp,
  expiresAt: isoTimestamp,
});
export type ImportSessionDto = z.infer<typeof importSessionDto>;

const rowNumber = z.coerce.number().int().min(1);
export const importPreviewInput = z
  .object({
    mapping: importMapping,
    defaults: z
      .partialRecord(importTargetField, z.string().max(portfolioImportLimits.cellMaxLength))
      .optional()
      .describe('Values used where a row leaves a field blank (or the field has no column)'),
    excludedRows: z
      .array(rowNumber)
      .max(portfolioImportLimits.rowsMax)
      .optional()
      .describe('Spreadsheet row numbers to leave out'),
    rowEdits: z
      .record(
        z.string().regex(/^\d+$/, 'must be a row number'),
        z.partialRecord(importTargetField, z.string().max(portfolioImportLimits.cellMaxLength)),
      )
      .optional()
      .describe(
        'Corrected values by spreadsheet row number, then by field; they replace the mapped cells',
      ),
  })
  .strict();
export type ImportPreviewInput = z.infer<typeof importPreviewInput>;

export const importRowActions = ['create', 'update', 'unchanged', 'excluded', 'invalid'] as const;
export const importRowAction = z.enum(importRowActions);
export type ImportRowAction = z.infer<typeof importRowAction>;

export const importRowError = z.object({
  field: z.string().describe('A target field, or "row"'),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowError>;

export const importPreviewRow = z.object({
  rowNumber: z
    .number()
    .int()
    .describe('The row as a person sees it in the spreadsheet (headers are row 1)'),
  action: importRowAction,
  systemId: id.nullable().describe('The system an update or unchanged row matches'),
  values: z
    .partialRecord(importTargetField, z.string())
    .describe('Normalised values: enum keys, lists joined by "; "'),
  errors: z.array(importRowError),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

export const importCounts = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
  excluded: z.number().int(),
  invalid: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const importPreviewDto = z.object({
  importId: id,
  rows: z.array(importPreviewRow),
  counts: importCounts,
  previewHash: z.string().describe('Send it back to commit exactly this preview'),
});
export type ImportPreviewDto = z.infer<typeof importPreviewDto>;

export const importCommitInput = z.object({ previewHash: z.string().min(1).max(128) }).strict();
export type ImportCommitInput = z.infer<typeof importCommitInput>;

export const importCommitResult = z.object({
  importId: id,
  counts: importCounts,
  createdIds: z.array(id),
  updatedIds: z.array(id),
});
export type ImportCommitResult = z.infer<typeof importCommitResult>;

/** One system as a portable JSON document, re-importable with `vigil systems import`. */
export const aiSystemExportDocument = z.object({
  format: z.literal('vigil.ai-system'),
  formatVersion: z.literal(1),
  exportedAt: isoTimestamp,
  externalId: z.string().nullable(),
  system: aiSystemDto,
  modelCard: modelCard
    .nullable()
    .describe('The latest model card (CHAI v0.2 fields), or null when the system has none'),
});
export type AiSystemExportDocument = z.infer<typeof aiSystemExportDocument>;

export const xlsxMediaType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const imports = '/api/v1/portfolio/imports';
const write: readonly ErrorCode[] = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
];

export const portfolioImportEndpoints = {
  upload: defineEndpoint({
    method: 'POST',
    path: imports,
    summary: 'Upload an inventory spreadsheet (CSV or XLSX) and get a suggested column mapping',
    tag: 'portfolio',
    access: 'portfolio.write',
    body: importUploadInput,
    response: importSessionDto,
    successStatus: 201,
    errors: [...write, 'payload_too_large'],
  }),
  get: defineEndpoint({
    method: 'GET',
    path: `${imports}/:id`,
    summary: 'An import you started',
    tag: 'portfolio',
    access: 'portfolio.write',
    params: idParams,
    response: importSessionDto,
    errors: ['unauthenticated', 'forbidden', 'not_found'],
  }),
  preview: defineEndpoint({
    method: 'PUT',
    path: `${imports}/:id/mapping`,
    summary: 'Set the column mapping, exclusions and fixes; get the row-by-row preview',
    tag: 'portfolio',
    access: 'portfolio.write',
    params: idParams,
    body: importPreviewInput,
    response: importPreviewDto,
    errors: [...write, 'not_found', 'conflict'],
  }),
  commit: defineEndpoint({
    method: 'POST',
    path: `${imports}/:id/commit`,
    summary: 'Import every previewed row at once, or nothing while any row is invalid',
    tag: 'portfolio',
    access: 'portfolio.write',
    params: idParams,
    body: importCommitInput,
    response: importCommitResult,
    errors: [...write, 'not_found', 'conflict'],
  }),
  discard: defineEndpoint({
    method: 'DELETE',
    path: `${imports}/:id`,
    summary: 'Discard an import you started',
    tag: 'portfolio',
    access: 'portfolio.write',
    params: idParams,
    response: noContent,
    successStatus: 204,
    errors: ['unauthenticated', 'forbidden', 'csrf_failed', 'not_found', 'conflict'],
  }),
  exportCsv: defineEndpoint({
    method: 'GET',
    path: '/api/v1/portfolio/export.csv',
    summary: 'The portfolio (or a filtered view) as CSV',
    tag: 'portfolio',
    access: 'portfolio.read',
    query: portfolioViewQuery,
    response: z.string(),
    produces: 'text/csv',
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  exportXlsx: defineEndpoint({
    method: 'GET',
    path: '/api/v1/portfolio/export.xlsx',
    summary: 'The portfolio (or a filtered view) as an Excel workbook',
    tag: 'portfolio',
    access: 'portfolio.read',
    query: portfolioViewQuery,
    response: z.string(),
    produces: xlsxMediaType,
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  exportJson: defineEndpoint({
    method: 'GET',
    path: '/api/v1/portfolio/systems/:id/export.json',
    summary: 'One AI system (and its latest model card) as a JSON document',
    tag: 'portfolio',
    access: 'portfolio.read',
    params: idParams,
    response: aiSystemExportDocument,
    errors: ['unauthenticated', 'forbidden', 'not_found'],
  }),
};
