import { meResponse, userDto } from '@vigil/contracts';
import type { Page } from 'playwright-core';
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

const newUser = {
  email: 'nia.brooks@example-health.org',
  name: 'Nia Brooks',
  firstPassword: 'first-passphrase-for-nia',
  resetPassword: 'reset-passphrase-for-nia',
};

async function pickOptions(page: Page, field: string, options: string[]): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  for (const option of options) await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

async function expectNotification(page: Page, text: string): Promise<void> {
  await page.getByText(text).first().waitFor();
}

describeInBrowser('user administration', () => {
  const vigil = useVigil();

  it('lists the demo users in a searchable table', async () => {
    await signIn(vigil, demo.admin);
    const { page } = vigil;
    await navigate(page, 'Users');
    await page.getByRole('table', { name: /Users: \d+ in total/ }).waitFor();
    await page.getByRole('searchbox', { name: 'Search users' }).fill('priya');
    await page.getByRole('table', { name: 'Users: 1 in total' }).waitFor();
    await page.getByRole('link', { name: 'Priya Shah' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search users' }).fill('');
    await page.getByRole('table', { name: /Users: \d\d in total/ }).waitFor();
    await expectAccessible(page, 'users list');
    await screenshot(page, 'users-list');
  });

  it('shows a field error for a short password before creating the user', async () => {
    const { page } = vigil;
    await page.getByRole('button', { name: 'Create user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create user' });
    await dialog.getByRole('textbox', { name: 'Email' }).fill(newUser.email);
    await dialog.getByRole('textbox', { name: 'Display name' }).fill(newUser.name);
    await dialog.getByRole('textbox', { name: 'Initial password' }).fill('too-short');
    await pickOptions(page, 'Roles', ['Staff']);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    const passwordInput = dialog.getByRole('textbox', { name: 'Initial password' });
    await dialog.getByText('must be at least 12 characters').waitFor();
    expect(await passwordInput.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'create user with error');
    await screenshot(page, 'users-create-error');

    await passwordInput.fill(newUser.firstPassword);
    await dialog.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('heading', { level: 1, name: newUser.name }).waitFor();
  });

  it('changes the roles and committee disciplines of the new user', async () => {
    const { page } = vigil;
    const form = page.getByRole('form', { name: 'Edit user' });
    await expect
      .poll(() => form.getByRole('combobox', { name: 'Committee disciplines' }).count())
      .toBe(0);
    await pickOptions(page, 'Roles', ['Committee member']);
    await pickOptions(page, 'Committee disciplines', ['Nursing']);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expectNotification(page, `Saved ${newUser.name}.`);
    await page.getByText('Committee member, Staff').waitFor();
    await expectAccessible(page, 'user detail');
    await screenshot(page, 'user-detail');
  });

  it('reports a concurrent change instead of overwriting it, and reloads on request', async () => {
    const { page } = vigil;
    const userId = page.url().split('/').pop() ?? '';
    const me = meResponse.parse(await (await page.request.get(`${vigil.url}/api/v1/me`)).json());
    const current = userDto.parse(
      await (await page.request.get(`${vigil.url}/api/v1/users/${userId}`)).json(),
    );
    const otherAdminChange = await page.request.patch(`${vigil.url}/api/v1/users/${userId}`, {
      headers: { 'x-csrf-token': me.csrfToken ?? '' },
      data: { version: current.version, displayName: 'Nia Brooks-Adeyemi' },
    });
    expect(otherAdminChange.status(), await otherAdminChange.text()).toBe(200);

    const form = page.getByRole('form', { name: 'Edit user' });
    await form.getByRole('textbox', { name: 'Display name' }).fill('Nia B.');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Someone else changed this user').waitFor();
    await screenshot(page, 'user-version-conflict');
    await page.getByRole('button', { name: 'Reload user' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nia Brooks-Adeyemi' }).waitFor();
    expect(await form.getByRole('textbox', { name: 'Display name' }).inputValue()).toBe(
      'Nia Brooks-Adeyemi',
    );
  });

  it('resets the password of the new user', async () => {
    const { page } = vigil;
    const form = page.getByRole('form', { name: 'Reset password' });
    await form.getByRole('textbox', { name: 'New password' }).fill(newUser.resetPassword);
    await form.getByRole('button', { name: 'Reset password' }).click();
    await expectNotification(page, 'their open sessions have ended');
  });

  it('lets the new user sign in with the reset password and see their roles', async () => {
    await signOut(vigil);
    await signIn(vigil, newUser.email, newUser.resetPassword);
    const { page } = vigil;
    await page.getByText('Committee member', { exact: true }).first().waitFor();
    await page.getByText('Nursing', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await signOut(vigil);
  });

  it('shows a locked account as locked and lets the administrator unlock it', async () => {
    const { page } = vigil;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await page.request.post(`${vigil.url}/api/v1/auth/login`, {
        data: { email: newUser.email, password: 'wrong-password-attempt' },
      });
      expect(response.status()).toBeGreaterThanOrEqual(400);
    }
    await signIn(vigil, demo.admin);
    await navigate(page, 'Users');
    await page.getByRole('searchbox', { name: 'Search users' }).fill('nia');
    await page.getByRole('link', { name: /Nia Brooks/ }).click();
    await page
      .getByText(/^Locked/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Unlock sign-in' }).click();
    await expectNotification(page, 'can sign in again');
    await expect.poll(() => page.getByRole('button', { name: 'Unlock sign-in' }).count()).toBe(0);
  });

  it('raised no page errors or CSP violations', () => {
    expect(vigil.problems).toEqual([]);
  });
});
