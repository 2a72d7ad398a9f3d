import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  demo,
  describeInBrowser,
  expectAccessible,
  navigate,
  screenshot,
  signIn,
  useVigil,
} from './harness';

const tokenName = 'audit trail check';

describeInBrowser('the audit log', () => {
  const vigil = useVigil();

  it('shows the actions just done, newest first, with who did them', async () => {
    await signIn(vigil, demo.admin);
    const { page } = vigil;
    await page.goto(`${vigil.url}/account/tokens`);
    await page.getByRole('textbox', { name: 'Token name' }).fill(tokenName);
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await page.getByRole('button', { name: `Revoke token ${tokenName}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke token' }).click();
    await page
      .getByRole('row', { name: new RegExp(tokenName) })
      .getByText('Revoked')
      .waitFor();

    await navigate(page, 'Audit log');
    const table = page.getByRole('table', { name: /Audit entries/ });
    const firstRows = table.getByRole('row').nth(1);
    await firstRows.getByText('api_token.revoked').waitFor();
    await table.getByText('api_token.created').first().waitFor();
    await table.getByText('auth.login_succeeded').first().waitFor();
    await firstRows.getByText(demo.admin).waitFor();
    await expectAccessible(page, 'audit log');
    await screenshot(page, 'audit-log');
  });

  it('filters by action, keeping the filter in the address', async () => {
    const { page } = vigil;
    await page.getByRole('textbox', { name: 'Action' }).fill('api_token.created');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('table', { name: /: 1 match$/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('action')).toBe('api_token.created');
    await page
      .getByRole('table', { name: /Audit entries/ })
      .getByText(tokenName)
      .first()
      .waitFor();
  });

  it('exports the filtered entries as CSV', async () => {
    const { page } = vigil;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain('action');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('api_token.created');
  });

  it('verifies the hash chain and reports it intact', async () => {
    const { page } = vigil;
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await page.getByText('The audit trail is intact').waitFor();
    await expectAccessible(page, 'audit log verified');
    await screenshot(page, 'audit-verified');
  });

  it('raised no page errors or CSP violations', () => {
    expect(vigil.problems).toEqual([]);
  });
});
