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

describeInBrowser('the home page answers “what needs me this week”', () => {
  const vigil = useVigil();

  it('shows the CAIO the triage queue, conditions falling due and Thursday’s meeting', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    const week = page.getByRole('region', { name: 'This week' });
    await week.getByRole('heading', { level: 2, name: 'This week' }).waitFor();

    const triage = week.getByRole('region', { name: 'Waiting for triage' });
    await triage.getByText('3 intakes').waitFor();
    await triage.getByText(/The oldest, “Camera-based fall detection on 5 North”/).waitFor();
    await triage.getByRole('link', { name: 'Open the triage queue' }).waitFor();

    const conditions = week.getByRole('list', { name: 'Conditions falling due' });
    const notice = conditions
      .getByRole('listitem')
      .filter({ hasText: 'Post a patient notice of ambient recording' });
    await notice.getByRole('link', { name: 'Ambient clinical documentation' }).waitFor();
    await notice.getByText(/owner Dr\. Ben Ortiz/).waitFor();
    await notice.getByText('Overdue', { exact: true }).waitFor();

    const meeting = week.getByRole('region', { name: 'Next committee meeting' });
    const meetingLink = meeting.getByRole('link', { name: 'AI governance committee' });
    expect(await meetingLink.getAttribute('href')).toMatch(/^\/governance\/meetings\/[\w-]+$/);
    await meeting.getByText(/^Thu, /).waitFor();
    await meeting.getByText(/^\d+ agenda items?$/).waitFor();

    await week.getByRole('list', { name: 'Ideas and reports from staff' }).waitFor();
    await week.getByRole('region', { name: 'Reviews and re-reviews overdue' }).waitFor();
    await week.getByRole('region', { name: 'Notifications' }).waitFor();
    await expectAccessible(page, 'CAIO home');
    await screenshot(page, 'home-caio');

    await meetingLink.click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    expect(vigil.problems).toEqual([]);
  });

  it('shows Sam the submission with a question waiting, and no office blocks', async () => {
    await page().goto(vigil.url);
    await signOut(vigil);
    await signIn(vigil, demo.staff);
    const week = page().getByRole('region', { name: 'This week' });
    const submissions = week.getByRole('region', {
      name: 'Your submissions with a question for you',
    });
    await submissions.getByRole('link', { name: 'Phone translation app at the bedside' }).waitFor();
    await week
      .getByRole('region', { name: 'Conditions you own' })
      .getByText(/^Nothing waiting/)
      .waitFor();
    await week.getByRole('region', { name: 'Notifications' }).waitFor();
    expect(await week.getByRole('region', { name: 'Waiting for triage' }).count()).toBe(0);
    expect(await week.getByRole('region', { name: 'Next committee meeting' }).count()).toBe(0);
    await expectAccessible(page(), 'staff home');
    await screenshot(page(), 'home-staff');

    await submissions.getByRole('link', { name: 'Phone translation app at the bedside' }).click();
    await page()
      .getByRole('heading', { level: 1, name: 'Phone translation app at the bedside' })
      .waitFor();
    expect(vigil.problems).toEqual([]);
  });

  function page() {
    return vigil.page;
  }
});
