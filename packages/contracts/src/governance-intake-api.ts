import { z } from 'zod';
import { idParams, paged } from './common';
import { defineEndpoint } from './endpoint';
import type { ErrorCode } from './errors';
import {
  intakeAcceptInput,
  intakeAnswerInput,
  intakeCloseInput,
  intakeDocumentDto,
  intakeDocumentInput,
  intakeDocumentParams,
  intakeDto,
  intakeFacets,
  intakeListQuery,
  intakeQuestionInput,
  intakeSubmitInput,
  intakeSummaryDto,
} from './governance-intake';

const intakes = '/api/v1/governance/intakes';
const tag = 'governance intake';
const read: readonly ErrorCode[] = ['unauthenticated', 'forbidden', 'not_found'];
const write: readonly ErrorCode[] = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
];
const transition: readonly ErrorCode[] = [...write, 'conflict', 'version_conflict'];

export const governanceIntakeEndpoints = {
  submit: defineEndpoint({
    method: 'POST',
    path: intakes,
    summary:
      'Propose an AI use or report AI already in use, in plain words, with up to three documents',
    tag,
    access: 'governance.submit',
    body: intakeSubmitInput,
    response: intakeDto,
    successStatus: 201,
    errors: [...write, 'conflict', 'payload_too_large'],
  }),
  mine: defineEndpoint({
    method: 'GET',
    path: `${intakes}/mine`,
    summary: 'The intakes you submitted, newest first, with their status',
    tag,
    access: 'governance.submit',
    response: z.array(intakeSummaryDto),
    errors: ['unauthenticated', 'forbidden'],
  }),
  list: defineEndpoint({
    method: 'GET',
    path: intakes,
    summary: 'The triage queue: every intake, filtered by status, department, kind and age',
    tag,
    access: 'governance.read',
    query: intakeListQuery,
    response: paged(intakeSummaryDto),
    errors: ['validation_failed', 'unauthenticated', 'forbidden'],
  }),
  facets: defineEndpoint({
    method: 'GET',
    path: `${intakes}/facets`,
    summary: 'How many intakes are in each status and department',
    tag,
    access: 'governance.read',
    response: intakeFacets,
    errors: ['unauthenticated', 'forbidden'],
  }),
  get: defineEndpoint({
    method: 'GET',
    path: `${intakes}/:id`,
    summary:
      'An intake with its thread and documents; only its submitter and governance readers see it (404 otherwise)',
    tag,
    access: 'authenticated',
    params: idParams,
    response: intakeDto,
    errors: ['validation_failed', ...read],
  }),
  addDocument: defineEndpoint({
    method: 'POST',
    path: `${intakes}/:id/documents`,
    summary:
      'Attach another document to an open intake (its submitter or the office): PDF, Word, Excel, PowerPoint, PNG, JPEG, text, CSV or Markdown, at most 10 MiB',
    tag,
    access: 'authenticated',
    params: idParams,
    body: intakeDocumentInput,
    response: intakeDocumentDto,
    successStatus: 201,
    errors: [...write, 'conflict', 'payload_too_large'],
  }),
  downloadDocument: defineEndpoint({
    method: 'GET',
    path: `${intakes}/:id/documents/:documentId/content`,
    summary: 'Download an intake document as an attachment',
    tag,
    access: 'authenticated',
    params: intakeDocumentParams,
    response: z.string(),
    produces: 'application/octet-stream',
    errors: ['validation_failed', ...read],
  }),
  ask: defineEndpoint({
    method: 'POST',
    path: `${intakes}/:id/questions`,
    summary: 'Ask the submitter a question; the intake waits for their answer',
    tag,
    access: 'governance.manage',
    params: idParams,
    body: intakeQuestionInput,
    response: intakeDto,
    errors: transition,
  }),
  answer: defineEndpoint({
    method: 'POST',
    path: `${intakes}/:id/answers`,
    summary: 'Answer the office’s question (the submitter only); the intake goes back to triage',
    tag,
    access: 'governance.submit',
    params: idParams,
    body: intakeAnswerInput,
    response: intakeDto,
    errors: transition,
  }),
  accept: defineEndpoint({
    method: 'POST',
    path: `${intakes}/:id/accept`,
    summary:
      'Accept an intake: create a proposed portfolio system from it, or link an existing one; its documents are copied to the system',
    tag,
    access: 'governance.manage',
    params: idParams,
    body: intakeAcceptInput,
    response: intakeDto,
    errors: transition,
  }),
  close: defineEndpoint({
    method: 'POST',
    path: `${intakes}/:id/close`,
    summary: 'Close an intake without taking it further, with the reason the submitter will read',
    tag,
    access: 'governance.manage',
    params: idParams,
    body: intakeCloseInput,
    response: intakeDto,
    errors: transition,
  }),
};
