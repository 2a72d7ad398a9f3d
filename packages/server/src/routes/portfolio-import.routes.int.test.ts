import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importContentBase64MaxLength } from '@vigil/contracts';
import { dialectsUnderTest, makeUser } from '@vigil/test-support';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const imports = '/api/v1/portfolio/imports';
const fixtureUrl = new URL(
  '../../../core/src/portfolio-import/fixtures/inventory.csv',
  import.meta.url,
);
const owners = [
  'ben.ortiz@example-health.org',
  'priya.shah@example-health.org',
  'miguel.santos@example-health.org',
];

describe.each(await dialectsUnderTest())('portfolio import and export routes on %s', (dialect) => {
  let t: TestApp;
  let caio: SignedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    caio = await t.signInAs(['caio']);
    for (const email of owners) await makeUser(t.core, { email });
  });
  afterEach(async () => {
    await t.close();
  });

  const csvBase64 = async () => (await readFile(fileURLToPath(fixtureUrl))).toString('base64');
  const upload = async (as = caio) =>
    t.as(as, {
      method: 'POST',
      url: imports,
      payload: { filename: 'inventory.csv', format: 'csv', contentBase64: await csvBase64() },
    });
  const systemCount = async () =>
    (await t.core.db.selectFrom('ai_systems').select('id').execute()).length;

  it('walks upload → preview → fix → commit, refusing the commit while a row is invalid', async () => {
    const uploaded = await upload();
    expect(uploaded.statusCode).toBe(201);
    const session = uploaded.json<{
      id: string;
      suggestedMapping: Record<string, string | null>;
      rowCount: number;
    }>();
    expect(session.rowCount).toBe(20);
    const preview = await t.as(caio, {
      method: 'PUT',
      url: `${imports}/${session.id}/mapping`,
      payload: { mapping: session.suggestedMapping },
    });
    expect(preview.statusCode).toBe(200);
    const first = preview.json<{ previewHash: string; counts: { invalid: number } }>();
    expect(first.counts.invalid).toBe(1);
    const refused = await t.as(caio, {
      method: 'POST',
      url: `${imports}/${session.id}/commit`,
      payload: { previewHash: first.previewHash },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'rows.10.fdaClearanceNumber' }],
    });
    expect(await systemCount()).toBe(0);
    const fixed = await t.as(caio, {
      method: 'PUT',
      url: `${imports}/${session.id}/mapping`,
      payload: {
        mapping: session.suggestedMapping,
        rowEdits: { '10': { fdaClearanceNumber: 'K180161' } },
      },
    });
    const committed = await t.as(caio, {
      method: 'POST',
      url: `${imports}/${session.id}/commit`,
      payload: { previewHash: fixed.json<{ previewHash: string }>().previewHash },
    });
    expect(committed.statusCode).toBe(200);
    expect(committed.json()).toMatchObject({ counts: { create: 20, invalid: 0 } });
    const again = await t.as(caio, {
      method: 'POST',
      url: `${imports}/${session.id}/commit`,
      payload: { previewHash: 'x' },
    });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a file over the size limit with 413 before decoding it', async () => {
    const response = await t.as(caio, {
      method: 'POST',
      url: imports,
      payload: {
        filename: 'huge.csv',
        format: 'csv',
        contentBase64: 'A'.repeat(importContentBase64MaxLength + 4),
      },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses a body far over the limit while it streams in', async () => {
    const response = await t.as(caio, {
      method: 'POST',
      url: imports,
      payload: {
        filename: 'huge.csv',
        format: 'csv',
        contentBase64: 'A'.repeat(importContentBase64MaxLength + 200_000),
      },
    });
    expect(response.statusCode).toBe(413);
  });

  it('answers 400 naming the field for an empty file or text that is not base64', async () => {
    for (const contentBase64 of ['', 'not base64!']) {
      const response = await t.as(caio, {
        method: 'POST',
        url: imports,
        payload: { filename: 'inventory.csv', format: 'csv', contentBase64 },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'validation_failed',
        errors: [{ path: 'body.contentBase64' }],
      });
    }
  });

  it('answers 400 naming the field for a file that is not a spreadsheet', async () => {
    const response = await t.as(caio, {
      method: 'POST',
      url: imports,
      payload: {
        filename: 'x.xlsx',
        format: 'xlsx',
        contentBase64: Buffer.from('not a zip').toString('base64'),
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('keeps each user’s imports to themselves and lets readers without write access import nothing', async () => {
    const session = (await upload()).json<{ id: string }>();
    const other = await t.signInAs(['model_owner']);
    expect((await t.as(other, { method: 'GET', url: `${imports}/${session.id}` })).statusCode).toBe(
      404,
    );
    const staff = await t.signInAs(['staff']);
    expect((await upload(staff)).statusCode).toBe(403);
    expect(
      (await t.as(staff, { method: 'GET', url: '/api/v1/portfolio/export.csv' })).statusCode,
    ).toBe(200);
  });

  it('exports the filtered portfolio as CSV and XLSX attachments and a system as JSON', async () => {
    const session = (await upload()).json<{
      id: string;
      suggestedMapping: Record<string, string | null>;
    }>();
    const preview = await t.as(caio, {
      method: 'PUT',
      url: `${imports}/${session.id}/mapping`,
      payload: { mapping: session.suggestedMapping, excludedRows: [10] },
    });
    const result = await t.as(caio, {
      method: 'POST',
      url: `${imports}/${session.id}/commit`,
      payload: { previewHash: preview.json<{ previewHash: string }>().previewHash },
    });
    const csv = await t.as(caio, {
      method: 'GET',
      url: '/api/v1/portfolio/export.csv?category=diagnosis',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="vigil-portfolio-.*\.csv"$/,
    );
    expect(csv.body.trim().split('\r\n')).toHaveLength(1 + 4);
    const xlsx = await t.as(caio, { method: 'GET', url: '/api/v1/portfolio/export.xlsx' });
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]?.actualRowCount).toBe(1 + 19);
    const systemId = result.json<{ createdIds: string[] }>().createdIds[0];
    const json = await t.as(caio, {
      method: 'GET',
      url: `/api/v1/portfolio/systems/${systemId}/export.json`,
    });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({
      format: 'vigil.ai-system',
      system: { id: systemId },
      modelCard: null,
    });
    expect(json.json<{ externalId: string }>().externalId).toMatch(/^INV-/);
  });
});
