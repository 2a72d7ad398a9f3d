import type {
  IntakeAnswerInput,
  IntakeCloseInput,
  IntakeDto,
  IntakeQuestionInput,
  IntakeStatus,
} from '@vigil/contracts';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import {
  notifyOffice,
  notifySubmitterOfQuestion,
  notifySubmitterOfStatus,
} from './governance-intake.notify';
import { addMessage, auditTriage, inTriage, triageStep } from './governance-intake.triage-step';

// The office's questions and the submitter's answers, and closing an intake (accepting one is in
// governance-intake.accept.ts); each is one triage step (governance-intake.triage-step.ts).

/**
 * The office asks the submitter a question; the intake waits for the answer.
 * @throws DomainError not_found, conflict (accepted or closed), version_conflict
 */
export async function askIntakeQuestion(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeQuestionInput,
): Promise<IntakeDto> {
  return triageStep(
    deps,
    actor,
    id,
    { ...input, statuses: inTriage, action: 'asked about' },
    async (s) => {
      await addMessage(s, actor, { fromOffice: true, isQuestion: true, body: input.body });
      await auditTriage(s, deps, actor, 'intake.question_asked', {
        status: { before: s.row.status, after: 'needs_info' },
        question: { before: null, after: input.body },
      });
      await notifySubmitterOfQuestion(s.trx, deps, actor, s.row, input.body);
      return { status: 'needs_info' };
    },
  );
}

/**
 * The submitter answers the office's question; the intake goes back to triage.
 * @throws DomainError not_found, forbidden (not the submitter), conflict (no open question),
 * version_conflict
 */
export async function answerIntakeQuestion(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeAnswerInput,
): Promise<IntakeDto> {
  const statuses: readonly IntakeStatus[] = ['needs_info'];
  return triageStep(deps, actor, id, { ...input, statuses, action: 'answered' }, async (s) => {
    if (actor.userId === null || s.row.submitter_id !== actor.userId)
      throw new DomainError('forbidden', 'Only the person who submitted the intake answers it');
    await addMessage(s, actor, { fromOffice: false, isQuestion: false, body: input.body });
    await auditTriage(s, deps, actor, 'intake.answered', {
      status: { before: s.row.status, after: 'submitted' },
      answer: { before: null, after: input.body },
    });
    await notifyOffice(s.trx, deps, actor, s.row, { kind: 'intake_answer', answer: input.body });
    return { status: 'submitted' };
  });
}

/**
 * Closes an intake without taking it further, with the reason the submitter reads.
 * @throws DomainError not_found, conflict (already accepted or closed), version_conflict
 */
export async function closeIntake(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeCloseInput,
): Promise<IntakeDto> {
  return triageStep(
    deps,
    actor,
    id,
    { ...input, statuses: inTriage, action: 'closed' },
    async (s) => {
      await addMessage(s, actor, {
        fromOffice: true,
        isQuestion: false,
        body: `Closed: ${input.reason}`,
      });
      await auditTriage(s, deps, actor, 'intake.closed', {
        status: { before: s.row.status, after: 'closed' },
        closedReason: { before: null, after: input.reason },
      });
      await notifySubmitterOfStatus(s.trx, deps, actor, s.row, {
        status: 'closed',
        detail: `The AI office closed it: ${input.reason}`,
      });
      return { status: 'closed', closed_reason: input.reason };
    },
  );
}
