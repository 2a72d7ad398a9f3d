import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditEntryDto } from '@vigil/contracts';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { z } from 'zod';
import {
  demo,
  describeInBrowser,
  expectAccessible,
  screenshot,
  signIn,
  signOut,
  useVigil,
} from './harness';
import {
  answerModerateTiering,
  choose,
  fillAiReport,
  fillDecision,
  submitReview,
} from './governance-steps';

// The whole governance path of one AI system, as the people involved click through it: a nurse
// reports a tool, the CAIO triages and tiers it, three reviewers of different disciplines review
// (one recuses), the decision approves a pilot with a condition, the owner meets it, and the
// system goes live; the audit trail then holds every step.

const title = 'Bedside handoff summarizer';
const vendorCard = fileURLToPath(
  new URL('../../core/src/model-card/schema/examples/OrbDoc_Voice-to-SOAP.xml', import.meta.url),
);
const reviewers = {
  clinical: { email: 'miguel.santos@example-health.org', name: 'Dr. Miguel Santos' },
  security: { email: 'tom.becker@example-health.org', name: 'Tom Becker' },
  ethics: { email: 'grace.liu@example-health.org', name: 'Grace Liu' },
} as const;
const condition = 'Train the 4 West night nurses to check every summary before handoff';

describeInBrowser('an AI system from a staff report to deployment, through governance', () => {
  const vigil = useVigil();
  const startedAt = new Date().toISOString();
  let workspace = '';

  async function openWorkspace(page: Page) {
    await page.goto(`${vigil.url}${workspace}`);
    await page.getByRole('heading', { level: 1, name: `Review: ${title}` }).waitFor();
  }

  it('takes a nurse’s plain-language report of an AI tool', async () => {
    await signIn(vigil, demo.staff);
    const { page } = vigil;
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Report or propose AI' })
      .click();
    await fillAiReport(page, {
      title,
      problem: 'Night handoffs run long and details get lost between shifts.',
      use: 'It drafts a handoff summary from the chart that the outgoing nurse reads out.',
      department: 'Nursing',
      vendor: 'OrbDoc',
      data: 'Notes, vitals and orders from the chart.',
      affected: 'Patients on 4 West and the nurses handing over.',
    });
    await page.getByRole('button', { name: 'Send to the AI office' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('With the AI office').first().waitFor();
    await signOut(vigil);
  });

  it('lets the CAIO accept it into the portfolio and shows the computed tier', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await page.goto(`${vigil.url}/governance/intake?status=submitted`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('tab', { name: 'Accept' }).click();
    await choose(page, page.locator('body'), 'Kind', 'Generative AI');
    await choose(page, page.locator('body'), 'Category', 'Documentation');
    await page.getByRole('button', { name: 'Accept into the portfolio' }).click();
    await page.getByRole('heading', { level: 2, name: 'Risk tiering' }).waitFor();

    await answerModerateTiering(page);
    const result = page.getByRole('region', { name: 'Computed tier' });
    await expect.poll(() => result.textContent()).toContain('Tier 2 (moderate risk)');
    await expect.poll(() => result.textContent()).toContain('Fast-track review');
    await page.getByRole('table', { name: 'How each dimension counted' }).waitFor();
    await page.getByRole('button', { name: 'Save tiering' }).click();
    await page.getByText('Tier in force').waitFor();
    await screenshot(page, 'journey-tiered');
    await page.getByRole('link', { name: 'Set up the review' }).click();
    await page.getByRole('heading', { level: 1, name: `Review: ${title}` }).waitFor();
    workspace = new URL(page.url()).pathname;
  });

  it('lets the CAIO open a fast-track round with three reviewers of different disciplines', async () => {
    const { page } = vigil;
    const open = page.getByRole('form', { name: 'Open a review round' });
    await open
      .getByRole('textbox', { name: 'Why is the review opened?' })
      .fill('Reported by 4 West; already in informal use.');
    await open.getByRole('button', { name: 'Open review round' }).click();
    await page.getByText('Round 1', { exact: true }).waitFor();

    const assign = page.getByRole('form', { name: 'Assign a reviewer' });
    const seats = page.getByRole('table', { name: 'Reviewers of this round' });
    for (const [discipline, reviewer] of [
      ['Clinical (required)', reviewers.clinical],
      ['IT security (required)', reviewers.security],
      ['Ethics and equity', reviewers.ethics],
    ] as const) {
      await choose(page, assign, 'Discipline', discipline);
      await choose(page, assign, 'Reviewer', reviewer.name);
      await assign.getByRole('button', { name: 'Assign reviewer' }).click();
      await seats.getByRole('row', { name: new RegExp(reviewer.name) }).waitFor();
    }
    await expectAccessible(page, 'journey review round');
    await signOut(vigil);
  });

  it('lets the ethics reviewer declare a conflict and the other two recommend a pilot', async () => {
    const { page } = vigil;
    await signIn(vigil, reviewers.ethics.email);
    await openWorkspace(page);
    const conflict = page.getByRole('form', { name: 'Declare a conflict of interest' });
    await conflict
      .getByRole('textbox', { name: 'Conflict of interest' })
      .fill('My spouse works for OrbDoc.');
    await conflict.getByRole('button', { name: 'Declare conflict' }).click();
    await page.getByText('You declared a conflict of interest').waitFor();
    await signOut(vigil);

    for (const [reviewer, findings] of [
      [reviewers.clinical, 'Summaries are read aloud by the nurse, who corrects them.'],
      [reviewers.security, 'Runs inside the EHR vendor cloud under the existing agreement.'],
    ] as const) {
      await signIn(vigil, reviewer.email);
      await openWorkspace(page);
      await submitReview(page, { findings, condition, recommendation: 'Approve for pilot' });
      await signOut(vigil);
    }
  });

  it('records the decision to approve a pilot with a condition, the conflicted vote excluded', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await openWorkspace(page);
    const decide = await fillDecision(page, {
      decision: 'Approve for pilot',
      rationale: 'A pilot on 4 West, nurses checking every summary, before any wider use.',
      condition,
    });
    await decide.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Decision recorded: Approve for pilot.').waitFor();
    await page.getByText('Approved for pilot').first().waitFor();

    await page.getByRole('link', { name: 'Decision letter, round 1' }).click();
    const letter = page.getByRole('article', { name: 'Decision letter' });
    await letter.getByText(condition, { exact: false }).first().waitFor();
    await letter
      .getByText(/Grace Liu/)
      .first()
      .waitFor();
    await screenshot(page, 'journey-letter');
    await signOut(vigil);
  });

  it('lets the owner mark the condition met', async () => {
    await signIn(vigil, demo.modelOwner);
    const { page } = vigil;
    await page.goto(`${vigil.url}/governance/conditions?mine=1`);
    const table = page.getByRole('table', { name: /^Conditions: \d+/ });
    await table.getByRole('button', { name: `Mark met: ${condition}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Mark the condition met' });
    await dialog
      .getByRole('textbox', { name: 'How was it met?' })
      .fill('All 22 night nurses trained on 3 December.');
    await dialog.getByRole('button', { name: 'Mark met' }).click();
    await page.getByText('Condition marked met.').waitFor();
    await signOut(vigil);
  });

  it('refuses to deploy while the tier’s artefacts are missing, then deploys once they are there', async () => {
    await signIn(vigil, demo.caio);
    const { page } = vigil;
    await openWorkspace(page);
    const deployCard = page.getByRole('region', { name: 'Move to Deployed' });
    await deployCard.getByText(/Clinical and technical owners named \(not met/).waitFor();
    await deployCard.getByText(/Model card on file \(not met/).waitFor();

    const systemPage = workspace.replace('/governance/systems/', '/portfolio/');
    await page.goto(`${vigil.url}${systemPage}/edit`);
    await choose(
      page,
      page.locator('body'),
      'Clinical owner',
      `${reviewers.clinical.name} (${reviewers.clinical.email})`,
    );
    await choose(page, page.locator('body'), 'Technical owner', `Priya Shah (${demo.modelOwner})`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('tab', { name: 'Model card' }).click();
    await page.locator('input[type="file"][accept*=".xml"]').setInputFiles(vendorCard);
    await page.getByText(/Imported card version 1/).waitFor();

    await openWorkspace(page);
    await choose(
      page,
      page.locator('body'),
      'Counts as governance artefact',
      'Local validation report attached',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-journey-')), 'handoff-local-validation.md');
    writeFileSync(file, '# Local validation\n\nNurses accepted 88% of 300 summaries unchanged.\n');
    await page.locator('input[type="file"][accept*=".pdf"]').setInputFiles(file);
    await page.getByRole('link', { name: 'handoff-local-validation.md' }).waitFor();
    await deployCard.getByText('Gates met').waitFor();

    const move = page.getByRole('form', { name: 'Change the lifecycle state' });
    await choose(page, move, 'Move to', 'Deployed');
    await move
      .getByRole('textbox', { name: 'Reason' })
      .fill('Pilot condition met; owners, card and local validation on file.');
    await move.getByRole('button', { name: 'Change state' }).click();
    await page.getByText('The system is now deployed.').waitFor();
    await expectAccessible(page, 'journey deployed');
    await screenshot(page, 'journey-deployed');

    await page.goto(`${vigil.url}${systemPage}?tab=governance`);
    await page.getByText('Latest decision: Approve for pilot (round 1).').waitFor();
    await page.getByText('Tier 2 (moderate risk)').first().waitFor();
    await page.getByRole('link', { name: 'Open the review workspace' }).waitFor();
    await expectAccessible(page, 'system governance tab');
    await screenshot(page, 'journey-system-governance-tab');

    await page.goto(`${vigil.url}/portfolio?tier=moderate&state=deployed`);
    await page.getByRole('link', { name: title }).waitFor();
    await page.goto(`${vigil.url}/portfolio?tier=high&q=handoff`);
    await page.getByText('No systems match this search and these filters.').waitFor();
    await signOut(vigil);
  });

  it('shows internal audit every step of the path in the audit trail', async () => {
    await signIn(vigil, demo.auditor);
    const { page } = vigil;
    const systemId = workspace.split('/').pop() ?? '';
    await page.goto(`${vigil.url}/audit?entityId=${systemId}`);
    const table = page.getByRole('table', { name: /Audit entries/ });
    await table.getByText('ai_system.transitioned').first().waitFor();
    await expectAccessible(page, 'journey audit trail');
    await screenshot(page, 'journey-audit');

    const response = await page.request.get(
      `${vigil.url}/api/v1/audit?from=${encodeURIComponent(startedAt)}&pageSize=200`,
    );
    expect(response.status()).toBe(200);
    const entries = z
      .object({ items: z.array(auditEntryDto) })
      .parse(await response.json())
      .items.sort((a, b) => a.seq - b.seq);
    const steps = entries
      .filter((e) => !e.action.startsWith('auth.') && !e.action.startsWith('notification'))
      .map((e) => `${e.action} by ${e.actorLabel}`);
    const expected = [
      `intake.submitted by ${demo.staff}`,
      `intake.accepted by ${demo.caio}`,
      `ai_system.tiered by ${demo.caio}`,
      `governance_review.opened by ${demo.caio}`,
      `ai_system.transitioned by ${demo.caio}`,
      `governance_review.reviewer_assigned by ${demo.caio}`,
      `governance_review.conflict_declared by ${reviewers.ethics.email}`,
      `governance_review.submitted by ${reviewers.clinical.email}`,
      `governance_review.submitted by ${reviewers.security.email}`,
      `governance_review.decided by ${demo.caio}`,
      `governance_condition.met by ${demo.modelOwner}`,
      `ai_system.updated by ${demo.caio}`,
      `model_card.imported by ${demo.caio}`,
      `ai_system.document_added by ${demo.caio}`,
      `ai_system.transitioned by ${demo.caio}`,
    ];
    // Each step appears, in this order, among everything else the journey wrote.
    let from = 0;
    for (const step of expected) {
      const found = steps.indexOf(step, from);
      expect(
        found,
        `${step} after position ${from} in\n${steps.join('\n')}`,
      ).toBeGreaterThanOrEqual(0);
      from = found + 1;
    }
    const transitions = entries.filter((e) => e.action === 'ai_system.transitioned');
    expect(transitions.map((e) => e.changes.lifecycleState?.after)).toEqual([
      'in_review',
      'approved_for_pilot',
      'deployed',
    ]);
    expect(vigil.problems).toEqual([]);
  });
});
