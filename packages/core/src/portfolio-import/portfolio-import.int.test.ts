import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { ImportPreviewInput, ImportSessionDto, Role } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../audit/index';
import type { Actor } from '../deps';
import { commitImport, exportPortfolioXlsx, previewImport, startImportFromBytes } from './index';

const fixture = (name: string) =>
  readFile(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
const ownerEmails = [
  'ben.ortiz@example-health.org',
  'priya.shah@example-health.org',
  'miguel.santos@example-health.org',
];

describe.each(await dialectsUnderTest())('portfolio spreadsheet import on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    caio = await actorWith(['caio']);
    for (const email of ownerEmails) await makeUser(core, { email });
  });
  afterEach(async () => {
    await core.close();
  });

  async function actorWith(roles: Role[]): Promise<Actor> {
    const user = await makeUser(core, { roles });
    return { userId: user.id, label: user.email, roles, requestId: null };
  }
  const countSystems = async () =>
    Number(
      (
        await core.db
          .selectFrom('ai_systems')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const upload = async (name: string, format: 'csv' | 'xlsx' = 'csv') =>
    startImportFromBytes(core, caio, { filename: name, format, bytes: await fixture(name) });
  const mappingOf = (
    session: ImportSessionDto,
    extra: Partial<ImportPreviewInput> = {},
  ): ImportPreviewInput => ({ mapping: session.suggestedMapping, ...extra });

  it('suggests a mapping from the inventory’s own headers', async () => {
    const session = await upload('inventory.csv');
    expect(session).toMatchObject({ rowCount: 20, headerRowNumber: 1, status: 'draft' });
    expect(session.suggestedMapping).toEqual({
      ID: 'externalId',
      'AI Tool': 'name',
      Vendor: 'developer',
      Version: 'productVersion',
      'Build/Buy': 'source',
      Type: 'kind',
      Category: 'category',
      'Department(s)': 'departments',
      'Site(s)': 'sites',
      'Use case': 'intendedUse',
      'Owner email': 'clinicalOwner',
      FDA: 'fdaStatus',
      '510(k) number': 'fdaClearanceNumber',
      Status: 'initialState',
      Notes: null,
    });
    expect(session.sampleRows[0]?.[9]).toBe(
      'Flags suspected pneumothorax on chest radiographs, so radiologists read them first',
    );
  });

  it('names the spreadsheet row and field of each invalid cell in the preview', async () => {
    const session = await upload('inventory.csv');
    const preview = await previewImport(core, caio, session.id, mappingOf(session));
    expect(preview.counts).toEqual({
      create: 19,
      update: 0,
      unchanged: 0,
      excluded: 0,
      invalid: 1,
    });
    const bad = preview.rows.find((r) => r.action === 'invalid');
    expect(bad).toMatchObject({ rowNumber: 10, errors: [{ field: 'fdaClearanceNumber' }] });
    expect(bad?.errors[0]?.message).toContain('K241727');
    expect(preview.rows[0]?.values).toMatchObject({
      fdaStatus: 'cleared_510k',
      departments: 'Radiology; Emergency Medicine',
      clinicalOwner: 'ben.ortiz@example-health.org',
      initialState: 'deployed',
    });
  });

  it('imports nothing while a row is invalid, and everything once the cell is fixed', async () => {
    const session = await upload('inventory.csv');
    const preview = await previewImport(core, caio, session.id, mappingOf(session));
    await expect(
      commitImport(core, caio, session.id, { previewHash: preview.previewHash }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'rows.10.fdaClearanceNumber' }],
    });
    expect(await countSystems()).toBe(0);
    const fixed = await previewImport(
      core,
      caio,
      session.id,
      mappingOf(session, { rowEdits: { '10': { fdaClearanceNumber: 'K180161' } } }),
    );
    expect(fixed.counts.invalid).toBe(0);
    const result = await commitImport(core, caio, session.id, { previewHash: fixed.previewHash });
    expect(result.counts.create).toBe(20);
    expect(await countSystems()).toBe(20);
    const audit = await listAudit(core, {
      page: 1,
      pageSize: 5,
      action: 'portfolio.import_committed',
    });
    expect(audit.items[0]?.changes).toMatchObject({
      create: { after: 20 },
      filename: { after: 'inventory.csv' },
    });
    expect(
      (await listAudit(core, { page: 1, pageSize: 1, action: 'ai_system.created' })).total,
    ).toBe(20);
    expect(await verifyAuditChain(core)).toMatchObject({ intact: true });
  });

  it('leaves excluded rows out of the commit', async () => {
    const session = await upload('inventory.csv');
    const preview = await previewImport(
      core,
      caio,
      session.id,
      mappingOf(session, { excludedRows: [10, 2] }),
    );
    expect(preview.counts).toMatchObject({ create: 18, excluded: 2, invalid: 0 });
    await commitImport(core, caio, session.id, { previewHash: preview.previewHash });
    expect(await countSystems()).toBe(18);
  });

  it('creates no duplicates when the same file is imported twice', async () => {
    const first = await upload('inventory.csv');
    const p1 = await previewImport(core, caio, first.id, mappingOf(first, { excludedRows: [10] }));
    await commitImport(core, caio, first.id, { previewHash: p1.previewHash });
    const second = await upload('inventory.csv');
    const p2 = await previewImport(
      core,
      caio,
      second.id,
      mappingOf(second, { excludedRows: [10] }),
    );
    expect(p2.counts).toEqual({ create: 0, update: 0, unchanged: 19, excluded: 1, invalid: 0 });
    await commitImport(core, caio, second.id, { previewHash: p2.previewHash });
    expect(await countSystems()).toBe(19);
  });

  it('matches rows by name, developer and version when the sheet has no ID column, and updates what changed', async () => {
    const session = await upload('inventory.csv');
    const { ID: _id, ...noIds } = session.suggestedMapping;
    const p1 = await previewImport(core, caio, session.id, {
      mapping: { ...noIds, ID: null },
      excludedRows: [10],
    });
    await commitImport(core, caio, session.id, { previewHash: p1.previewHash });
    const again = await upload('inventory.csv');
    const p2 = await previewImport(core, caio, again.id, {
      mapping: { ...noIds, ID: null },
      excludedRows: [10],
      rowEdits: { '3': { intendedUse: 'Sepsis risk, recalibrated' } },
    });
    expect(p2.counts).toMatchObject({ create: 0, update: 1, unchanged: 18 });
    expect(p2.rows.find((r) => r.rowNumber === 3)).toMatchObject({ action: 'update' });
    expect(p2.rows.find((r) => r.rowNumber === 3)?.systemId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to commit a preview that the portfolio has since outdated, storing nothing', async () => {
    const session = await upload('inventory.csv');
    const preview = await previewImport(
      core,
      caio,
      session.id,
      mappingOf(session, { excludedRows: [10] }),
    );
    const other = await upload('inventory.csv');
    const otherPreview = await previewImport(
      core,
      caio,
      other.id,
      mappingOf(other, { excludedRows: [10, 21] }),
    );
    await commitImport(core, caio, other.id, { previewHash: otherPreview.previewHash });
    const before = await countSystems();
    await expect(
      commitImport(core, caio, session.id, { previewHash: preview.previewHash }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await countSystems()).toBe(before);
  });

  it('lets a model owner import proposals only, naming the status of rows already in use', async () => {
    const owner = await actorWith(['model_owner']);
    const session = await startImportFromBytes(core, owner, {
      filename: 'inventory.csv',
      format: 'csv',
      bytes: await fixture('inventory.csv'),
    });
    const preview = await previewImport(core, owner, session.id, mappingOf(session));
    expect(preview.rows[0]?.errors.map((e) => e.field)).toEqual(['initialState']);
    expect(preview.rows[0]?.errors[0]?.message).toContain('administrator or the CAIO');
    const proposals = await previewImport(core, owner, session.id, {
      mapping: { ...session.suggestedMapping, Status: null },
      excludedRows: [10],
    });
    expect(proposals.counts).toMatchObject({ create: 19, invalid: 0 });
  });

  it('reads the XLSX inventory below its title rows, with rows numbered as Excel shows them', async () => {
    const session = await upload('inventory.xlsx', 'xlsx');
    expect(session).toMatchObject({ headerRowNumber: 3, rowCount: 20 });
    const preview = await previewImport(core, caio, session.id, mappingOf(session));
    expect(preview.rows.find((r) => r.action === 'invalid')).toMatchObject({
      rowNumber: 12,
      errors: [{ field: 'fdaClearanceNumber' }],
    });
    expect(preview.rows[0]?.values.productVersion).toBe('4.2');
  });

  it('round-trips an XLSX export: importing it back changes nothing', async () => {
    const session = await upload('inventory.csv');
    const p1 = await previewImport(
      core,
      caio,
      session.id,
      mappingOf(session, { excludedRows: [10] }),
    );
    await commitImport(core, caio, session.id, { previewHash: p1.previewHash });
    const bytes = await exportPortfolioXlsx(core);
    const back = await startImportFromBytes(core, caio, {
      filename: 'export.xlsx',
      format: 'xlsx',
      bytes,
    });
    expect(back.suggestedMapping).toMatchObject({
      'Inventory ID': 'externalId',
      'Clinical owner email': 'clinicalOwner',
      'Vigil ID': null,
      'Lifecycle state': 'initialState',
    });
    const p2 = await previewImport(core, caio, back.id, mappingOf(back));
    expect(p2.counts).toEqual({ create: 0, update: 0, unchanged: 19, excluded: 0, invalid: 0 });
  });

  it('reads CSV quirks: semicolons, a byte-order mark, quoted line breaks and doubled quotes', async () => {
    const csv =
      '\uFEFFName;Developer;Source;Kind;Category;Intended use\r\n"Note ""helper""";Acme;Vendor;Generative AI;Documentation;"Line one\nline two"\r\n\r\n';
    const session = await startImportFromBytes(core, caio, {
      filename: 'eu.csv',
      format: 'csv',
      bytes: Buffer.from(csv),
    });
    expect(session.headers).toEqual([
      'Name',
      'Developer',
      'Source',
      'Kind',
      'Category',
      'Intended use',
    ]);
    const preview = await previewImport(core, caio, session.id, mappingOf(session));
    expect(preview.rows).toMatchObject([
      {
        rowNumber: 2,
        action: 'create',
        values: { name: 'Note "helper"', intendedUse: 'Line one\nline two', kind: 'generative' },
      },
    ]);
  });

  it('refuses a mapping that fills one field from two columns', async () => {
    const session = await upload('inventory.csv');
    await expect(
      previewImport(core, caio, session.id, {
        mapping: { ...session.suggestedMapping, Notes: 'name' },
      }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.mapping.Notes' }],
    });
  });
});
