import { readFileSync } from 'node:fs';
import { modelCardImportBodyLimitBytes, modelCardLimits } from '@vigil/contracts';
import { dialectsUnderTest } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

// The vendor card CHAI published with schema v0.2, as stored with the importer.
const aidoc = readFileSync(
  new URL('../../../core/src/model-card/schema/examples/Aidoc_PE-03-RT.xml', import.meta.url),
  'utf8',
);
const importUrl = '/api/v1/portfolio/cards/import';
const cardUrl = (id: string) => `/api/v1/portfolio/systems/${id}/card`;

describe.each(await dialectsUnderTest())('model card routes on %s', (dialect) => {
  let t: TestApp;
  let owner: SignedIn;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signInAs(['model_owner']);
  });
  afterEach(async () => {
    await t.close();
  });

  const importCard = async (payload: object, as = owner) =>
    t.as(as, { method: 'POST', url: importUrl, payload });
  const cardCount = async () =>
    (await t.core.db.selectFrom('model_cards').select('id').execute()).length;

  it('imports a card as a new system with 201, then serves it, its versions and its XML', async () => {
    const imported = await importCard({ xml: aidoc, filename: 'aidoc.xml' });
    expect(imported.statusCode).toBe(201);
    const { system } = imported.json<{ system: { id: string } }>();
    const card = await t.as(owner, { method: 'GET', url: cardUrl(system.id) });
    expect(card.json()).toMatchObject({
      cardVersion: 1,
      completeness: { hti1: { total: 31 } },
      card: { basicInfo: { modelDeveloper: 'Aidoc' } },
    });
    const versions = await t.as(owner, { method: 'GET', url: `${cardUrl(system.id)}/versions` });
    expect(versions.json()).toMatchObject([
      { cardVersion: 1, source: 'chai_xml_import', sourceFilename: 'aidoc.xml' },
    ]);
    const xml = await t.as(owner, { method: 'GET', url: `${cardUrl(system.id)}.xml` });
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toMatch(/^application\/xml/);
    expect(xml.headers['content-disposition']).toBe(
      'attachment; filename="briefcase-triage-for-pulmonary-embolism-card-v1.xml"',
    );
    expect(xml.body).toContain('<ModelDeveloper>Aidoc</ModelDeveloper>');
  });

  it('filters and sorts the portfolio list by card completeness, and rejects an unknown band', async () => {
    const imported = await importCard({ xml: aidoc });
    const { system } = imported.json<{ system: { id: string; cardCompletenessPct: number } }>();
    expect(system.cardCompletenessPct).toBeGreaterThan(0);
    await t.as(owner, {
      method: 'POST',
      url: '/api/v1/portfolio/systems',
      payload: {
        name: 'A bare system',
        developer: 'Acme',
        source: 'vendor',
        kind: 'predictive',
        category: 'operational',
      },
    });
    const listUrl = '/api/v1/portfolio/systems';
    const sorted = await t.as(owner, {
      method: 'GET',
      url: `${listUrl}?sort=completeness&order=desc`,
    });
    expect(sorted.statusCode).toBe(200);
    expect(
      sorted
        .json<{ items: { name: string; cardCompletenessPct: number | null }[] }>()
        .items.map((s) => s.cardCompletenessPct),
    ).toEqual([system.cardCompletenessPct, null]);
    const bare = await t.as(owner, { method: 'GET', url: `${listUrl}?completeness=no_card` });
    expect(bare.json()).toMatchObject({ total: 1, items: [{ name: 'A bare system' }] });
    const bad = await t.as(owner, { method: 'GET', url: `${listUrl}?completeness=half` });
    expect(bad.statusCode).toBe(400);
  });

  it('answers 404 for a system without a card', async () => {
    const created = await t.as(owner, {
      method: 'POST',
      url: '/api/v1/portfolio/systems',
      payload: {
        name: 'No card yet',
        developer: 'Acme',
        source: 'vendor',
        kind: 'predictive',
        category: 'operational',
      },
    });
    const response = await t.as(owner, {
      method: 'GET',
      url: cardUrl(created.json<{ id: string }>().id),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'not_found',
      detail: 'This AI system has no model card yet',
    });
  });

  it('rejects XML that breaks the schema with 400 naming element and line, storing nothing', async () => {
    const broken = aidoc.replace('<ReleaseVersion>PE-03-RT</ReleaseVersion>', '');
    const response = await importCard({ xml: broken });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/problem\+json/);
    const body = response.json<{ code: string; errors: { path: string; message: string }[] }>();
    expect(body.code).toBe('validation_failed');
    expect(body.errors[0]?.message).toMatch(/^line \d+: element \w+: /);
    expect(await cardCount()).toBe(0);
  });

  it('refuses a card over the size limit with 413, whether the body or the XML is too large', async () => {
    const padding = (bytes: number) => `<!-- ${'x'.repeat(bytes)} -->`;
    const overCard = await importCard({
      xml: aidoc.replace('<BasicInfo>', `${padding(modelCardLimits.xmlMaxBytes)}<BasicInfo>`),
    });
    expect(overCard.statusCode).toBe(413);
    expect(overCard.json()).toMatchObject({ code: 'payload_too_large' });
    const overBody = await importCard({ xml: padding(modelCardImportBodyLimitBytes) });
    expect(overBody.statusCode).toBe(413);
    expect(await cardCount()).toBe(0);
  });

  it('saves an edited card at the version read and refuses a stale one with 409', async () => {
    const { system, card } = (await importCard({ xml: aidoc })).json<{
      system: { id: string };
      card: { card: object };
    }>();
    const put = (basedOnVersion: number) =>
      t.as(owner, {
        method: 'PUT',
        url: cardUrl(system.id),
        payload: { card: card.card, basedOnVersion },
      });
    expect((await put(1)).json()).toMatchObject({ cardVersion: 2, source: 'manual' });
    const stale = await put(1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    const diff = await t.as(owner, {
      method: 'GET',
      url: `${cardUrl(system.id)}/diff?from=1&to=2`,
    });
    expect(diff.json()).toMatchObject({ from: 1, to: 2, changes: [] });
  });

  it('lets staff read completeness but not import, and refuses anonymous callers', async () => {
    await importCard({ xml: aidoc });
    const staff = await t.signInAs(['staff']);
    const report = await t.as(staff, { method: 'GET', url: '/api/v1/portfolio/completeness' });
    expect(report.json()).toMatchObject({ total: 1, withCard: 1, bands: { from_80_to_99: 1 } });
    expect((await importCard({ xml: aidoc }, staff)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'POST', url: importUrl, payload: { xml: aidoc } })).statusCode,
    ).toBe(401);
    expect(await cardCount()).toBe(1);
  });
});
