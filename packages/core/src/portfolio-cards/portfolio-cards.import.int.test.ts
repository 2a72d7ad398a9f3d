import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aiSystemCreateInput, modelCardLimits, portfolioListQuery } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/index';
import { systemActor } from '../deps';
import { exampleNames, readExample, rejectionOf } from '../model-card/model-card.test-fixtures';
import { createAiSystem, listAiSystems, updateAiSystem } from '../portfolio/index';
import {
  diffModelCardVersions,
  exportModelCardXml,
  getModelCard,
  importModelCard,
  importModelCardXmlFile,
} from './index';

const actor = systemActor('test');
const aidoc = readExample('Aidoc_PE-03-RT');

describe.each(await dialectsUnderTest())('model card import on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  const newSystem = async (name = 'Radiology worklist helper') =>
    createAiSystem(
      core,
      actor,
      aiSystemCreateInput.parse({
        name,
        developer: 'Acme',
        source: 'vendor',
        kind: 'imaging',
        category: 'diagnosis',
      }),
    );
  const rowCounts = async () => {
    const count = async (
      table: 'ai_systems' | 'model_cards' | 'audit_log' | 'ai_system_versions',
    ) =>
      (
        await core.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    return {
      systems: Number(await count('ai_systems')),
      cards: Number(await count('model_cards')),
      audit: Number(await count('audit_log')),
      versions: Number(await count('ai_system_versions')),
    };
  };

  it('registers a new proposed system from the card’s basic, release and use fields', async () => {
    const result = await importModelCard(core, actor, { xml: aidoc, filename: 'aidoc.xml' });
    expect(result.createdSystem).toBe(true);
    expect(result.system).toMatchObject({
      name: 'BriefCase-Triage for Pulmonary Embolism',
      developer: 'Aidoc',
      productVersion: 'PE-03-RT',
      fdaStatus: 'cleared_510k',
      fdaClearanceNumber: 'K241727',
      dsiType: 'predictive',
      lifecycleState: 'proposed',
      source: 'vendor',
    });
    expect(result.system.intendedUse).toMatch(/\S/);
    expect(result.card).toMatchObject({
      cardVersion: 1,
      source: 'chai_xml_import',
      sourceFilename: 'aidoc.xml',
      dsiTypeAssumed: false,
    });
    expect(result.card.completeness.hti1.total).toBe(31);
  });

  it('adds a vendor’s card as the next version of an existing system and audits the import', async () => {
    const system = await newSystem();
    await importModelCard(core, actor, { xml: aidoc, systemId: system.id });
    const second = await importModelCard(core, actor, {
      xml: aidoc,
      systemId: system.id,
      filename: 'again.xml',
    });
    expect(second).toMatchObject({
      createdSystem: false,
      system: { id: system.id, name: 'Radiology worklist helper' },
      card: { cardVersion: 2 },
    });
    const audit = await listAudit(core, { page: 1, pageSize: 10, action: 'model_card.imported' });
    expect(audit.items.map((e) => e.changes.cardVersion)).toEqual([
      { before: 1, after: 2 },
      { before: null, after: 1 },
    ]);
    expect(audit.items[0]?.changes.changedFields).toEqual({ before: null, after: [] });
  });

  it.each(exampleNames)('exports %s as XML that imports back to the same card', async (name) => {
    const first = await importModelCard(core, actor, { xml: readExample(name) });
    const exported = await exportModelCardXml(core, first.system.id);
    const again = await importModelCard(core, actor, { xml: exported, systemId: first.system.id });
    expect(again.card.card).toEqual(first.card.card);
    expect(
      (await diffModelCardVersions(core, first.system.id, { from: 1, to: 2 })).changes,
    ).toEqual([]);
  });

  it('rejects XML that breaks the schema, naming element and line, and stores nothing', async () => {
    const system = await newSystem();
    const before = await rowCounts();
    const broken = aidoc.replace(
      '<ModelDeveloper>Aidoc</ModelDeveloper>',
      '<ModelDeveloper>Aidoc</ModelDeveloper><Colour>red</Colour>',
    );
    const error = await rejectionOf(() =>
      importModelCard(core, actor, { xml: broken, systemId: system.id }),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.details?.[0]?.message).toMatch(/^line 12: element Colour: /);
    expect(await rowCounts()).toEqual(before);
  });

  it('rejects a file that is not a CHAI card and a card for an unknown system, storing nothing', async () => {
    const before = await rowCounts();
    expect(
      (await rejectionOf(() => importModelCard(core, actor, { xml: '<html><body/></html>' }))).code,
    ).toBe('validation_failed');
    const unknown = await rejectionOf(() =>
      importModelCard(core, actor, {
        xml: aidoc,
        systemId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(unknown).toMatchObject({ code: 'not_found', details: [{ path: 'body.systemId' }] });
    expect(await rowCounts()).toEqual(before);
  });

  it('finds a system by its card’s keywords and keeps them searchable after the record is edited', async () => {
    const system = await newSystem('Note helper');
    await importModelCard(core, actor, {
      xml: readExample('OrbDoc_Voice-to-SOAP'),
      systemId: system.id,
    });
    const found = async () =>
      (
        await listAiSystems(core, portfolioListQuery.parse({ q: 'medication reconciliation' }))
      ).items.map((s) => s.id);
    expect(await found()).toEqual([system.id]);
    await updateAiSystem(core, actor, system.id, { version: system.version, product: 'Notes' });
    expect(await found()).toEqual([system.id]);
  });

  describe('from a file', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'vigil-cards-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('imports a card file under its file name', async () => {
      const path = join(dir, 'Aidoc_PE-03-RT.xml');
      await writeFile(path, aidoc);
      const result = await importModelCardXmlFile(core, actor, { path });
      expect(result.card.sourceFilename).toBe('Aidoc_PE-03-RT.xml');
      expect((await getModelCard(core, result.system.id)).cardVersion).toBe(1);
    });

    it('refuses a file over the size limit from its size alone, without reading it', async () => {
      const path = join(dir, 'huge.xml');
      await writeFile(path, '');
      // A sparse gigabyte: reading it whole into a string would fail or take seconds.
      await truncate(path, 1024 * 1024 * 1024);
      const error = await rejectionOf(() => importModelCardXmlFile(core, actor, { path }));
      expect(error.code).toBe('payload_too_large');
      expect(error.message).toContain(String(modelCardLimits.xmlMaxBytes));
    });
  });
});
