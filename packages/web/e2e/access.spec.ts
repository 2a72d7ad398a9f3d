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

describeInBrowser('what each role sees', () => {
  const vigil = useVigil();

  it('hides administration from staff', async () => {
    await signIn(vigil, demo.staff);
    const nav = vigil.page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Network' }).waitFor();
    expect(await nav.getByText('Administration').count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
  });

  it('shows staff the no-access page when they open user administration directly', async () => {
    const { page } = vigil;
    for (const path of ['/admin/users', '/audit']) {
      await page.goto(`${vigil.url}${path}`);
      await page
        .getByRole('heading', { level: 1, name: 'You do not have access to this page' })
        .waitFor();
      expect(await page.title()).toBe('No access · Vigil');
    }
    await expectAccessible(page, 'no access');
    await screenshot(page, 'no-access-staff');
    await signOut(vigil);
  });

  it('lets the auditor read users and the audit log but not change users', async () => {
    await signIn(vigil, demo.auditor);
    const { page } = vigil;
    await navigate(page, 'Users');
    await page.getByRole('link', { name: 'Sam Rivera' }).waitFor();
    expect(await page.getByRole('button', { name: 'Create user' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sam Rivera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sam Rivera' }).waitFor();
    expect(await page.getByRole('form', { name: 'Edit user' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Reset password' }).count()).toBe(0);
    await expectAccessible(page, 'user detail for auditor');
    await navigate(page, 'Audit log');
  });

  it('raised no page errors or CSP violations', () => {
    expect(vigil.problems).toEqual([]);
  });
});
