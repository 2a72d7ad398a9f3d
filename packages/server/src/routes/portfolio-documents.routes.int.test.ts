import { systemDocumentLimits } from '@vigil/contracts';
import { dialectsUnderTest } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
// Every byte value, so a round trip proves the binary column stores bytes exactly.
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from(Array.from({ length: 256 * 4 }, (_, i) => i % 256)),
]);
const html = Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>', 'utf8');
const b64 = (bytes: Buffer) => bytes.toString('base64');
const docsUrl = (id: string) => `/api/v1/portfolio/systems/${id}/documents`;

describe.each(await dialectsUnderTest())('document routes on %s', (dialect) => {
  let t: TestApp;
  let owner: SignedIn;
  let systemId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signInAs(['model_owner']);
    const created = await t.as(owner, {
      method: 'POST',
      url: '/api/v1/portfolio/systems',
      payload: {
        name: 'Sepsis early warning',
        developer: 'Acme',
        source: 'vendor',
        kind: 'predictive',
        category: 'operational',
      },
    });
    expect(created.statusCode).toBe(201);
    systemId = created.json<{ id: string }>().id;
  });
  afterEach(async () => {
    await t.close();
  });

  const upload = async (payload: object, as = owner) =>
    t.as(as, { method: 'POST', url: docsUrl(systemId), payload });
  const documentCount = async () =>
    (await t.core.db.selectFrom('ai_system_documents').select('id').execute()).length;
  const auditActions = async () =>
    (
      await t.core.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'like', 'ai_system.document_%')
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  it('uploads, lists and downloads a document byte for byte, with safe headers', async () => {
    const uploaded = await upload({
      filename: 'Validation report.png',
      contentBase64: b64(png),
      description: 'Local validation',
    });
    expect(uploaded.statusCode).toBe(201);
    const doc = uploaded.json<{ id: string }>();
    expect(doc).toMatchObject({
      systemId,
      filename: 'Validation report.png',
      mediaType: 'image/png',
      sizeBytes: png.length,
      description: 'Local validation',
    });
    const list = await t.as(owner, { method: 'GET', url: docsUrl(systemId) });
    expect(list.json()).toMatchObject([{ id: doc.id, sizeBytes: png.length }]);

    const download = await t.as(owner, {
      method: 'GET',
      url: `${docsUrl(systemId)}/${doc.id}/content`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Validation report.png"; filename*=UTF-8''Validation%20report.png`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe('sandbox');
    expect(await auditActions()).toEqual(['ai_system.document_added']);
  });

  it('serves text as an attachment with its charset, never inline', async () => {
    const doc = (
      await upload({ filename: 'notes.md', contentBase64: b64(Buffer.from('# Hi\n')) })
    ).json<{
      id: string;
    }>();
    const download = await t.as(owner, {
      method: 'GET',
      url: `${docsUrl(systemId)}/${doc.id}/content`,
    });
    expect(download.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(download.body).toBe('# Hi\n');
  });

  it('refuses a file over 10 MiB with 413 and stores nothing', async () => {
    const over = await upload({
      filename: 'big.pdf',
      contentBase64: b64(
        Buffer.concat([pdf, Buffer.alloc(systemDocumentLimits.fileMaxBytes + 1 - pdf.length)]),
      ),
    });
    expect(over.statusCode).toBe(413);
    expect(over.json()).toMatchObject({ code: 'payload_too_large' });
    expect(await documentCount()).toBe(0);
  });

  it('refuses a .pdf whose bytes are HTML, and a type not accepted, naming the field', async () => {
    const disguised = await upload({ filename: 'report.pdf', contentBase64: b64(html) });
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'body.contentBase64' }],
    });
    const htmlText = await upload({ filename: 'page.txt', contentBase64: b64(html) });
    expect(htmlText.statusCode).toBe(400);
    const wrongType = await upload({ filename: 'page.html', contentBase64: b64(html) });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json()).toMatchObject({ errors: [{ path: 'body.filename' }] });
    const pngAsPdf = await upload({ filename: 'scan.pdf', contentBase64: b64(png) });
    expect(pngAsPdf.statusCode).toBe(400);
    expect(await documentCount()).toBe(0);
  });

  it('deletes a document with an audit entry, and answers 404 afterwards', async () => {
    const doc = (await upload({ filename: 'contract.pdf', contentBase64: b64(pdf) })).json<{
      id: string;
    }>();
    const removed = await t.as(owner, { method: 'DELETE', url: `${docsUrl(systemId)}/${doc.id}` });
    expect(removed.statusCode).toBe(204);
    expect(await documentCount()).toBe(0);
    const gone = await t.as(owner, {
      method: 'GET',
      url: `${docsUrl(systemId)}/${doc.id}/content`,
    });
    expect(gone.statusCode).toBe(404);
    expect(await auditActions()).toEqual([
      'ai_system.document_added',
      'ai_system.document_removed',
    ]);
  });

  it('lets staff list and download but not upload or delete, and refuses anonymous callers', async () => {
    const doc = (await upload({ filename: 'contract.pdf', contentBase64: b64(pdf) })).json<{
      id: string;
    }>();
    const staff = await t.signInAs(['staff']);
    expect((await t.as(staff, { method: 'GET', url: docsUrl(systemId) })).statusCode).toBe(200);
    const staffDownload = await t.as(staff, {
      method: 'GET',
      url: `${docsUrl(systemId)}/${doc.id}/content`,
    });
    expect(staffDownload.rawPayload.equals(pdf)).toBe(true);
    expect((await upload({ filename: 'x.pdf', contentBase64: b64(pdf) }, staff)).statusCode).toBe(
      403,
    );
    expect(
      (await t.as(staff, { method: 'DELETE', url: `${docsUrl(systemId)}/${doc.id}` })).statusCode,
    ).toBe(403);
    for (const url of [docsUrl(systemId), `${docsUrl(systemId)}/${doc.id}/content`]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    expect(await documentCount()).toBe(1);
  });

  it('answers 404 for documents of an unknown system', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.as(owner, { method: 'GET', url: docsUrl(unknown) })).statusCode).toBe(404);
    const response = await t.as(owner, {
      method: 'POST',
      url: docsUrl(unknown),
      payload: { filename: 'a.pdf', contentBase64: b64(pdf) },
    });
    expect(response.statusCode).toBe(404);
  });
});
