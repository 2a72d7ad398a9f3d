import {
  type IntakeSubmitInput,
  type Role,
  aiSystemCreateInput,
  intakeSubmitInput,
} from '@vigil/contracts';
import { type TestCore, createTestCore, dialectsUnderTest, makeUser } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../deps';
import { isDomainError } from '../errors';
import { createAiSystem, getAiSystem } from '../portfolio/index';
import { listSystemDocuments } from '../portfolio-documents/index';
import {
  acceptIntake,
  addIntakeDocument,
  answerIntakeQuestion,
  askIntakeQuestion,
  closeIntake,
  getIntake,
  getIntakeDocumentFile,
  getIntakeFacets,
  listIntakes,
  listMyIntakes,
  submitIntake,
} from './index';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');

function report(overrides: Partial<Record<keyof IntakeSubmitInput, unknown>> = {}) {
  return intakeSubmitInput.parse({
    kind: 'existing_use',
    title: 'Ambient note tool on 4 West',
    problem: 'Nurses spend an hour a shift typing notes.',
    intendedUse: 'It listens at the bedside and writes the shift note for the nurse to check.',
    department: 'Nursing',
    source: 'vendor',
    vendorName: 'Lumen Speech',
    dataUsed: 'What is said in the room, and the patient’s name.',
    affectedPeople: 'Patients on 4 West and their nurses.',
    patientFacing: false,
    autonomy: 'unknown',
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a rejection');
}

describe.each(await dialectsUnderTest())('intake on %s', (dialect) => {
  let core: TestCore;
  let sam: Actor;
  let caio: Actor;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    sam = await actorWith(['staff'], 'Sam Rivera');
    caio = await actorWith(['caio'], 'Dr. Amara Okafor');
  });
  afterEach(async () => {
    await core.close();
  });

  async function actorWith(roles: Role[], displayName?: string): Promise<Actor> {
    const user = await makeUser(core, { roles, displayName });
    return { userId: user.id, label: user.displayName, roles, requestId: null };
  }

  const notificationsOf = async (actor: Actor) =>
    core.db
      .selectFrom('notifications')
      .select(['kind', 'title', 'link'])
      .where('user_id', '=', actor.userId ?? '')
      .orderBy('created_at')
      .execute();

  const auditActions = async (entityId: string) =>
    (
      await core.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('numbers a submission INT-<year>-0001 onwards and shows it among the submitter’s own', async () => {
    const first = await submitIntake(core, sam, report());
    const second = await submitIntake(
      core,
      sam,
      report({ title: 'Second idea', kind: 'proposal' }),
    );
    expect(first).toMatchObject({
      reference: '2026-0001'.replace(/^/, 'INT-'),
      status: 'submitted',
      version: 1,
      submitterLabel: 'Sam Rivera',
      autonomy: 'unknown',
      messages: [],
    });
    expect(second.reference).toBe('INT-2026-0002');
    expect((await listMyIntakes(core, sam)).map((i) => i.reference)).toEqual([
      'INT-2026-0002',
      'INT-2026-0001',
    ]);
    expect(await listMyIntakes(core, caio)).toEqual([]);
    expect(await auditActions(first.id)).toEqual(['intake.submitted']);
  });

  it('tells every CAIO about a new intake, and not the submitter', async () => {
    const intake = await submitIntake(core, sam, report());
    expect(await notificationsOf(caio)).toEqual([
      {
        kind: 'intake_submitted',
        title: `New intake ${intake.reference}: Ambient note tool on 4 West`,
        link: `/governance/intake/${intake.id}`,
      },
    ]);
    expect(await notificationsOf(sam)).toEqual([]);
  });

  it('gives every one of many simultaneous submissions its own reference', async () => {
    const intakes = await Promise.all(
      Array.from({ length: 6 }, (_, i) => submitIntake(core, sam, report({ title: `Idea ${i}` }))),
    );
    const references = intakes.map((i) => i.reference).sort();
    expect(references).toEqual([1, 2, 3, 4, 5, 6].map((n) => `INT-2026-000${n}`));
  });

  it('continues numbering past 9999 by number, not by text', async () => {
    const intake = await submitIntake(core, sam, report());
    await core.db
      .updateTable('intakes')
      .set({ reference: 'INT-2026-9999' })
      .where('id', '=', intake.id)
      .execute();
    expect((await submitIntake(core, sam, report())).reference).toBe('INT-2026-10000');
    expect((await submitIntake(core, sam, report())).reference).toBe('INT-2026-10001');
  });

  it('shows an intake to its submitter and governance readers, and to other staff as not found', async () => {
    const intake = await submitIntake(core, sam, report());
    const colleague = await actorWith(['staff']);
    const auditor = await actorWith(['auditor']);
    expect((await getIntake(core, sam, intake.id)).title).toBe(intake.title);
    expect((await getIntake(core, auditor, intake.id)).id).toBe(intake.id);
    expect(await rejection(getIntake(core, colleague, intake.id))).toMatchObject({
      code: 'not_found',
    });
  });

  it('keeps documents sent with an intake and serves them only to those who may see it', async () => {
    const intake = await submitIntake(
      core,
      sam,
      report({
        documents: [{ filename: 'Vendor sheet.pdf', contentBase64: pdf.toString('base64') }],
      }),
    );
    expect(intake.documents).toMatchObject([
      { filename: 'Vendor sheet.pdf', sizeBytes: pdf.length },
    ]);
    const documentId = intake.documents[0]?.id ?? '';
    const file = await getIntakeDocumentFile(core, caio, intake.id, documentId);
    expect(file.bytes.equals(pdf)).toBe(true);
    const colleague = await actorWith(['staff']);
    expect(
      await rejection(getIntakeDocumentFile(core, colleague, intake.id, documentId)),
    ).toMatchObject({ code: 'not_found' });
  });

  it('refuses a document whose content is not what its name says, naming it, and stores nothing', async () => {
    const html = Buffer.from('<!DOCTYPE html><script>alert(1)</script>').toString('base64');
    const outcome = await rejection(
      submitIntake(
        core,
        sam,
        report({
          documents: [
            { filename: 'ok.pdf', contentBase64: pdf.toString('base64') },
            { filename: 'notes.txt', contentBase64: html },
          ],
        }),
      ),
    );
    expect(outcome).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.documents.1.contentBase64' }],
    });
    expect(await core.db.selectFrom('intakes').select('id').execute()).toEqual([]);
  });

  it('runs the thread: the office asks, the submitter answers, each side is told', async () => {
    const intake = await submitIntake(core, sam, report());
    const asked = await askIntakeQuestion(core, caio, intake.id, {
      version: 1,
      body: 'Does the tool store recordings, and where?',
    });
    expect(asked).toMatchObject({ status: 'needs_info', version: 2 });
    expect(await notificationsOf(sam)).toEqual([
      expect.objectContaining({
        kind: 'intake_question',
        link: `/governance/submissions/${intake.id}`,
      }),
    ]);

    const answered = await answerIntakeQuestion(core, sam, intake.id, {
      version: 2,
      body: 'The vendor says recordings are deleted after the note is written.',
    });
    expect(answered.status).toBe('submitted');
    expect(answered.messages.map((m) => [m.fromOffice, m.isQuestion, m.authorLabel])).toEqual([
      [true, true, 'Dr. Amara Okafor'],
      [false, false, 'Sam Rivera'],
    ]);
    expect((await notificationsOf(caio)).map((n) => n.kind)).toEqual([
      'intake_submitted',
      'intake_answer',
    ]);
    expect(await auditActions(intake.id)).toEqual([
      'intake.submitted',
      'intake.question_asked',
      'intake.answered',
    ]);
  });

  it('lets only the submitter answer, and only while a question is open', async () => {
    const intake = await submitIntake(core, sam, report());
    expect(
      await rejection(answerIntakeQuestion(core, sam, intake.id, { version: 1, body: 'Hello?' })),
    ).toMatchObject({ code: 'conflict' });
    await askIntakeQuestion(core, caio, intake.id, { version: 1, body: 'Which unit?' });
    expect(
      await rejection(answerIntakeQuestion(core, caio, intake.id, { version: 2, body: '4 West' })),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('refuses a stale version and changes nothing', async () => {
    const intake = await submitIntake(core, sam, report());
    await askIntakeQuestion(core, caio, intake.id, { version: 1, body: 'Which unit?' });
    expect(
      await rejection(
        askIntakeQuestion(core, caio, intake.id, { version: 1, body: 'Which unit? (again)' }),
      ),
    ).toMatchObject({ code: 'version_conflict' });
    const now = await getIntake(core, caio, intake.id);
    expect(now.messages).toHaveLength(1);
    expect(now.version).toBe(2);
  });

  it('accepts an intake into a new proposed system with its documents, and tells the submitter', async () => {
    const intake = await submitIntake(
      core,
      sam,
      report({
        documents: [{ filename: 'Vendor sheet.pdf', contentBase64: pdf.toString('base64') }],
      }),
    );
    const accepted = await acceptIntake(core, caio, intake.id, {
      version: 1,
      mode: 'create',
      name: 'Lumen Notes (4 West)',
      developer: 'Lumen Speech',
      kind: 'generative',
      category: 'documentation',
    });
    expect(accepted).toMatchObject({
      status: 'accepted',
      system: { name: 'Lumen Notes (4 West)', lifecycleState: 'proposed' },
    });
    const systemId = accepted.systemId ?? '';
    expect(await getAiSystem(core, systemId)).toMatchObject({
      source: 'vendor',
      departments: ['Nursing'],
      intendedUse: intake.intendedUse,
      patientPopulation: intake.affectedPeople,
      tags: [intake.reference],
    });
    expect(await listSystemDocuments(core, systemId)).toMatchObject([
      { filename: 'Vendor sheet.pdf', description: `From intake ${intake.reference}` },
    ]);
    expect((await notificationsOf(sam)).map((n) => n.kind)).toEqual(['intake_status']);
    expect(await auditActions(systemId)).toEqual(['ai_system.created', 'ai_system.document_added']);
    expect(await auditActions(intake.id)).toEqual(['intake.submitted', 'intake.accepted']);
  });

  it('links an intake to a system already in the portfolio', async () => {
    const existing = await createAiSystem(
      core,
      caio,
      aiSystemCreateInput.parse({
        name: 'Ambient scribe',
        developer: 'Lumen Speech',
        source: 'vendor',
        kind: 'generative',
        category: 'documentation',
      }),
    );
    const intake = await submitIntake(core, sam, report());
    const accepted = await acceptIntake(core, caio, intake.id, {
      version: 1,
      mode: 'link',
      systemId: existing.id,
    });
    expect(accepted.system).toEqual({
      id: existing.id,
      name: 'Ambient scribe',
      lifecycleState: 'proposed',
    });
  });

  it('refuses to link a system that does not exist, naming the field', async () => {
    const intake = await submitIntake(core, sam, report());
    expect(
      await rejection(
        acceptIntake(core, caio, intake.id, {
          version: 1,
          mode: 'link',
          systemId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.systemId' }] });
    expect((await getIntake(core, caio, intake.id)).status).toBe('submitted');
  });

  it('lets exactly one of two racing accepts win; the other gets a conflict and creates nothing', async () => {
    const intake = await submitIntake(core, sam, report());
    const accept = () =>
      acceptIntake(core, caio, intake.id, {
        version: 1,
        mode: 'create',
        name: 'Lumen Notes',
        developer: 'Lumen Speech',
        kind: 'generative',
        category: 'documentation',
      });
    const outcomes = await Promise.allSettled([accept(), accept()]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failure = outcomes.find((o) => o.status === 'rejected');
    expect(isDomainError(failure?.reason, 'conflict')).toBe(true);
    expect(await core.db.selectFrom('ai_systems').select('id').execute()).toHaveLength(1);
  });

  it('closes an intake with the reason, which the submitter reads in the thread', async () => {
    const intake = await submitIntake(core, sam, report());
    const closed = await closeIntake(core, caio, intake.id, {
      version: 1,
      reason: 'This is already covered by the ambient documentation pilot.',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      closedReason: 'This is already covered by the ambient documentation pilot.',
    });
    expect(closed.messages.at(-1)?.body).toContain('already covered');
    expect((await notificationsOf(sam)).map((n) => n.kind)).toEqual(['intake_status']);
    expect(
      await rejection(
        acceptIntake(core, caio, intake.id, {
          version: 2,
          mode: 'link',
          systemId: '00000000-0000-4000-8000-000000000000',
        }),
      ),
    ).toMatchObject({ code: 'conflict' });
  });

  it('takes more documents while in triage, from the submitter, and none once closed', async () => {
    const intake = await submitIntake(core, sam, report());
    const doc = { filename: 'More.pdf', contentBase64: pdf.toString('base64') };
    await addIntakeDocument(core, sam, intake.id, doc);
    const colleague = await actorWith(['staff']);
    expect(await rejection(addIntakeDocument(core, colleague, intake.id, doc))).toMatchObject({
      code: 'not_found',
    });
    const now = await getIntake(core, caio, intake.id);
    expect(now.documents).toHaveLength(1);
    await closeIntake(core, caio, intake.id, {
      version: now.version,
      reason: 'Duplicate of INT-1.',
    });
    expect(await rejection(addIntakeDocument(core, sam, intake.id, doc))).toMatchObject({
      code: 'conflict',
    });
  });

  it('filters the triage queue by status, department, kind and age, and counts facets', async () => {
    const old = await submitIntake(core, sam, report({ department: 'Radiology' }));
    core.clock.advance(10 * 86_400_000);
    const recent = await submitIntake(core, sam, report({ kind: 'proposal' }));
    await askIntakeQuestion(core, caio, recent.id, { version: 1, body: 'Which vendor?' });
    const ids = async (query: Record<string, unknown>) =>
      (await listIntakes(core, { page: 1, pageSize: 50, ...query })).items.map((i) => i.id);
    expect(await ids({})).toEqual([recent.id, old.id]);
    expect(await ids({ sort: 'oldest' })).toEqual([old.id, recent.id]);
    expect(await ids({ status: 'needs_info' })).toEqual([recent.id]);
    expect(await ids({ department: 'Radiology' })).toEqual([old.id]);
    expect(await ids({ kind: 'proposal' })).toEqual([recent.id]);
    expect(await ids({ minAgeDays: 7 })).toEqual([old.id]);
    expect(await getIntakeFacets(core)).toEqual({
      statuses: expect.arrayContaining([
        { value: 'submitted', count: 1 },
        { value: 'needs_info', count: 1 },
      ]) as unknown,
      departments: [
        { value: 'Nursing', count: 1 },
        { value: 'Radiology', count: 1 },
      ],
    });
  });
});
