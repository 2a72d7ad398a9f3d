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
import { answerModerateTiering, fillAiReport } from './governance-steps';

const title = 'Voice-to-note app on 4 West nights';
const question = 'Does the app keep the recordings, and on whose phones does it run?';
const answer = 'On our own phones. The vendor keeps recordings for a week, they said.';

describeInBrowser('intake from anyone on staff, triaged and tiered by the office', () => {
  const vigil = useVigil();

  it('lets Sam report AI in use in plain words and find it under My submissions', async () => {
    await signIn(vigil, demo.staff);
    const { page } = vigil;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Report or propose AI' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Report or propose AI' }).waitFor();
    await expectAccessible(page, 'report form');
    await screenshot(page, 'intake-report-form');

    await fillAiReport(page, {
      title,
      problem: 'Charting takes the last hour of every night shift.',
      use: 'A phone listens during rounds and writes a draft note we copy into the chart.',
      department: 'Nursing',
      vendor: 'Lumen Speech',
      data: 'What is said in the room, including patient names.',
      affected: 'Patients on 4 West at night, and the nurses.',
    });
    await screenshot(page, 'intake-report-filled');
    await page.getByRole('button', { name: 'Send to the AI office' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('With the AI office').first().waitFor();
    await expectAccessible(page, 'submission page');

    await page.getByRole('link', { name: 'My submissions' }).click();
    await page.getByRole('heading', { level: 1, name: 'My submissions' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(title) });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('With the AI office');
    await expectAccessible(page, 'my submissions');
    await screenshot(page, 'intake-my-submissions');
    await signOut(vigil);
  });

  it('lets the CAIO find it in the triage queue and ask Sam a question', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Intake triage' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Intake triage' }).waitFor();
    await expectAccessible(page, 'triage queue');
    await screenshot(page, 'intake-triage-queue');
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('textbox', { name: 'Question for Sam Rivera' }).fill(question);
    await page.getByRole('button', { name: 'Ask question' }).click();
    await page.getByText('Question for the submitter').first().waitFor();
    await page.getByText(question).waitFor();
    await expectAccessible(page, 'triage page with a question');
    await signOut(vigil);
  });

  it('lets Sam answer the question in the thread', async () => {
    await signIn(vigil, demo.staff);
    const { page } = vigil;
    await page.goto(`${vigil.url}/governance/submissions`);
    const row = page.getByRole('row', { name: new RegExp(title) });
    await expect.poll(() => row.textContent()).toContain('Question for you');
    await row.getByRole('link', { name: title }).click();
    await page.getByText(question).waitFor();
    await page.getByRole('textbox', { name: 'Your answer' }).fill(answer);
    await expectAccessible(page, 'submission with a question');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.getByText(answer).waitFor();
    await page.getByText('With the AI office').first().waitFor();
    await screenshot(page, 'intake-thread-answered');
    await signOut(vigil);
  });

  it('lets the CAIO accept it into the portfolio and tier it, with each contribution shown', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await page.goto(`${vigil.url}/governance/intake?status=submitted`);
    await page.getByRole('link', { name: title }).click();
    await page.getByText(answer).waitFor();

    await page.getByRole('tab', { name: 'Accept' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Developer or vendor' }).inputValue())
      .toBe('Lumen Speech');
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Generative AI' }).click();
    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Documentation' }).click();
    await page.getByRole('button', { name: 'Accept into the portfolio' }).click();
    await page.getByRole('heading', { level: 2, name: 'Risk tiering' }).waitFor();

    await answerModerateTiering(page);

    const result = page.getByRole('region', { name: 'Computed tier' });
    await expect.poll(() => result.textContent()).toContain('Tier 2 (moderate risk)');
    await expect.poll(() => result.textContent()).toContain('Fast-track review');
    const contributions = page.getByRole('table', { name: 'How each dimension counted' });
    await contributions
      .getByRole('rowheader', { name: /Identifiable|Data/ })
      .first()
      .waitFor();
    expect(await contributions.getByRole('row').count()).toBe(11);
    await expectAccessible(page, 'tiering form');
    await screenshot(page, 'intake-tiering');

    await page.getByRole('button', { name: 'Save tiering' }).click();
    await page.getByText('Tier in force').waitFor();
    await page.getByRole('link', { name: 'Set up the review' }).waitFor();
    await expectAccessible(page, 'tiered intake');
    await screenshot(page, 'intake-tiered');
  });

  it('lets the CAIO publish new tiering rules as version 2, past tierings keeping version 1', async () => {
    const { page } = vigil;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Tiering rules' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Tiering rules' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Version 1 (in force)' }).waitFor();
    await expectAccessible(page, 'tiering rules');
    await screenshot(page, 'tiering-rules');

    await page.getByRole('button', { name: 'Edit as a new version' }).click();
    await page.getByRole('textbox', { name: 'Weight of Patients affected per year' }).fill('2');
    await page
      .getByRole('textbox', { name: 'What changed and why' })
      .fill('Scale counts double: a tool for 100,000 patients a year needs a closer look.');
    await expectAccessible(page, 'tiering rules editor');
    await screenshot(page, 'tiering-rules-editor');
    await page.getByRole('button', { name: 'Publish as version 2' }).click();
    await page.getByRole('heading', { level: 2, name: 'Version 2 (in force)' }).waitFor();
    const versions = page.getByRole('table', { name: /Versions of the tiering rules/ });
    await expect.poll(() => versions.getByRole('row').count()).toBe(3);
    const v1 = versions.getByRole('row', { name: /Version 1/ });
    expect(await v1.getByRole('cell').nth(3).textContent()).not.toBe('0');
    expect(vigil.problems).toEqual([]);
  });
});
