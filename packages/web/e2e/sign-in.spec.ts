import { expect, it } from 'vitest';
import {
  demo,
  demoPassword,
  describeInBrowser,
  expectAccessible,
  navigate,
  passwordField,
  screenshot,
  signIn,
  signOut,
  useVigil,
} from './harness';

// Areas still planned; released ones (Portfolio, Governance) have suites of their own.
const areas = ['Monitoring', 'Projects', 'Education', 'Strategy', 'Network'];

describeInBrowser('signing in and moving around the shell', () => {
  const vigil = useVigil();

  async function failedSignInMessage(email: string): Promise<string> {
    const { page } = vigil;
    await page.goto(`${vigil.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await passwordField(page).fill('not-the-right-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Sign-in failed' });
    await alert.waitFor();
    return (await alert.innerText()).replace(/Request id:.*$/m, '').trim();
  }

  it('rejects a wrong password without revealing whether the email exists', async () => {
    const forKnownEmail = await failedSignInMessage(demo.admin);
    const forUnknownEmail = await failedSignInMessage('nobody@example-health.org');
    expect(forKnownEmail).toContain('Sign-in failed');
    expect(forUnknownEmail).toBe(forKnownEmail);
    await expectAccessible(vigil.page, 'sign-in with error');
    await screenshot(vigil.page, 'sign-in-error');
  });

  it('lands on Home with the user’s roles after the right password, submitted with Enter', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    expect(await page.title()).toBe('Home · Vigil');
    await page.getByText('Chief AI Officer', { exact: true }).first().waitFor();
    await page.getByText('Example Health').first().waitFor();
    await expectAccessible(page, 'home');
    await screenshot(page, 'home-caio');
  });

  it('opens the portfolio itself from the navigation', async () => {
    const { page } = vigil;
    await navigate(page, 'Portfolio');
    expect(await page.title()).toBe('Portfolio · Vigil');
    await page.getByRole('table', { name: /AI systems: \d+ match/ }).waitFor();
    await navigate(page, 'Home');
  });

  it('reaches every planned product area from the navigation, each titled and accessible', async () => {
    const { page } = vigil;
    for (const area of areas) {
      await navigate(page, area);
      expect(await page.title()).toBe(`${area} · Vigil`);
      await page.getByRole('heading', { name: /Arrives with/ }).waitFor();
      await expectAccessible(page, area);
      await screenshot(page, `area-${area.toLowerCase()}`);
    }
    await navigate(page, 'Home');
  });

  it('offers a skip link that moves keyboard focus to the main content', async () => {
    const { page } = vigil;
    await page.goto(`${vigil.url}/monitoring`);
    await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('opens the user menu with the user’s name and roles', async () => {
    const { page } = vigil;
    await page.getByRole('button', { name: /account menu$/i }).click();
    await page.getByRole('menuitem', { name: 'My API tokens' }).waitFor();
    await page.getByRole('menuitem', { name: 'Change password' }).waitFor();
    // The dropdown fades in; a screenshot taken at once would catch it half transparent.
    await page.waitForTimeout(300);
    await screenshot(page, 'user-menu');
    await page.keyboard.press('Escape');
  });

  it('returns to the page that was asked for after signing in', async () => {
    await signOut(vigil);
    const { page } = vigil;
    await page.goto(`${vigil.url}/account/tokens`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account/tokens');
    await page.getByLabel('Email').fill(demo.caio);
    await passwordField(page).fill(demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'My API tokens' }).waitFor();
  });

  it('changes the user’s own password after checking the current one', async () => {
    const { page } = vigil;
    const newPassword = 'a-new-passphrase-for-amara';
    await page.goto(`${vigil.url}/account/password`);
    await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    await page.getByRole('textbox', { name: 'Current password' }).fill('not-my-password');
    await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
    await page.getByRole('textbox', { name: 'Repeat the new password' }).fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('is not your current password').waitFor();
    await expectAccessible(page, 'change password with error');
    await screenshot(page, 'change-password-error');

    await page.getByRole('textbox', { name: 'Current password' }).fill(demoPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();
    await signOut(vigil);
    await signIn(vigil, demo.caio, newPassword);
  });

  it('raised no page errors or CSP violations', () => {
    expect(vigil.problems).toEqual([]);
  });
});
