import { randomUUID } from 'node:crypto';
import {
  type AiSystemSnapshot,
  type IntakeAcceptInput,
  type IntakeDto,
  aiSystemSource,
} from '@vigil/contracts';
import { appendAudit } from '../audit/index';
import type { IntakesTable } from '../db/schema';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { insertAiSystemIn } from '../portfolio/portfolio.service';
import { notifySubmitterOfStatus } from './governance-intake.notify';
import {
  addMessage,
  auditTriage,
  inTriage,
  type TriageStep,
  triageStep,
} from './governance-intake.triage-step';
import * as q from './governance-intake.queries';

/**
 * Accepts an intake: creates a proposed portfolio system from its fields (or links an existing
 * one) in the same transaction, and copies its documents to the system.
 * @throws DomainError not_found, conflict (already accepted or closed), version_conflict,
 * validation_failed (the system to link does not exist)
 */
export async function acceptIntake(
  deps: CoreDeps,
  actor: Actor,
  id: string,
  input: IntakeAcceptInput,
): Promise<IntakeDto> {
  return triageStep(
    deps,
    actor,
    id,
    { ...input, statuses: inTriage, action: 'accepted' },
    async (s) => {
      const system =
        input.mode === 'create'
          ? await insertAiSystemIn(s.trx, deps, actor, systemFromIntake(s.row, input))
          : await q.findSystemSummary(s.trx, input.systemId);
      if (!system) {
        throw new DomainError('validation_failed', 'No AI system has this id', {
          details: [{ path: 'body.systemId', message: 'is not a system in the portfolio' }],
        });
      }
      await copyDocuments(s, deps, actor, system.id);
      const verb = input.mode === 'create' ? 'added to the portfolio as' : 'linked to';
      await addMessage(s, actor, {
        fromOffice: true,
        isQuestion: false,
        body: `Accepted for review: ${verb} “${system.name}”.`,
      });
      await auditTriage(s, deps, actor, 'intake.accepted', {
        status: { before: s.row.status, after: 'accepted' },
        systemId: { before: null, after: system.id },
        mode: { before: null, after: input.mode },
      });
      await notifySubmitterOfStatus(s.trx, deps, actor, s.row, {
        status: 'accepted',
        detail: `The AI office accepted it for review as “${system.name}”. You will hear when it is decided.`,
      });
      return { status: 'accepted', system_id: system.id };
    },
  );
}

/** A proposed system from what the intake says; the office names it and sets kind and category. */
function systemFromIntake(
  row: IntakesTable,
  input: Extract<IntakeAcceptInput, { mode: 'create' }>,
): AiSystemSnapshot {
  const clip = (text: string) => text.slice(0, 4000);
  return {
    name: input.name,
    developer: input.developer,
    product: null,
    productVersion: null,
    source: aiSystemSource.parse(row.source),
    kind: input.kind,
    category: input.category,
    departments: [row.department],
    sites: [],
    intendedUse: clip(row.intended_use),
    intendedUsers: null,
    patientPopulation: clip(row.affected_people),
    deployment: null,
    ehrIntegration: null,
    dsiType: 'unknown',
    fdaStatus: 'unknown',
    fdaClearanceNumber: null,
    imdrfCategory: null,
    euAiActRisk: 'unknown',
    lifecycleState: 'proposed',
    clinicalOwnerId: null,
    technicalOwnerId: null,
    executiveSponsorId: null,
    links: [],
    tags: [row.reference],
  };
}

/** Copies the intake's documents to the system, each with its own entry in the audit trail. */
async function copyDocuments(s: TriageStep, deps: CoreDeps, actor: Actor, systemId: string) {
  for (const doc of await q.listIntakeDocumentsWithContent(s.trx, s.row.id)) {
    const id = randomUUID();
    await q.insertSystemDocument(s.trx, {
      id,
      system_id: systemId,
      filename: doc.filename,
      media_type: doc.media_type,
      size_bytes: Number(doc.size_bytes),
      sha256: doc.sha256,
      description: `From intake ${s.row.reference}`,
      content: Buffer.from(doc.content),
      uploaded_by_id: doc.uploaded_by_id,
      uploaded_by_label: doc.uploaded_by_label,
      uploaded_at: s.at.toISOString(),
    });
    await appendAudit(s.trx, { dialect: deps.dialect, at: s.at }, actor, {
      action: 'ai_system.document_added',
      entityType: 'ai_system',
      entityId: systemId,
      changes: {
        documentId: { before: null, after: id },
        filename: { before: null, after: doc.filename },
        mediaType: { before: null, after: doc.media_type },
        sizeBytes: { before: null, after: Number(doc.size_bytes) },
        sha256: { before: null, after: doc.sha256 },
        intake: { before: null, after: s.row.reference },
      },
    });
  }
}
