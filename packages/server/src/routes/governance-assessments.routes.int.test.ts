import { dialectsUnderTest } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const base = '/api/v1/governance/assessments';
const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
const html = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>', 'utf8');
const b64 = (bytes: Buffer) => bytes.toString('base64');

interface Created {
  id: string;
  version: number;
}

describe.each(await dialectsUnderTest())('framework assessment routes on %s', (dialect) => {
  let t: TestApp;
  let caio: SignedIn;
  let systemId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    caio = await t.signInAs(['caio']);
    const created = await t.as(caio, {
      method: 'POST',
      url: '/api/v1/portfolio/systems',
      payload: {
        name: 'Sepsis early warning',
        developer: 'Acme',
        source: 'vendor',
        kind: 'predictive',
        category: 'clinical_decision_support',
      },
    });
    expect(created.statusCode).toBe(201);
    systemId = created.json<{ id: string }>().id;
  });
  afterEach(async () => {
    await t.close();
  });

  const start = async (frameworkKey = 'nist_ai_rmf', as = caio) =>
    t.as(as, {
      method: 'POST',
      url: base,
      payload: { frameworkKey, scope: 'system', systemId },
    });
  const started = async (frameworkKey = 'nist_ai_rmf'): Promise<Created> => {
    const response = await start(frameworkKey);
    expect(response.statusCode).toBe(201);
    return response.json<Created>();
  };
  const errorPaths = (response: { json: () => unknown }) =>
    (response.json() as { errors?: { path: string }[] }).errors?.map((e) => e.path);

  it('lists the five frameworks and serves one whole', async () => {
    const frameworks = await t.as(caio, { method: 'GET', url: '/api/v1/governance/frameworks' });
    expect(frameworks.statusCode).toBe(200);
    expect(frameworks.json<{ key: string }[]>().map((f) => f.key)).toEqual([
      'nist_ai_rmf',
      'ruaih',
      'hti1_irm',
      'chai_principles',
      'chai_lifecycle',
    ]);
    const nist = await t.as(caio, {
      method: 'GET',
      url: '/api/v1/governance/frameworks/nist_ai_rmf',
    });
    expect(nist.json()).toMatchObject({ itemCount: 72, groupCount: 23 });
  });

  it('starts an assessment (201) and refuses a second one in progress (409)', async () => {
    const first = await start();
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ systemId, status: 'in_progress' });
    const second = await start();
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict' });
  });

  it('refuses an unknown framework with 400 naming body.frameworkKey', async () => {
    const response = await start('iso_42001');
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.frameworkKey']);
  });

  it('refuses a system assessment without a system with 400 naming body.systemId', async () => {
    const response = await t.as(caio, {
      method: 'POST',
      url: base,
      payload: { frameworkKey: 'ruaih', scope: 'system' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.systemId']);
  });

  it('answers an item, and answers 409 version_conflict to a stale version', async () => {
    const assessment = await started();
    const url = `${base}/${assessment.id}/items/nist_govern_1_1`;
    const payload = {
      status: 'met',
      note: 'Policy AI-01',
      ownerId: caio.userId,
      expectedVersion: 1,
    };
    const first = await t.as(caio, { method: 'PUT', url, payload });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'met', version: 2 });
    const stale = await t.as(caio, {
      method: 'PUT',
      url,
      payload: { ...payload, status: 'not_met' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
  });

  it('refuses an unknown item key with 400 naming params.itemKey', async () => {
    const assessment = await started();
    const response = await t.as(caio, {
      method: 'PUT',
      url: `${base}/${assessment.id}/items/nist_govern_9_9`,
      payload: { status: 'met', note: null, ownerId: null, expectedVersion: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['params.itemKey']);
  });

  it('refuses a bad answer status with 400 naming body.status', async () => {
    const assessment = await started();
    const response = await t.as(caio, {
      method: 'PUT',
      url: `${base}/${assessment.id}/items/nist_govern_1_1`,
      payload: { status: 'done', note: null, ownerId: null, expectedVersion: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.status']);
  });

  it('stores an evidence file and serves it only as a sandboxed attachment', async () => {
    const assessment = await started();
    const added = await t.as(caio, {
      method: 'POST',
      url: `${base}/${assessment.id}/items/nist_measure_2_11/evidence`,
      payload: { kind: 'file', filename: 'Subgroup analysis.pdf', contentBase64: b64(pdf) },
    });
    expect(added.statusCode).toBe(201);
    const evidence = added.json<{ id: string }>();
    expect(evidence).toMatchObject({
      kind: 'file',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    const download = await t.as(caio, {
      method: 'GET',
      url: `${base}/${assessment.id}/evidence/${evidence.id}/content`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Subgroup analysis.pdf"/,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe('sandbox');
  });

  it('refuses a file type that is not accepted with 400 naming body.filename', async () => {
    const assessment = await started();
    const response = await t.as(caio, {
      method: 'POST',
      url: `${base}/${assessment.id}/items/nist_measure_2_11/evidence`,
      payload: { kind: 'file', filename: 'report.html', contentBase64: b64(html) },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.filename']);
  });

  it('refuses HTML disguised as a PDF with 400 naming body.contentBase64', async () => {
    const assessment = await started();
    const response = await t.as(caio, {
      method: 'POST',
      url: `${base}/${assessment.id}/items/nist_measure_2_11/evidence`,
      payload: { kind: 'file', filename: 'report.pdf', contentBase64: b64(html) },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.contentBase64']);
  });

  it('refuses a javascript: link with 400 naming body.url', async () => {
    const assessment = await started();
    const response = await t.as(caio, {
      method: 'POST',
      url: `${base}/${assessment.id}/items/nist_govern_1_1/evidence`,
      payload: { kind: 'link', title: 'Policy', url: 'javascript:alert(1)' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.url']);
  });

  it('refuses a reference to a record that does not exist with 400 naming body.recordId', async () => {
    const assessment = await started();
    const response = await t.as(caio, {
      method: 'POST',
      url: `${base}/${assessment.id}/items/nist_govern_1_1/evidence`,
      payload: {
        kind: 'record',
        recordType: 'governance_decision',
        recordId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(errorPaths(response)).toEqual(['body.recordId']);
  });

  it('applies evidence across frameworks and exports the assessment as CSV', async () => {
    const nist = await started();
    const ruaih = await started('ruaih');
    await t.as(caio, {
      method: 'POST',
      url: `${base}/${nist.id}/items/nist_measure_2_11/evidence`,
      payload: {
        kind: 'link',
        title: 'Fairness audit 2026',
        url: 'https://intranet.example/fairness',
      },
    });
    const crosswalk = await t.as(caio, {
      method: 'GET',
      url: `${base}/${nist.id}/items/nist_measure_2_11/crosswalk`,
    });
    const suggestion = crosswalk
      .json<{ suggestions: { itemKey: string; assessmentId: string | null }[] }>()
      .suggestions.find((s) => s.itemKey === 'ruaih_risk_bias_checks');
    expect(suggestion?.assessmentId).toBe(ruaih.id);
    const applied = await t.as(caio, {
      method: 'POST',
      url: `${base}/${nist.id}/items/nist_measure_2_11/crosswalk`,
      payload: { targets: [{ assessmentId: ruaih.id, itemKey: 'ruaih_risk_bias_checks' }] },
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toMatchObject({ linked: 1 });

    const csv = await t.as(caio, { method: 'GET', url: `${base}/${ruaih.id}/export` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="vigil-assessment-ruaih-/,
    );
    const line = csv.body.split('\r\n').find((l) => l.startsWith('ruaih_risk_bias_checks,'));
    expect(line).toContain('Fairness audit 2026 <https://intranet.example/fairness>');
  });

  it('lets an executive read but not write, and refuses staff entirely', async () => {
    const assessment = await started();
    const executive = await t.signInAs(['executive']);
    expect(
      (await t.as(executive, { method: 'GET', url: `${base}/${assessment.id}/gaps` })).statusCode,
    ).toBe(200);
    const write = await t.as(executive, {
      method: 'PUT',
      url: `${base}/${assessment.id}/items/nist_govern_1_1`,
      payload: { status: 'met', note: null, ownerId: null, expectedVersion: 1 },
    });
    expect(write.statusCode).toBe(403);
    const staff = await t.signInAs(['staff']);
    expect((await t.as(staff, { method: 'GET', url: base })).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: base });
    expect(anonymous.statusCode).toBe(401);
  });

  it('answers 404 for an assessment that does not exist', async () => {
    const response = await t.as(caio, {
      method: 'GET',
      url: `${base}/00000000-0000-4000-8000-000000000000`,
    });
    expect(response.statusCode).toBe(404);
  });

  it("shows a system's assessments and the frameworks it lacks", async () => {
    await started();
    const response = await t.as(caio, {
      method: 'GET',
      url: `/api/v1/governance/systems/${systemId}/assessments`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      assessments: unknown[];
      frameworksNotAssessed: { key: string }[];
    }>();
    expect(body.assessments).toHaveLength(1);
    expect(body.frameworksNotAssessed.map((f) => f.key)).not.toContain('nist_ai_rmf');
  });
});
