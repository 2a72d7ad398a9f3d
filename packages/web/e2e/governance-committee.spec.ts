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

describeInBrowser('the governance committee', () => {
  const vigil = useVigil();

  it('opens the governance dashboard with its charts', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await navigate(page, 'Governance');
    for (const chart of ['chart-pipeline', 'chart-intakes', 'chart-decisions']) {
      const figure = page.getByTestId(`${chart}-chart`);
      await figure.locator('svg.recharts-surface').first().waitFor();
      await expect.poll(() => figure.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    }
    await page.getByRole('heading', { level: 2, name: /Overdue items/ }).waitFor();
    await page
      .getByRole('table', { name: 'Days current systems have spent in their stage' })
      .waitFor();
    const links = page.getByRole('navigation', { name: 'Governance pages' });
    for (const name of [
      'Triage queue',
      'My reviews',
      'Conditions',
      'Committee meetings',
      'Re-reviews',
    ])
      await links.getByRole('link', { name: new RegExp(`^${name}`) }).waitFor();
    await expectAccessible(page, 'governance dashboard');
    await screenshot(page, 'governance-dashboard');
  });

  it('shows the past meeting with quorum, its decision and locked minutes', async () => {
    const { page } = vigil;
    await page
      .getByRole('navigation', { name: 'Governance pages' })
      .getByRole('link', { name: /^Committee meetings/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Committee meetings' }).waitFor();
    await page
      .getByRole('table', { name: 'Past meetings, latest first' })
      .getByRole('link')
      .first()
      .click();
    await page.getByText('Quorum reached: 5 present, 4 needed').first().waitFor();
    await page.getByText('Decided', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'decision letter' }).waitFor();
    await page.getByText(/Locked: the meeting is held/).waitFor();
    await expectAccessible(page, 'past meeting');
    await screenshot(page, 'governance-meeting-past');
  });

  it('builds Thursday’s agenda, records attendance until quorum and downloads the .ics', async () => {
    const { page } = vigil;
    await page.getByRole('link', { name: 'Committee meetings' }).click();
    await page
      .getByRole('table', { name: 'Upcoming meetings, soonest first' })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    const agenda = page.getByRole('list', { name: 'Agenda items' });
    const itemsBefore = await agenda.getByRole('listitem').count();

    const pending = page.getByRole('table', { name: /Open reviews not yet on a scheduled agenda/ });
    await pending.waitFor();
    const addButton = pending.getByRole('button', { name: /^Add .* to the agenda$/ }).first();
    const label = (await addButton.getAttribute('aria-label')) ?? '';
    const systemName = label.replace(/^Add /, '').replace(/ to the agenda$/, '');
    await addButton.click();
    await expect.poll(() => agenda.getByRole('listitem').count()).toBe(itemsBefore + 1);
    await agenda
      .getByRole('link', { name: new RegExp(`Review workspace: ${systemName}`) })
      .waitFor();

    await page.getByText('Quorum not reached: 0 present, 4 needed').first().waitFor();
    await page.getByRole('button', { name: 'Record the decision' }).first().click();
    await page
      .getByRole('form', { name: 'Record the decision' })
      .getByRole('textbox', { name: 'Rationale' })
      .waitFor();
    await page.getByRole('button', { name: 'Close the decision form' }).click();
    const members = ['Dr. Miguel Santos', 'Grace Liu', 'Tom Becker', 'Rachel Adams, RN'];
    for (const [index, name] of members.entries()) {
      await page
        .getByRole('group', { name: `Attendance of ${name}` })
        .getByRole('button', { name: 'Present' })
        .click();
      await page
        .getByText(new RegExp(`: ${index + 1} present, 4 needed`))
        .first()
        .waitFor();
    }
    await page.getByText('Quorum reached: 4 present, 4 needed').first().waitFor();
    await page
      .getByRole('group', { name: 'Attendance of David Cho, PharmD' })
      .getByRole('button', { name: 'Excused' })
      .click();
    await page
      .getByRole('group', { name: 'Attendance of David Cho, PharmD' })
      .getByRole('button', { name: 'Excused', pressed: true })
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download .ics' }).click(),
    ]);
    const ics = readFileSync(await download.path(), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toMatch(/\r\nDTSTART:\d{8}T160000Z\r\n/);
    expect(ics).toContain('SUMMARY:AI governance committee\r\n');
    expect(ics.replace(/\r\n /g, '')).toContain(systemName.replace(/,/g, '\\,'));
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);

    await expectAccessible(page, 'upcoming meeting');
    await screenshot(page, 'governance-meeting-upcoming');
    expect(vigil.problems).toEqual([]);
  });

  it('schedules a meeting, and gives a calendar address that works without a session', async () => {
    const { page } = vigil;
    await page.getByRole('link', { name: 'Committee meetings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Committee meetings' }).waitFor();
    await page.getByRole('button', { name: 'Create my calendar address' }).click();
    const address = (
      await page.locator('pre').filter({ hasText: '/meetings.ics' }).innerText()
    ).trim();
    const feed = await fetch(address);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('BEGIN:VEVENT');
    expect((await fetch(address.replace(/.\/meetings\.ics$/, 'x/meetings.ics'))).status).toBe(404);
    await expectAccessible(page, 'meetings list');
    await screenshot(page, 'governance-meetings');

    await page.getByRole('button', { name: 'Schedule meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schedule a committee meeting' });
    await dialog
      .getByRole('textbox', { name: 'Title' })
      .fill('Extraordinary committee: sepsis drift');
    await dialog.getByRole('textbox', { name: 'Location' }).fill('Video call');
    await expectAccessible(page, 'schedule meeting dialog');
    await dialog.getByRole('button', { name: 'Schedule meeting' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Extraordinary committee: sepsis drift' })
      .waitFor();
    await page.getByText('Quorum not reached: 0 present, 4 needed').first().waitFor();
  });

  it('lists re-reviews by due date', async () => {
    const { page } = vigil;
    await page.goto(`${vigil.url}/governance/re-reviews`);
    await page.getByRole('heading', { level: 1, name: 'Re-reviews' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Overdue/ }).waitFor();
    await page
      .getByRole('table', { name: /systems by re-review date/ })
      .first()
      .waitFor();
    await expectAccessible(page, 're-reviews');
    await screenshot(page, 'governance-re-reviews');
    expect(vigil.problems).toEqual([]);
  });
});
