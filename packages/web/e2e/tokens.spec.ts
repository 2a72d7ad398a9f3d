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

const tokenName = 'monitoring push from laptop';

describeInBrowser('personal API tokens', () => {
  const vigil = useVigil();
  let secret = '';

  async function callMeWithToken(): Promise<number> {
    const response = await vigil.page.request.get(`${vigil.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${secret}`, cookie: '' },
    });
    return response.status();
  }

  it('creates a token and shows its secret once, with a warning and a copy button', async () => {
    await signIn(vigil, 'priya.shah@example-health.org');
    const { page } = vigil;
    await page.getByRole('button', { name: /account menu$/i }).click();
    await page.getByRole('menuitem', { name: 'My API tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'My API tokens' }).waitFor();
    await page.getByRole('textbox', { name: 'Token name' }).fill(tokenName);
    await page.getByRole('textbox', { name: 'Expires in (days)' }).fill('30');
    await page.getByRole('button', { name: 'Create token' }).click();

    const dialog = page.getByRole('dialog', { name: 'Copy your new token' });
    await dialog.getByText('Vigil will not show this token again').waitFor();
    await dialog.getByRole('button', { name: 'Copy token' }).waitFor();
    secret = (await dialog.getByTestId('token-secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    await expectAccessible(page, 'token secret dialog');
    await screenshot(page, 'token-secret');
    await dialog.getByRole('button', { name: 'I have stored it' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lists the token without its secret, and the secret works as a bearer token', async () => {
    const { page } = vigil;
    const table = page.getByRole('table', { name: 'Your tokens' });
    await table.getByRole('rowheader', { name: tokenName }).waitFor();
    await page.reload();
    await table.getByRole('rowheader', { name: tokenName }).waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await callMeWithToken()).toBe(200);
    await expectAccessible(page, 'my tokens');
    await screenshot(page, 'my-tokens');
  });

  it('revokes the token after confirmation, after which it no longer works', async () => {
    const { page } = vigil;
    await page.getByRole('button', { name: `Revoke token ${tokenName}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this token?' });
    await dialog.getByRole('button', { name: 'Revoke token' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: new RegExp(tokenName) });
    await row.getByText('Revoked').waitFor();
    expect(await callMeWithToken()).toBe(401);
  });

  it('shows the revoked token to an administrator on the owner’s user page', async () => {
    await signOut(vigil);
    await signIn(vigil, demo.admin);
    const { page } = vigil;
    await navigate(page, 'Users');
    await page.getByRole('link', { name: 'Priya Shah' }).click();
    const table = page.getByRole('table', { name: 'API tokens of Priya Shah' });
    await table
      .getByRole('row', { name: new RegExp(tokenName) })
      .getByText('Revoked')
      .waitFor();
  });

  it('raised no page errors or CSP violations', () => {
    expect(vigil.problems).toEqual([]);
  });
});
