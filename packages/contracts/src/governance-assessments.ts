import { z } from 'zod';
import { id, isoTimestamp } from './common';
import { documentExtensions, systemDocumentLimits } from './portfolio-documents';

// Framework assessments (issue 4, item 6): a system, or the institution, assessed against a
// framework held as versioned data (NIST AI RMF, RUAIH, HTI-1 IRM, CHAI principles and lifecycle
// checklist), item by item, with evidence that a crosswalk lets count for mapped items elsewhere.

/** The frameworks Vigil ships as data files, by stable key. */
export const frameworkKeys = [
  'nist_ai_rmf',
  'ruaih',
  'hti1_irm',
  'chai_principles',
  'chai_lifecycle',
] as const;
export const frameworkKey = z.enum(frameworkKeys);
export type FrameworkKey = z.infer<typeof frameworkKey>;

/** What is assessed: one AI system, or the institution as a whole (organizational items). */
export const assessmentScopes = ['system', 'institution'] as const;
export const assessmentScope = z.enum(assessmentScopes);
export type AssessmentScope = z.infer<typeof assessmentScope>;
export const assessmentScopeLabels: Record<AssessmentScope, string> = {
  system: 'An AI system',
  institution: 'The institution',
};

/** In progress (answers can change), completed, or archived; both of the latter are read-only. */
export const assessmentStatuses = ['in_progress', 'completed', 'archived'] as const;
export const assessmentStatus = z.enum(assessmentStatuses);
export type AssessmentStatus = z.infer<typeof assessmentStatus>;
export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  in_progress: 'In progress',
  completed: 'Completed',
  archived: 'Archived',
};

/** The answer to one framework item. */
export const answerStatuses = [
  'met',
  'partial',
  'not_met',
  'not_applicable',
  'unanswered',
] as const;
export const answerStatus = z.enum(answerStatuses);
export type AnswerStatus = z.infer<typeof answerStatus>;
export const answerStatusLabels: Record<AnswerStatus, string> = {
  met: 'Met',
  partial: 'Partially met',
  not_met: 'Not met',
  not_applicable: 'Not applicable',
  unanswered: 'Not answered',
};
/** The answers a gap report lists: everything that is neither met nor not applicable. */
export const gapStatuses: readonly AnswerStatus[] = ['not_met', 'partial', 'unanswered'];

/** Evidence is a web link, an uploaded file, or a reference to a record kept in Vigil. */
export const evidenceKinds = ['link', 'file', 'record'] as const;
export const evidenceKind = z.enum(evidenceKinds);
export type EvidenceKind = z.infer<typeof evidenceKind>;

/** The Vigil records evidence can point at; each is checked to exist when attached. */
export const evidenceRecordTypes = [
  'ai_system',
  'model_card',
  'system_document',
  'governance_decision',
] as const;
export const evidenceRecordType = z.enum(evidenceRecordTypes);
export type EvidenceRecordType = z.infer<typeof evidenceRecordType>;
export const evidenceRecordTypeLabels: Record<EvidenceRecordType, string> = {
  ai_system: 'AI system record',
  model_card: 'Model card',
  system_document: 'System document',
  governance_decision: 'Governance decision',
};

export const assessmentLimits = {
  titleMaxLength: 200,
  noteMaxLength: 4000,
  evidenceTitleMaxLength: 300,
  urlMaxLength: 2000,
  /** Evidence files share the limits of system documents. */
  fileMaxBytes: systemDocumentLimits.fileMaxBytes,
  applyTargetsMax: 200,
} as const;

/** An item key as the data files write them: lower-case letters, digits and underscores. */
export const itemKey = z
  .string()
  .regex(/^[a-z0-9_]{1,80}$/, 'must be a framework item key such as nist_govern_1_5');

// ---------------------------------------------------------------- frameworks

export const frameworkSummaryDto = z.object({
  key: frameworkKey,
  version: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  publisher: z.string(),
  source: z.object({ citation: z.string(), url: z.string() }),
  summary: z.string(),
  levels: z.array(z.string()).describe('Names of the grouping levels, outermost first'),
  groupCount: z.number().int(),
  itemCount: z.number().int(),
});
export type FrameworkSummaryDto = z.infer<typeof frameworkSummaryDto>;

export const frameworkGroupDto = z.object({
  key: z.string(),
  parent: z.string().nullable(),
  ref: z.string().describe('The label the framework itself uses, e.g. GOVERN 1'),
  title: z.string(),
});
export type FrameworkGroupDto = z.infer<typeof frameworkGroupDto>;

export const frameworkItemDto = z.object({
  key: z.string(),
  group: z.string().describe('The innermost group the item belongs to'),
  ref: z.string(),
  text: z.string(),
  verification: z
    .enum(['V', 'S', 'U'])
    .describe('V verified against the primary source, S secondary sources only, U unverified'),
  tags: z.array(z.string()),
});
export type FrameworkItemDto = z.infer<typeof frameworkItemDto>;

