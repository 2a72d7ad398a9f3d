import { z } from 'zod';
import { id, isoTimestamp, limits, pageQuery } from './common';
import { intakeAutonomy, intakeKind, intakeStatus } from './governance-enums';
import { aiSystemCategory, aiSystemKind, aiSystemSource, lifecycleState } from './portfolio-enums';
import { documentUploadInput, systemDocumentLimits } from './portfolio-documents';

// Intake: anyone on staff proposes an AI use or reports AI already in use, in plain words; the
// office triages it, asks questions in a thread, and accepts it into the portfolio or closes it.

export const intakeLimits = {
  titleMaxLength: 200,
  textMaxLength: 4000,
  departmentMaxLength: 200,
  vendorNameMaxLength: 200,
  messageMaxLength: 4000,
  closeReasonMinLength: 10,
  closeReasonMaxLength: 2000,
  /** Documents attached when submitting; more can be added afterwards one at a time. */
  documentsAtSubmitMax: 3,
  documentsMax: 10,
  mySubmissionsMax: 200,
} as const;

/** The request body limit of the submit route: its documents plus JSON headroom. */
export const intakeSubmitBodyLimitBytes =
  intakeLimits.documentsAtSubmitMax *
    (Math.ceil(systemDocumentLimits.fileMaxBytes / 3) * 4 + 1024) +
  256 * 1024;

/** An intake reference such as INT-2026-0042: the year it came in and its number in that year. */
export const intakeReferencePattern = /^INT-\d{4}-\d{4,}$/;

const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** One file sent with an intake; its type is checked by extension and by content. */
export const intakeDocumentInput = documentUploadInput.pick({
  filename: true,
  contentBase64: true,
});
export type IntakeDocumentInput = z.infer<typeof intakeDocumentInput>;

export const intakeSubmitInput = z
  .object({
    kind: intakeKind,
    title: required(intakeLimits.titleMaxLength).describe('What the tool is called, or a name'),
    problem: required(intakeLimits.textMaxLength).describe('The problem it solves'),
    intendedUse: required(intakeLimits.textMaxLength).describe('How it is, or would be, used'),
    department: required(intakeLimits.departmentMaxLength),
    source: aiSystemSource.describe('Who makes it: a vendor, built in house, or open source'),
    vendorName: z
      .string()
      .trim()
      .max(intakeLimits.vendorNameMaxLength)
      .nullable()
      .default(null)
      .describe('Required when the source is a vendor'),
    dataUsed: required(intakeLimits.textMaxLength).describe('What information it uses'),
    affectedPeople: required(intakeLimits.textMaxLength).describe('Who it affects'),
    patientFacing: z.boolean().describe('True when patients see it or interact with it directly'),
    autonomy: intakeAutonomy,
    documents: z.array(intakeDocumentInput).max(intakeLimits.documentsAtSubmitMax).default([]),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.source === 'vendor' && !input.vendorName) {
      ctx.addIssue({
        code: 'custom',
        path: ['vendorName'],
        message: 'name the company that makes it',
      });
    }
  });
export type IntakeSubmitInput = z.infer<typeof intakeSubmitInput>;

export const intakeMessageDto = z.object({
  id,
  authorId: z.string().nullable(),
  authorLabel: z.string().describe('Who wrote it, as known at the time'),
  fromOffice: z.boolean().describe('True when the AI office wrote it'),
  isQuestion: z.boolean().describe('True when the office asked the submitter something'),
  body: z.string(),
  createdAt: isoTimestamp,
});
export type IntakeMessageDto = z.infer<typeof intakeMessageDto>;

export const intakeDocumentDto = z.object({
  id,
  intakeId: id,
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedByLabel: z.string(),
  uploadedAt: isoTimestamp,
});
export type IntakeDocumentDto = z.infer<typeof intakeDocumentDto>;

/** An intake as lists show it. */
export const intakeSummaryDto = z.object({
  id,
  reference: z.string().describe('INT-<year>-<number>'),
  kind: intakeKind,
  title: z.string(),
  department: z.string(),
  status: intakeStatus,
  submitterId: z.string().nullable(),
  submitterLabel: z.string(),
  systemId: id.nullable().describe('The portfolio system it became or was linked to'),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type IntakeSummaryDto = z.infer<typeof intakeSummaryDto>;

/** An intake with everything it says, its thread and its documents. */
export const intakeDto = intakeSummaryDto.extend({
  problem: z.string(),
  intendedUse: z.string(),
  source: aiSystemSource,
  vendorName: z.string().nullable(),
  dataUsed: z.string(),
  affectedPeople: z.string(),
  patientFacing: z.boolean(),
  autonomy: intakeAutonomy,
  closedReason: z.string().nullable(),
  system: z
    .object({ id, name: z.string(), lifecycleState })
    .nullable()
    .describe('The linked portfolio system, when accepted'),
  version: z.number().int(),
  messages: z.array(intakeMessageDto),
  documents: z.array(intakeDocumentDto),
});
export type IntakeDto = z.infer<typeof intakeDto>;

export const intakeSorts = ['newest', 'oldest'] as const;

/** The office's triage queue: filters by status, department, kind and age. */
export const intakeListQuery = pageQuery
  .extend({
    status: intakeStatus.optional(),
    department: z.string().trim().min(1).max(intakeLimits.departmentMaxLength).optional(),
    kind: intakeKind.optional(),
    minAgeDays: z.coerce
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe('Only intakes submitted at least this many days ago'),
    sort: z.enum(intakeSorts).optional().describe('Default newest first'),
  })
  .strict();
export type IntakeListQuery = z.infer<typeof intakeListQuery>;

/** How many intakes are in each status and department, for the queue's filters. */
export const intakeFacets = z.object({
  statuses: z.array(z.object({ value: intakeStatus, count: z.number().int() })),
  departments: z.array(z.object({ value: z.string(), count: z.number().int() })),
});
export type IntakeFacets = z.infer<typeof intakeFacets>;

const expectedVersion = z
  .number()
  .int()
  .min(1)
  .describe('The version you read; a stale version gets 409');

const messageBody = required(intakeLimits.messageMaxLength);

export const intakeQuestionInput = z
  .object({ version: expectedVersion, body: messageBody })
  .strict();
export type IntakeQuestionInput = z.infer<typeof intakeQuestionInput>;

export const intakeAnswerInput = z.object({ version: expectedVersion, body: messageBody }).strict();
export type IntakeAnswerInput = z.infer<typeof intakeAnswerInput>;

/** Accepting creates a proposed portfolio system from the intake, or links an existing one. */
export const intakeAcceptInput = z.discriminatedUnion('mode', [
  z
    .object({
      version: expectedVersion,
      mode: z.literal('create'),
      name: required(limits.nameMaxLength).describe('The system’s name; usually the intake title'),
      developer: required(limits.nameMaxLength).describe('Who makes it'),
      kind: aiSystemKind,
      category: aiSystemCategory,
    })
    .strict(),
  z.object({ version: expectedVersion, mode: z.literal('link'), systemId: id }).strict(),
]);
export type IntakeAcceptInput = z.infer<typeof intakeAcceptInput>;

export const intakeCloseInput = z
  .object({
    version: expectedVersion,
    reason: z
      .string()
      .trim()
      .min(
        intakeLimits.closeReasonMinLength,
        `must be at least ${intakeLimits.closeReasonMinLength} characters`,
      )
      .max(intakeLimits.closeReasonMaxLength),
  })
  .strict();
export type IntakeCloseInput = z.infer<typeof intakeCloseInput>;

export const intakeDocumentParams = z.object({ id, documentId: id }).strict();
