import { type IntakeStatus, intakeStatusLabels } from '@vigil/contracts';
import type { IntakesTable } from '../db/schema';
import type { Actor, CoreDeps, Db } from '../deps';
import { type Notice, notifyUsers } from '../notifications/index';
import { findDisplayName, findOfficeUserIds } from './governance-intake.queries';

// Who hears about what happens to an intake: the submitter follows it at their submission page,
// the office (every CAIO) at its triage page. Nobody is told about their own action.

/** Where the submitter follows an intake. */
export const submissionLink = (id: string) => `/governance/submissions/${id}`;
/** Where the office triages an intake. */
export const triageLink = (id: string) => `/governance/intake/${id}`;

const quote = (text: string) => (text.length <= 400 ? text : `${text.slice(0, 399)}…`);

/** Tells the office about a new intake, or the submitter's answer. */
export async function notifyOffice(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  intake: IntakesTable,
  event: { kind: 'intake_submitted' } | { kind: 'intake_answer'; answer: string },
): Promise<void> {
  const office = await findOfficeUserIds(trx);
  const notice = (userId: string): Notice =>
    event.kind === 'intake_submitted'
      ? {
          userId,
          kind: 'intake_submitted',
          title: `New intake ${intake.reference}: ${intake.title}`,
          body: `${intake.submitter_label} (${intake.department}) sent ${intake.kind === 'proposal' ? 'a proposal for a new AI use' : 'a report of AI already in use'}. It is waiting for triage.`,
          link: triageLink(intake.id),
          subjectType: 'intake',
          subjectId: intake.id,
          exceptUserId: actor.userId,
        }
      : {
          userId,
          kind: 'intake_answer',
          title: `${intake.submitter_label} answered on ${intake.reference}`,
          body: `“${quote(event.answer)}” The intake is back in the triage queue.`,
          link: triageLink(intake.id),
          subjectType: 'intake',
          subjectId: intake.id,
          exceptUserId: actor.userId,
        };
  await notifyUsers(trx, deps, office.map(notice));
}

/** Tells the submitter the office asked them something. */
export async function notifySubmitterOfQuestion(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  intake: IntakesTable,
  question: string,
): Promise<void> {
  if (!intake.submitter_id) return;
  const asker = (await findDisplayName(trx, actor.userId)) ?? actor.label;
  await notifyUsers(trx, deps, [
    {
      userId: intake.submitter_id,
      kind: 'intake_question',
      title: `A question about ${intake.reference}: ${intake.title}`,
      body: `${asker} asked: “${quote(question)}” Answer it on your submission’s page.`,
      link: submissionLink(intake.id),
      subjectType: 'intake',
      subjectId: intake.id,
      exceptUserId: actor.userId,
    },
  ]);
}

/** Tells the submitter their intake was accepted or closed. */
export async function notifySubmitterOfStatus(
  trx: Db,
  deps: CoreDeps,
  actor: Actor,
  intake: IntakesTable,
  change: { status: IntakeStatus; detail: string },
): Promise<void> {
  if (!intake.submitter_id) return;
  await notifyUsers(trx, deps, [
    {
      userId: intake.submitter_id,
      kind: 'intake_status',
      title: `${intake.reference} ${intakeStatusLabels[change.status].toLowerCase()}: ${intake.title}`,
      body: change.detail,
      link: submissionLink(intake.id),
      subjectType: 'intake',
      subjectId: intake.id,
      exceptUserId: actor.userId,
    },
  ]);
}
