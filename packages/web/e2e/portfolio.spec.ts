import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aiSystemDto, meResponse } from '@vigil/contracts';
import { expect, it } from 'vitest';
import {
  demo,
  describeInBrowser,
  expectAccessible,
  navigate,
  screenshot,
  signIn,
  signOut,
  useVigil,
} from './harness';

const inventoryCsv = fileURLToPath(
  new URL('../../core/src/portfolio-import/fixtures/inventory.csv', import.meta.url),
);
const aidocCardXml = fileURLToPath(
  new URL('../../core/src/model-card/schema/examples/Aidoc_PE-03-RT.xml', import.meta.url),
);
const changedUse = 'Detects suspected large vessel occlusion on CTA and pages the stroke team.';

describeInBrowser('the AI portfolio', () => {
  const vigil = useVigil();

  it('lists the demo systems and finds one by full-text search', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await navigate(page, 'Portfolio');
    await page.getByRole('table', { name: 'AI systems: 34 match' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search the portfolio' }).fill('pulmonary embolism');
    await page.getByRole('table', { name: 'AI systems: 1 match' }).waitFor();
    await page.getByRole('link', { name: 'CT pulmonary embolism triage' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('pulmonary embolism');
    await page.getByRole('searchbox', { name: 'Search the portfolio' }).fill('');
    await page.getByRole('table', { name: 'AI systems: 34 match' }).waitFor();
    await expectAccessible(page, 'portfolio list');
    await screenshot(page, 'portfolio-list');
  });

  it('filters by kind in the address, saves the view, brings it back and exports it', async () => {
    const { page } = vigil;
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Imaging AI' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('imaging');
    await page.getByRole('table', { name: /AI systems: \d match/ }).waitFor();
    await page.getByRole('textbox', { name: 'Save current search as' }).fill('Imaging AI');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByText('Saved the view “Imaging AI”.').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const lines = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => /Imaging/i.test(line))).toBe(true);

    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByRole('table', { name: 'AI systems: 34 match' }).waitFor();
    await page.getByRole('combobox', { name: 'Saved views' }).click();
    await page.getByRole('option', { name: 'Imaging AI' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('imaging');
    await page.getByRole('table', { name: /AI systems: \d match/ }).waitFor();
    await page.getByRole('button', { name: 'Delete view' }).click();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByRole('table', { name: 'AI systems: 34 match' }).waitFor();
    await screenshot(page, 'portfolio-list-filtered');
  });

  it('imports a spreadsheet, showing the bad row, fixing its cell, then committing', async () => {
    const { page } = vigil;
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import into the portfolio' }).waitFor();
    await expectAccessible(page, 'import upload');
    await page.locator('input[type="file"]').first().setInputFiles(inventoryCsv);
    await page.getByRole('table', { name: /Columns of inventory\.csv/ }).waitFor();
    expect(await page.getByLabel('Field for column 510(k) number').first().inputValue()).toBe(
      'FDA clearance number',
    );
    await expectAccessible(page, 'import mapping');
    await screenshot(page, 'portfolio-import-mapping');

    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByText('1 row needs fixing').waitFor();
    const badRow = page.getByRole('row', { name: /Stroke LVO Detection/ });
    await badRow.getByText(/FDA clearance number: .*K241727/).waitFor();
    await expectAccessible(page, 'import preview with error');
    await screenshot(page, 'portfolio-import-error');

    await badRow.getByRole('textbox', { name: 'FDA clearance number in row 10' }).fill('K180161');
    await badRow.getByRole('button', { name: 'Apply fix to row 10' }).click();
    await page.getByText('No row has an error.').waitFor();
    await page.getByRole('button', { name: /^Import \d+ systems$/ }).click();
    await page.getByText('Import complete').waitFor();
    await page.getByRole('link', { name: 'Stroke LVO Detection' }).waitFor();
    await expectAccessible(page, 'import summary');
    await screenshot(page, 'portfolio-import-done');
  });

  it('edits an imported system and shows the change in its history with the field diff', async () => {
    const { page } = vigil;
    await page.getByRole('link', { name: 'Stroke LVO Detection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stroke LVO Detection' }).waitFor();
    await page.getByText('K180161').waitFor();
    await expectAccessible(page, 'system overview');
    await screenshot(page, 'portfolio-system-overview');

    await page.getByRole('link', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit AI system' });
    await form.getByRole('textbox', { name: 'Intended use' }).first().fill(changedUse);
    await form.getByRole('textbox', { name: 'FDA clearance number' }).fill('K12');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('must look like K241727, DEN200022 or P170019').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'edit system with error');
    await screenshot(page, 'portfolio-edit-error');
    await form.getByRole('textbox', { name: 'FDA clearance number' }).fill('K180161');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stroke LVO Detection' }).waitFor();

    await page.getByRole('tab', { name: 'History' }).click();
    const versions = page.getByRole('table', { name: /Versions of Stroke LVO Detection/ });
    await versions.getByRole('row', { name: /Intended use/ }).waitFor();
    const diff = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
    await diff
      .getByRole('row', { name: /Intended use/ })
      .getByText(changedUse)
      .waitFor();
    await page.getByRole('button', { name: 'View version 1' }).click();
    await page
      .getByRole('dialog', { name: 'Version 1' })
      .getByText(/Saved .* by /)
      .waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.mantine-Modal-content').count()).toBe(0);
    await expectAccessible(page, 'system history');
    await screenshot(page, 'portfolio-system-history');
  });

  it('reports a concurrent edit instead of overwriting it, and reloads on request', async () => {
    const { page } = vigil;
    const systemId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('link', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit AI system' });
    await form.getByRole('textbox', { name: 'EHR integration' }).waitFor();

    const me = meResponse.parse(await (await page.request.get(`${vigil.url}/api/v1/me`)).json());
    const url = `${vigil.url}/api/v1/portfolio/systems/${systemId}`;
    const current = aiSystemDto.parse(await (await page.request.get(url)).json());
    const otherChange = await page.request.patch(url, {
      headers: { 'x-csrf-token': me.csrfToken ?? '' },
      data: { version: current.version, ehrIntegration: 'Stroke alert in the EHR inbox' },
    });
    expect(otherChange.status(), await otherChange.text()).toBe(200);

    await form.getByRole('textbox', { name: 'EHR integration' }).fill('PACS worklist');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone else changed this system').waitFor();
    await expectAccessible(page, 'edit system conflict');
    await page.getByRole('button', { name: 'Reload system' }).click();
    await expect
      .poll(() => form.getByRole('textbox', { name: 'EHR integration' }).inputValue())
      .toBe('Stroke alert in the EHR inbox');
    await form.getByRole('link', { name: 'Cancel' }).click();
  });

  it('shows the missing items of a partial model card in the transparency checklist', async () => {
    const { page } = vigil;
    await navigate(page, 'Portfolio');
    await page.getByRole('searchbox', { name: 'Search the portfolio' }).fill('OrbDoc');
    await page.getByRole('link', { name: 'Ambient clinical documentation' }).click();
    await page.getByRole('tab', { name: 'Model card' }).click();
    const checklist = page.getByRole('heading', { name: /Transparency checklist: \d+ missing/ });
    await checklist.waitFor();
    const missing = Number(/(\d+) missing/.exec((await checklist.textContent()) ?? '')?.[1]);
    expect(missing).toBeGreaterThan(0);
    await page
      .getByRole('table', { name: /HTI-1 source attributes|Required CHAI/ })
      .first()
      .getByText('Missing')
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Key metrics reported on the card' }).waitFor();
    await expectAccessible(page, 'model card');
    await screenshot(page, 'portfolio-model-card');
  });

  it('attaches a document to a system and offers it only as a download', async () => {
    const { page } = vigil;
    await page.getByRole('tab', { name: 'Overview' }).click();
    const dir = mkdtempSync(join(tmpdir(), 'vigil-doc-'));
    const file = join(dir, 'local-validation-summary.txt');
    writeFileSync(file, 'Local validation: AUROC 0.81 on 2,300 encounters.\n');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    // Mantine's FileInput is a button over a hidden file input; the documents one accepts PDFs.
    const uploaded = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/documents'),
    );
    await page.locator('input[type="file"][accept*=".pdf"]').setInputFiles(file);
    expect((await uploaded).status()).toBe(201);
    const link = page.getByRole('link', { name: 'local-validation-summary.txt' });
    await link.waitFor({ timeout: 30_000 });
    const href = await link.getAttribute('href');
    const download = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers()['x-content-type-options']).toBe('nosniff');
    expect(await download.text()).toContain('AUROC 0.81');
    await expectAccessible(page, 'system documents');
    await screenshot(page, 'portfolio-documents');
  });

  it('prints a one-page nutrition label', async () => {
    const { page } = vigil;
    await page.getByRole('link', { name: 'Nutrition label' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Model facts: Ambient clinical documentation' })
      .waitFor();
    await page.getByText(/% complete/).waitFor();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await expectAccessible(page, 'nutrition label');
    await screenshot(page, 'portfolio-label');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await screenshot(page, 'portfolio-label-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('charts the portfolio and lists the least complete cards', async () => {
    const { page } = vigil;
    await page.goto(`${vigil.url}/portfolio/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Portfolio dashboard' }).waitFor();
    await page.getByRole('img', { name: /^Systems by life-cycle state\. / }).waitFor();
    await page.getByRole('img', { name: /^Model card completeness\. No card: \d+/ }).waitFor();
    await page.getByRole('table', { name: /Systems with a card, least complete first/ }).waitFor();
    await expectAccessible(page, 'portfolio dashboard');
    await screenshot(page, 'portfolio-dashboard');
  });

  it('registers a new system from a CHAI XML card on the import page', async () => {
    const { page } = vigil;
    await page.goto(`${vigil.url}/portfolio/import`);
    await page.getByLabel('CHAI model card (XML)').first().waitFor();
    await page.locator('input[type="file"]').nth(1).setInputFiles(aidocCardXml);
    await page.getByRole('tab', { name: 'Model card', selected: true }).waitFor();
    await page.getByRole('heading', { name: /Transparency checklist/ }).waitFor();
    await page.getByRole('link', { name: 'Download XML' }).waitFor();
  });

  it('validates a new system with the contract before sending it', async () => {
    const { page } = vigil;
    await page.goto(`${vigil.url}/portfolio/new`);
    const form = page.getByRole('form', { name: 'New AI system' });
    await form.getByRole('button', { name: 'Add to portfolio' }).click();
    await form.getByText('must not be empty').first().waitFor();
    expect(await form.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await form.getByText('choose one').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectAccessible(page, 'new system with errors');
    await screenshot(page, 'portfolio-new-error');
  });

  it('lets a model owner propose systems but not record one as already in use', async () => {
    const { page } = vigil;
    await signOut(vigil);
    await signIn(vigil, demo.modelOwner);
    await navigate(page, 'Portfolio');
    await page.getByRole('link', { name: 'Import', exact: true }).waitFor();
    await page.getByRole('link', { name: 'New system' }).click();
    const form = page.getByRole('form', { name: 'New AI system' });
    await form.getByRole('textbox', { name: 'Name' }).waitFor();
    expect(await form.getByRole('combobox', { name: 'State' }).count()).toBe(0);
    await signOut(vigil);
  });

  it('shows staff the portfolio read-only', async () => {
    const { page } = vigil;
    await signIn(vigil, demo.staff);
    await navigate(page, 'Portfolio');
    await page.getByRole('table', { name: /AI systems: \d+ match/ }).waitFor();
    expect(await page.getByRole('link', { name: 'New system' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Import', exact: true }).count()).toBe(0);
    await page.goto(`${vigil.url}/portfolio/new`);
    await page
      .getByRole('heading', { level: 1, name: 'You do not have access to this page' })
      .waitFor();
  });

  it('raised no page errors or CSP violations', () => {
    expect(vigil.problems).toEqual([]);
  });
});
