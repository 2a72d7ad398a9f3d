import { dialectsUnderTest } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const intakes = '/api/v1/governance/intakes';
const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');

const report = {
  kind: 'existing_use',
  title: 'Ambient note tool on 4 West',
  problem: 'Nurses spend an hour a shift typing notes.',
  intendedUse: 'It listens at the bedside and drafts the shift note.',
  department: 'Nursing',
  source: 'vendor',
  vendorName: 'Lumen Speech',
  dataUsed: 'What is said in the room.',
  affectedPeople: 'Patients on 4 West.',
  patientFacing: false,
  autonomy: 'recommends',
};

const answers = {
  scores: { tier_clinical_impact: 1, tier_autonomy: 1, tier_genai: 2 },
  facts: { patient_facing: false, fda_regulated: false, genai_patient_data: true },
  imdrfCategory: null,
};

interface Intake {
  id: string;
  reference: string;
  version: number;
  status: string;
  systemId: string | null;
  documents: { id: string }[];
}

describe.each(await dialectsUnderTest())('governance intake routes on %s', (dialect) => {
  let t: TestApp;
  let staff: SignedIn;
  let caio: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    staff = await t.signInAs(['staff']);
    caio = await t.signInAs(['caio']);
  });
  afterAll(async () => {
    await t.close();
  });

  const submit = (payload: object, as = staff) =>
    t.as(as, { method: 'POST', url: intakes, payload });
  const post = (as: SignedIn, url: string, payload: object) =>
    t.as(as, { method: 'POST', url, payload });
  const fieldPaths = (body: string) =>
    (JSON.parse(body) as { errors?: { path: string }[] }).errors?.map((e) => e.path) ?? [];

  it('takes a report from a staff member and lists it among their submissions', async () => {
    const response = await submit(report);
    expect(response.statusCode).toBe(201);
    const intake = response.json<Intake>();
    expect(intake.reference).toMatch(/^INT-\d{4}-\d{4}$/);
    const mine = await t.as(staff, { method: 'GET', url: `${intakes}/mine` });
    expect(mine.json<Intake[]>().map((i) => i.id)).toContain(intake.id);
  });

  it.each([
    ['an empty title', { title: '  ' }, ['body.title']],
    ['a vendor without a name', { vendorName: null }, ['body.vendorName']],
    ['an autonomy that is not one of the choices', { autonomy: 'sometimes' }, ['body.autonomy']],
    ['a field the form does not have', { colour: 'blue' }, ['body.colour']],
  ])('answers 400 naming the field for %s', async (_name, change, paths) => {
    const response = await submit({ ...report, ...change });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
    expect(fieldPaths(response.body)).toEqual(paths);
  });

  it('answers 400 naming the document whose content does not match its name', async () => {
    const response = await submit({
      ...report,
      documents: [
        { filename: 'notes.pdf', contentBase64: Buffer.from('hello').toString('base64') },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.body)).toEqual(['body.documents.0.contentBase64']);
  });

  it('hides an intake from another staff member (404) and the queue from staff (403)', async () => {
    const intake = (await submit(report)).json<Intake>();
    const colleague = await t.signInAs(['staff']);
    expect(
      (await t.as(colleague, { method: 'GET', url: `${intakes}/${intake.id}` })).statusCode,
    ).toBe(404);
    expect((await t.as(staff, { method: 'GET', url: intakes })).statusCode).toBe(403);
    expect(
      (await t.as(caio, { method: 'GET', url: `${intakes}?status=submitted` })).statusCode,
    ).toBe(200);
  });

  it('serves an intake document only as a sandboxed attachment', async () => {
    const intake = (
      await submit({
        ...report,
        documents: [{ filename: 'Vendor sheet.pdf', contentBase64: pdf.toString('base64') }],
      })
    ).json<Intake>();
    const download = await t.as(caio, {
      method: 'GET',
      url: `${intakes}/${intake.id}/documents/${intake.documents[0]?.id ?? ''}/content`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe('sandbox');
  });

  it('runs triage end to end: ask, answer, accept, and refuses a repeated accept with 409', async () => {
    const intake = (await submit(report)).json<Intake>();
    const asked = await post(caio, `${intakes}/${intake.id}/questions`, {
      version: 1,
      body: 'Does it keep recordings?',
    });
    expect(asked.json()).toMatchObject({ status: 'needs_info', version: 2 });
    const answered = await post(staff, `${intakes}/${intake.id}/answers`, {
      version: 2,
      body: 'No, they are deleted.',
    });
    expect(answered.json()).toMatchObject({ status: 'submitted', version: 3 });
    const accept = {
      version: 3,
      mode: 'create',
      name: 'Lumen Notes',
      developer: 'Lumen Speech',
      kind: 'generative',
      category: 'documentation',
    };
    const accepted = await post(caio, `${intakes}/${intake.id}/accept`, accept);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<Intake>().systemId).not.toBeNull();
    const again = await post(caio, `${intakes}/${intake.id}/accept`, accept);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict' });
  });

  it('answers 409 version_conflict for a stale version', async () => {
    const intake = (await submit(report)).json<Intake>();
    await post(caio, `${intakes}/${intake.id}/questions`, { version: 1, body: 'Which unit?' });
    const stale = await post(caio, `${intakes}/${intake.id}/close`, {
      version: 1,
      reason: 'Covered by the pilot already.',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
  });

  it('answers 400 for a close reason that is too short and an accept without its kind', async () => {
    const intake = (await submit(report)).json<Intake>();
    const close = await post(caio, `${intakes}/${intake.id}/close`, { version: 1, reason: 'No.' });
    expect(fieldPaths(close.body)).toEqual(['body.reason']);
    const accept = await post(caio, `${intakes}/${intake.id}/accept`, {
      version: 1,
      mode: 'create',
      name: 'X',
      developer: 'Y',
      category: 'documentation',
    });
    expect(accept.statusCode).toBe(400);
    expect(fieldPaths(accept.body)).toContain('body.kind');
  });

  it('previews and saves a tiering, and answers 400 naming a short override justification', async () => {
    const intake = (await submit(report)).json<Intake>();
    const accepted = (
      await post(caio, `${intakes}/${intake.id}/accept`, {
        version: 1,
        mode: 'create',
        name: 'Lumen Notes',
        developer: 'Lumen Speech',
        kind: 'generative',
        category: 'documentation',
      })
    ).json<Intake>();
    const tierings = `/api/v1/governance/systems/${accepted.systemId ?? ''}/tierings`;
    const preview = await post(caio, '/api/v1/governance/tiering/preview', { answers });
    expect(preview.json()).toMatchObject({ tier: 'high', ruleSetVersion: 1 });
    const short = await post(caio, tierings, {
      ruleSetVersion: 1,
      previousDeterminationId: null,
      answers,
      override: { tier: 'low', justification: 'Trust me.' },
    });
    expect(short.statusCode).toBe(400);
    expect(fieldPaths(short.body)).toEqual(['body.override.justification']);
    const saved = await post(caio, tierings, {
      ruleSetVersion: 1,
      previousDeterminationId: null,
      answers: { ...answers, scores: { ...answers.scores, tier_harm_severity: 1 } },
    });
    expect(saved.statusCode).toBe(201);
    const list = await t.as(caio, { method: 'GET', url: tierings });
    expect(list.json<unknown[]>()).toHaveLength(1);
    const prefill = await t.as(caio, { method: 'GET', url: `${tierings}/prefill` });
    expect(prefill.json()).toMatchObject({ intakeReference: intake.reference });
  });

  it('answers 400 naming the path of a rule that names an unknown dimension', async () => {
    const active = (
      await t.as(caio, { method: 'GET', url: '/api/v1/governance/tier-rules/active' })
    ).json<{ version: number; definition: { rules: { anyOf: unknown[] }[] } }>();
    const definition = structuredClone(active.definition);
    definition.rules[0]?.anyOf.push({ dimension: 'tier_made_up', atLeast: 1 });
    const response = await post(caio, '/api/v1/governance/tier-rules/versions', {
      basedOnVersion: active.version,
      note: 'Try a new dimension',
      definition,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldPaths(response.body)).toEqual(['body.definition.rules.0.anyOf.6']);
  });

  it('refuses publishing rules to staff with 403', async () => {
    const response = await post(staff, '/api/v1/governance/tier-rules/versions', {});
    expect(response.statusCode).toBe(403);
  });
});
