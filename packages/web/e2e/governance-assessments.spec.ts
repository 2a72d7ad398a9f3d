import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { demo, describeInBrowser, expectAccessible, screenshot, signIn, useVigil } from './harness';

const screenshotDir = fileURLToPath(new URL('./screenshots', import.meta.url));
const assessmentTitle = 'NIST AI RMF: Clinical deterioration index';
const evidenceTitle = 'Calibration by race, April 2026';
const evidenceUrl =
  'https://intranet.example-health.org/ai-office/deterioration/calibration-by-race';

describeInBrowser('framework assessments', () => {
  const vigil = useVigil();

  it('answers a NIST AI RMF item with evidence, applies it across frameworks, and reports and exports the gaps', async () => {
    const { page } = vigil;
    await signIn(vigil, demo.caio);
    await page.goto(`${vigil.url}/governance/assessments`);
    await page.getByRole('heading', { level: 1, name: 'Framework assessments' }).waitFor();
    await page.getByRole('link', { name: assessmentTitle }).waitFor();
    await expectAccessible(page, 'assessment list');
    await screenshot(page, 'assessments-list');

    await page.getByRole('link', { name: assessmentTitle }).click();
    // The whole framework renders at once; give a busy machine time.
    const slow = { timeout: 30_000 };
    await page.getByRole('heading', { level: 1, name: assessmentTitle }).waitFor(slow);
    await page.getByRole('heading', { level: 2, name: 'MEASURE', exact: true }).waitFor();
    await expectAccessible(page, 'assessment');
    await screenshot(page, 'assessment-nist');

    await page.getByRole('button', { name: 'Open MEASURE 2.11' }).click();
    const drawer = page.getByRole('dialog');
    await drawer
      .getByRole('heading', { name: 'Fairness and bias are evaluated and the results documented' })
      .waitFor();
    await drawer.getByRole('radio', { name: 'Met', exact: true }).check();
    await drawer
      .getByLabel('Note')
      .fill('Calibration by race completed in April 2026; no subgroup outside tolerance.');
    await drawer.getByRole('button', { name: 'Save answer' }).click();
    await page.getByText('MEASURE 2.11 saved: Met.').waitFor();

    await drawer.getByLabel('Title').fill(evidenceTitle);
    await drawer.getByLabel('Address').fill(evidenceUrl);
    await drawer.getByRole('button', { name: 'Add link' }).click();
    await drawer.getByRole('link', { name: evidenceTitle }).waitFor();

    // The HTI-1 assessment of the same system has the mapped fairness item: one action applies it.
    await drawer.getByRole('button', { name: 'Apply evidence to 1 mapped item' }).click();
    await page.getByText('Evidence applied to 1 mapped item.').waitFor();
    await drawer.getByRole('button', { name: /^Apply evidence/ }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'assessment item drawer');
    // The drawer is fixed on screen, so a full-page shot would miss it: capture the drawer itself.
    mkdirSync(screenshotDir, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 2200 });
    await page
      .locator('.mantine-Drawer-content')
      .screenshot({ path: `${screenshotDir}/assessment-item-drawer.png` });
    await page.setViewportSize({ width: 1280, height: 860 });
    await drawer.getByRole('button', { name: 'Close item' }).click();
    await drawer.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Gap report' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Gap report: ${assessmentTitle}` })
      .waitFor(slow);
    const measure = page.getByRole('region', { name: /^MEASURE: \d+ gaps$/ });
    await measure.waitFor();
    expect(await measure.getByRole('link', { name: 'MEASURE 2.11' }).count()).toBe(0);
    expect(await measure.getByRole('link', { name: 'MEASURE 2.13' }).count()).toBe(1);
    await expectAccessible(page, 'gap report');
    await screenshot(page, 'assessment-gap-report');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'assessment-gap-report-print');
    await page.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vigil-assessment-nist_ai_rmf-.*\.csv$/);
    const lines = readFileSync(await download.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'item_key,reference,function,category,text,status,owner,evidence_count,evidence,note,updated_by,updated_at',
    );
    expect(lines).toHaveLength(73);
    const fairness = lines.find((line) => line.startsWith('nist_measure_2_11,'));
    expect(fairness).toContain(',Met,Grace Liu,2,');
    expect(fairness).toContain(`${evidenceTitle} <${evidenceUrl}>`);
    expect(fairness).toContain(',amara.okafor@example-health.org,');

    await page.goto(`${vigil.url}/governance/assessments`);
    await page
      .getByRole('link', { name: 'Clinical deterioration index', exact: true })
      .first()
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Assessments: Clinical deterioration index' })
      .waitFor();
    await page.getByRole('button', { name: 'Start a CHAI principles assessment' }).waitFor();
    await expectAccessible(page, 'system assessments');
    await screenshot(page, 'assessments-system');
    expect(vigil.problems).toEqual([]);
  });
});