export const frameworkDto = frameworkSummaryDto.extend({
  groups: z.array(frameworkGroupDto),
  items: z.array(frameworkItemDto),
});
export type FrameworkDto = z.infer<typeof frameworkDto>;

export const frameworkParams = z.object({ frameworkKey }).strict();

// ---------------------------------------------------------------- assessments

export const answerCounts = z.object({
  met: z.number().int(),
  partial: z.number().int(),
  not_met: z.number().int(),
  not_applicable: z.number().int(),
  unanswered: z.number().int(),
});
export type AnswerCounts = z.infer<typeof answerCounts>;

export const assessmentProgress = z.object({
  total: z.number().int(),
  answered: z.number().int(),
  counts: answerCounts,
  percentAnswered: z.number().int().describe('Answered items out of all items, 0-100'),
  percentMet: z
    .number()
    .int()
    .describe('Met items out of the applicable ones (all but not applicable), 0-100'),
});
export type AssessmentProgress = z.infer<typeof assessmentProgress>;

export const assessmentSummaryDto = z.object({
  id,
  frameworkKey,
  frameworkVersion: z.string(),
  frameworkTitle: z.string(),
  scope: assessmentScope,
  systemId: id.nullable(),
  systemName: z.string().nullable(),
  title: z.string(),
  status: assessmentStatus,
  createdById: z.string().nullable(),
  createdByLabel: z.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number().int(),
  progress: assessmentProgress,
});
export type AssessmentSummaryDto = z.infer<typeof assessmentSummaryDto>;

export const evidenceDto = z.object({
  id,
  kind: evidenceKind,
  title: z.string(),
  note: z.string().nullable(),
  url: z.string().nullable(),
  filename: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  sha256: z.string().nullable(),
  recordType: evidenceRecordType.nullable(),
  recordId: z.string().nullable(),
  recordSystemId: z
    .string()
    .nullable()
    .describe('The AI system the referenced record belongs to, for links to it'),
  addedById: z.string().nullable(),
  addedByLabel: z.string(),
  addedAt: isoTimestamp,
  linkCount: z.number().int().describe('How many assessment items this evidence supports'),
});
export type EvidenceDto = z.infer<typeof evidenceDto>;

export const assessmentAnswerDto = z.object({
  itemKey: z.string(),
  status: answerStatus,
  note: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  updatedById: z.string().nullable(),
  updatedByLabel: z.string().nullable(),
  updatedAt: isoTimestamp.nullable(),
  version: z.number().int(),
  evidence: z.array(evidenceDto),
  crosswalkCount: z.number().int().describe('How many items of other frameworks this one maps to'),
});
export type AssessmentAnswerDto = z.infer<typeof assessmentAnswerDto>;

export const groupProgressDto = z.object({ groupKey: z.string(), progress: assessmentProgress });
export type GroupProgressDto = z.infer<typeof groupProgressDto>;

export const assessmentDetailDto = assessmentSummaryDto.extend({
  framework: frameworkDto,
  answers: z.array(assessmentAnswerDto).describe('One per framework item, in framework order'),
  groups: z.array(groupProgressDto),
});
export type AssessmentDetailDto = z.infer<typeof assessmentDetailDto>;

export const assessmentListQuery = z
  .object({
    frameworkKey: frameworkKey.optional(),
    scope: assessmentScope.optional(),
    systemId: id.optional(),
    status: assessmentStatus.optional(),
  })
  .strict();
export type AssessmentListQuery = z.infer<typeof assessmentListQuery>;

export const assessmentCreateInput = z
  .object({
    frameworkKey,
    scope: assessmentScope,
    systemId: id.nullable().optional().describe('Required when scope is system, absent otherwise'),
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(assessmentLimits.titleMaxLength)
      .optional()
      .describe('Defaults to the framework and the subject, e.g. "NIST AI RMF: Sepsis model"'),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.scope === 'system' && !value.systemId)
      ctx.addIssue({
        code: 'custom',
        path: ['systemId'],
        message: 'is required when the scope is an AI system',
      });
    if (value.scope === 'institution' && value.systemId)
      ctx.addIssue({
        code: 'custom',
        path: ['systemId'],
        message: 'must be left out when the institution is assessed',
      });
  });
export type AssessmentCreateInput = z.infer<typeof assessmentCreateInput>;

export const assessmentUpdateInput = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(assessmentLimits.titleMaxLength),
    status: assessmentStatus,
    expectedVersion: z.number().int().min(1),
  })
  .partial({ title: true, status: true })
  .strict();
export type AssessmentUpdateInput = z.infer<typeof assessmentUpdateInput>;

export const assessmentParams = z.object({ id }).strict();
export const assessmentItemParams = z.object({ id, itemKey }).strict();
export type AssessmentItemParams = z.infer<typeof assessmentItemParams>;
export const assessmentEvidenceParams = z.object({ id, itemKey, evidenceId: id }).strict();
export const evidenceContentParams = z.object({ id, evidenceId: id }).strict();

export const answerInput = z
  .object({
    status: answerStatus,
    note: z.string().trim().max(assessmentLimits.noteMaxLength).nullable(),
    ownerId: id.nullable(),
    expectedVersion: z.number().int().min(1),
  })
  .strict();
