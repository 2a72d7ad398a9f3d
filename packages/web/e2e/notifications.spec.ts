import { expect, it } from 'vitest';
import {
  demo,
  describeInBrowser,
  expectAccessible,
  screenshot,
  signIn,
  signOut,
  useVigil,
} from './harness';

const intakeTitle = 'Sepsis alert tuning assistant for the ICU';

describeInBrowser('notifications', () => {
  const vigil = useVigil();

  const bell = () => vigil.page.getByRole('link', { name: /^Inbox, / });
  const bellLabel = async () => (await bell().getAttribute('aria-label')) ?? '';

  async function unreadFromApi(): Promise<number> {
    const response = await vigil.page.request.get(
      `${vigil.url}/api/v1/me/notifications/unread-count`,
    );
    const body = (await response.json()) as { unread: number };
    return body.unread;
  }

  async function waitForBell(label: string): Promise<void> {
    await vigil.page.getByRole('link', { name: label, exact: true }).waitFor();
  }

  it('tells the CAIO about an intake a staff member submits, in the bell and the inbox', async () => {
    await signIn(vigil, demo.staff);
    const me = await vigil.page.request.get(`${vigil.url}/api/v1/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const submitted = await vigil.page.request.post(`${vigil.url}/api/v1/governance/intakes`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        kind: 'proposal',
        title: intakeTitle,
        problem: 'Too many sepsis alerts fire on stable ICU patients.',
        intendedUse: 'Suggest alert thresholds per unit for the ICU nurses to review.',
        department: 'Critical care',
        source: 'vendor',
        vendorName: 'Acme Health AI',
        dataUsed: 'Vital signs and lab results from the EHR',
        affectedPeople: 'ICU patients and nurses',
        patientFacing: false,
        autonomy: 'recommends',
      },
    });
    expect(submitted.status()).toBe(201);
    await signOut(vigil);

    await signIn(vigil, demo.caio);
    const unread = await unreadFromApi();
    expect(unread).toBeGreaterThanOrEqual(1);
    await waitForBell(`Inbox, ${unread} unread`);
    await screenshot(vigil.page, 'notifications-bell');

    await bell().click();
    const { page } = vigil;
    await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
    const item = page.getByRole('listitem').filter({ hasText: intakeTitle });
    await item.getByRole('link', { name: new RegExp(intakeTitle) }).waitFor();
    await item.getByText('New intake', { exact: true }).waitFor();
    await expectAccessible(page, 'inbox');
    await screenshot(page, 'notifications-inbox');
  });

  it('marks one read and the bell count goes down; the unread filter leaves it out', async () => {
    const { page } = vigil;
    const before = await unreadFromApi();
    const item = page.getByRole('listitem').filter({ hasText: intakeTitle });
    await item.getByRole('button', { name: /^Mark read: New intake / }).click();
    await waitForBell(
      before - 1 === 0 ? 'Inbox, no unread notifications' : `Inbox, ${before - 1} unread`,
    );
    expect(await unreadFromApi()).toBe(before - 1);
    await item.getByText('Unread', { exact: true }).waitFor({ state: 'detached' });

    await page.locator('label', { hasText: /^Unread$/ }).click();
    await page.waitForURL(/filter=unread/);
    await page
      .getByRole('listitem')
      .filter({ hasText: intakeTitle })
      .waitFor({ state: 'detached' });
    await expectAccessible(page, 'inbox, unread only');
    await screenshot(page, 'notifications-unread');
  });

  it('saves the daily digest choice and marks everything read', async () => {
    const { page } = vigil;
    // The switch follows the saved preference, which changes a moment after the click.
    const digest = page.getByRole('switch', { name: 'One daily digest instead' });
    await digest.click({ force: true });
    await page.getByText('Saved.').waitFor();
    await expect.poll(() => digest.isChecked()).toBe(true);
    await page.reload();
    expect(await page.getByRole('switch', { name: 'One daily digest instead' }).isChecked()).toBe(
      true,
    );

    await page.getByRole('button', { name: 'Mark all read' }).click();
    await waitForBell('Inbox, no unread notifications');
    await page.getByText('Nothing unread. You are up to date.').waitFor();
    expect(await bellLabel()).toBe('Inbox, no unread notifications');
    await expectAccessible(page, 'inbox, all read');
    await screenshot(page, 'notifications-all-read');
    expect(vigil.problems).toEqual([]);
  });
});
