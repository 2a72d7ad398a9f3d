import type { Page } from 'playwright-core';
import type { VigilSession } from './session';

/** Demo accounts the server seeds on a fresh demo database; they share one password. */
export const demoPassword = 'example-health-demo';
export const demo = {
  admin: 'admin@example-health.org',
  caio: 'amara.okafor@example-health.org',
  staff: 'sam.rivera@example-health.org',
  auditor: 'pat.kim@example-health.org',
  modelOwner: 'priya.shah@example-health.org',
} as const;

export function passwordField(page: Page) {
  return page.getByRole('textbox', { name: 'Password', exact: true });
}

export async function signIn(
  vigil: VigilSession,
  email: string,
  password = demoPassword,
): Promise<void> {
  const { page } = vigil;
  await page.goto(`${vigil.url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await passwordField(page).fill(password);
  await passwordField(page).press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
}

export async function signOut(vigil: VigilSession): Promise<void> {
  const { page } = vigil;
  await page.getByRole('button', { name: /account menu$/i }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

/** Client-side navigation through the navbar, as a user would. */
export async function navigate(page: Page, linkName: string, heading = linkName): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: linkName, exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
