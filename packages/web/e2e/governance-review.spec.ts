import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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
import { choose, fillDecision, submitReview } from './governance-steps';

const systemName = 'Prior authorization assistant';
const clinician = 'miguel.santos@example-health.org';
const security = 'tom.becker@example-health.org';
const condition = 'Train the utilization review nurses on overriding the assistant';

describeInBrowser('the review workflow', () => {
  const vigil = useVigil();
  let workspace = '';

  async function openWorkspace(page: Page) {
    await page.goto(`${vigil.url}${workspace}`);
    await page.getByRole('heading', { level: 1, name: `Review: ${systemName}` }).waitFor();
  }

  it('lets the CAIO open a review round for a tiered system and assign reviewers by discipline', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await page.goto(`${vigil.url}/portfolio?q=prior%20authorization`);
    await page.getByRole('link', { name: systemName }).click();
    await page.getByRole('heading', { level: 1, name: systemName }).waitFor();
    workspace = new URL(page.url()).pathname.replace('/portfolio/', '/governance/systems/');
    await openWorkspace(page);
    await page.getByText('Tier 2 (moderate risk)').first().waitFor();
    await page.getByText('No review round is open.').waitFor();
    await expectAccessible(page, 'review workspace before a round');
    await screenshot(page, 'governance-review-workspace-empty');

    const open = page.getByRole('form', { name: 'Open a review round' });
    await open
      .getByRole('textbox', { name: 'Why is the review opened?' })
      .fill('Intake accepted; fast-track review.');
    await open.getByRole('button', { name: 'Open review round' }).click();
    await page.getByText('Round 1', { exact: true }).waitFor();

    const assign = page.getByRole('form', { name: 'Assign a reviewer' });
    await choose(page, assign, 'Discipline', 'Clinical (required)');
    await choose(page, assign, 'Reviewer', 'Dr. Miguel Santos');
    await assign.getByRole('button', { name: 'Assign reviewer' }).click();
    const reviewers = page.getByRole('table', { name: 'Reviewers of this round' });
    await reviewers.getByRole('row', { name: /Dr\. Miguel Santos/ }).waitFor();
    await choose(page, assign, 'Discipline', 'IT security (required)');
    await choose(page, assign, 'Reviewer', 'Tom Becker');
    await assign.getByRole('button', { name: 'Assign reviewer' }).click();
    await reviewers.getByRole('row', { name: /Tom Becker/ }).waitFor();
    await page.getByText('0 of 2 eligible recommendations submitted').waitFor();
    await expectAccessible(page, 'review workspace with reviewers');
    await screenshot(page, 'governance-review-assigned');
    await signOut(vigil);
  });

  it('lets each assigned reviewer record findings and a recommendation', async () => {
    const { page } = vigil;
    for (const [email, findings] of [
      [clinician, 'Denial letters stay with a nurse reviewer; the assistant only drafts.'],
      [security, 'PHI stays in the payer portal integration; no new data flows.'],
    ] as const) {
      await signIn(vigil, email);
      await page.goto(`${vigil.url}/governance/reviews`);
      await page.getByRole('heading', { level: 1, name: 'My reviews' }).waitFor();
      await page.getByRole('link', { name: systemName }).click();
      await page.getByRole('heading', { level: 1, name: `Review: ${systemName}` }).waitFor();
      const form = await submitReview(page, {
        findings,
        condition,
        recommendation: 'Approve with conditions',
      });
      await form.getByText(/^Submitted\./).waitFor();
      if (email === clinician) {
        await expectAccessible(page, 'reviewer workspace');
        await screenshot(page, 'governance-review-reviewer');
      }
      await signOut(vigil);
    }
  });

  it('lets the CAIO decide a fast-track approval with a condition and read the letter', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await openWorkspace(page);
    const decide = await fillDecision(page, {
      decision: 'Approve with conditions',
      rationale: 'Drafting only, with nurse sign-off; training first.',
      condition,
    });
    await screenshot(page, 'governance-review-decision-form');
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded: Approve with conditions.').waitFor();
    await page.getByText('No review round is open.').waitFor();
    await page.getByRole('link', { name: 'Decision letter, round 1' }).click();
    await page.getByRole('heading', { level: 1, name: `Decision letter: ${systemName}` }).waitFor();
    const letter = page.getByRole('article', { name: 'Decision letter' });
    await letter
      .getByText(`${condition} — owner: Priya Shah; due 2030-01-31`, { exact: false })
      .waitFor();
    await letter.getByRole('listitem').filter({ hasText: 'Pathway: Fast-track review' }).waitFor();
    await expectAccessible(page, 'decision letter');
    await screenshot(page, 'governance-review-letter');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    await screenshot(page, 'governance-review-letter-print');
    await page.emulateMedia({ media: 'screen' });
    await signOut(vigil);
  });

  it('lets the condition owner mark the condition met in the tracker', async () => {
    await signIn(vigil, demo.modelOwner);
    const { page } = vigil;
    await page.goto(`${vigil.url}/governance/conditions?mine=1`);
    await page.getByRole('heading', { level: 1, name: 'Conditions' }).waitFor();
    const table = page.getByRole('table', { name: /^Conditions: \d+/ });
    await table.getByRole('row', { name: new RegExp(condition) }).waitFor();
    await expectAccessible(page, 'conditions tracker');
    await screenshot(page, 'governance-review-conditions');
    await table.getByRole('button', { name: `Mark met: ${condition}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the condition met' });
    await dialog
      .getByRole('textbox', { name: 'How was it met?' })
      .fill('All 14 nurses trained on 2 March.');
    await dialog.getByRole('button', { name: 'Mark met' }).click();
    await page.getByText('Condition marked met.').waitFor();
    await table
      .getByRole('row', { name: new RegExp(condition) })
      .getByText('Met', { exact: true })
      .waitFor();
    await signOut(vigil);
  });

  it('lets the CAIO attach the local validation and move the system to deployed', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await openWorkspace(page);
    const deployCard = page.getByRole('region', { name: 'Move to Deployed' });
    await deployCard.getByText(/Local validation report attached \(not met/).waitFor();
    await choose(
      page,
      page.locator('body'),
      'Counts as governance artefact',
      'Local validation report attached',
    );
    const dir = mkdtempSync(join(tmpdir(), 'vigil-review-'));
    const file = join(dir, 'prior-auth-local-validation.md');
    writeFileSync(
      file,
      '# Local validation\n\nDrafts matched nurse decisions in 91% of 400 requests.\n',
    );
    await page.locator('input[type="file"][accept*=".pdf"]').setInputFiles(file);
    await page.getByRole('link', { name: 'prior-auth-local-validation.md' }).waitFor();
    await deployCard.getByText('Gates met').waitFor();
    const move = page.getByRole('form', { name: 'Change the lifecycle state' });
    await choose(page, move, 'Move to', 'Deployed');
    await move
      .getByRole('textbox', { name: 'Reason' })
      .fill('Condition met and validation on file.');
    await move.getByRole('button', { name: 'Change state' }).click();
    await page.getByText('The system is now deployed.').waitFor();
    await page
      .getByRole('table', { name: 'Lifecycle changes' })
      .getByRole('row', { name: /Condition met and validation on file/ })
      .waitFor();
    await expectAccessible(page, 'review workspace after deployment');
    await screenshot(page, 'governance-review-deployed');
    expect(vigil.problems).toEqual([]);
  });
});