export type AnswerInput = z.infer<typeof answerInput>;

/** An absolute http(s) address with a host and no spaces; other schemes (javascript:, data:) are refused. */
const webUrlPattern = /^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i;

const webUrl = z
  .string()
  .trim()
  .max(assessmentLimits.urlMaxLength)
  .regex(webUrlPattern, 'must be an http or https address');

const evidenceTitle = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(assessmentLimits.evidenceTitleMaxLength);
const evidenceNote = z.string().trim().max(assessmentLimits.noteMaxLength).optional();

export const evidenceAddInput = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('link'), title: evidenceTitle, url: webUrl, note: evidenceNote })
    .strict(),
  z
    .object({
      kind: z.literal('file'),
      filename: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(systemDocumentLimits.filenameMaxLength)
        .describe(
          `The file name; its extension decides the type: ${Object.values(documentExtensions).flat().join(', ')}`,
        ),
      contentBase64: z
        .string()
        .describe(
          `The file, base64-encoded; at most ${systemDocumentLimits.fileMaxBytes} bytes decoded (413 otherwise)`,
        ),
      title: evidenceTitle.optional(),
      note: evidenceNote,
    })
    .strict(),
  z
    .object({
      kind: z.literal('record'),
      recordType: evidenceRecordType,
      recordId: id,
      note: evidenceNote,
    })
    .strict(),
]);
export type EvidenceAddInput = z.infer<typeof evidenceAddInput>;

/** A Vigil record an assessment item can cite, as the record picker lists them. */
export const evidenceRecordOptionDto = z.object({
  recordType: evidenceRecordType,
  recordId: id,
  systemId: id.nullable(),
  label: z.string(),
  detail: z.string(),
});
export type EvidenceRecordOptionDto = z.infer<typeof evidenceRecordOptionDto>;

// ---------------------------------------------------------------- crosswalk

export const crosswalkSuggestionDto = z.object({
  mappingKey: z.string(),
  topic: z.string(),
  rationale: z.string(),
  frameworkKey,
  frameworkTitle: z.string(),
  itemKey: z.string(),
  itemRef: z.string(),
  itemText: z.string(),
  assessmentId: id
    .nullable()
    .describe('The in-progress assessment of the same subject against that framework, if any'),
  assessmentTitle: z.string().nullable(),
  status: answerStatus.nullable(),
  missingEvidenceIds: z
    .array(id)
    .describe('Evidence of this item not yet attached to the mapped item'),
});
export type CrosswalkSuggestionDto = z.infer<typeof crosswalkSuggestionDto>;

export const crosswalkDto = z.object({
  itemKey: z.string(),
  evidenceCount: z.number().int(),
  suggestions: z.array(crosswalkSuggestionDto),
});
export type CrosswalkDto = z.infer<typeof crosswalkDto>;

export const crosswalkApplyInput = z
  .object({
    targets: z
      .array(z.object({ assessmentId: id, itemKey }).strict())
      .min(1, 'must name at least one mapped item')
      .max(assessmentLimits.applyTargetsMax),
  })
  .strict();
export type CrosswalkApplyInput = z.infer<typeof crosswalkApplyInput>;

export const crosswalkApplyResultDto = z.object({
  linked: z.number().int().describe('Evidence links added in all'),
  targets: z.array(z.object({ assessmentId: id, itemKey: z.string(), linked: z.number().int() })),
});
export type CrosswalkApplyResultDto = z.infer<typeof crosswalkApplyResultDto>;

// ---------------------------------------------------------------- reports

export const gapItemDto = z.object({
  itemKey: z.string(),
  ref: z.string(),
  text: z.string(),
  status: answerStatus,
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  evidenceCount: z.number().int(),
  note: z.string().nullable(),
});
export type GapItemDto = z.infer<typeof gapItemDto>;

export const gapCategoryDto = z.object({
  group: frameworkGroupDto.nullable().describe('Null when the framework has one grouping level'),
  progress: assessmentProgress,
  gaps: z.array(gapItemDto),
});

export const gapFunctionDto = z.object({
  group: frameworkGroupDto,
  progress: assessmentProgress,
  gapCount: z.number().int(),
  categories: z.array(gapCategoryDto),
});
export type GapFunctionDto = z.infer<typeof gapFunctionDto>;

export const gapReportDto = z.object({
  assessment: assessmentSummaryDto,
  framework: frameworkSummaryDto,
  generatedAt: isoTimestamp,
  gapCount: z.number().int(),
  functions: z.array(gapFunctionDto),
});
export type GapReportDto = z.infer<typeof gapReportDto>;

export const systemAssessmentsDto = z.object({
  system: z.object({ id, name: z.string(), lifecycleState: z.string() }),
  assessments: z.array(assessmentSummaryDto),
  frameworksNotAssessed: z.array(frameworkSummaryDto),
});
export type SystemAssessmentsDto = z.infer<typeof systemAssessmentsDto>;
