import type { Locator, Page } from 'playwright-core';

/** Picks an option of a Mantine select inside `scope`. */
export async function choose(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export interface AiReport {
  title: string;
  problem: string;
  use: string;
  department: string;
  vendor: string;
  data: string;
  affected: string;
}

/**
 * Fills "Report or propose AI" as a member of staff would for a vendor tool already in use,
 * not patient-facing, answering "Not sure" about how much it acts on its own.
 */
export async function fillAiReport(page: Page, report: AiReport): Promise<void> {
  await page.getByRole('radio', { name: 'AI is already being used' }).check();
  await page.getByRole('textbox', { name: 'What is it called?' }).fill(report.title);
  await page.getByRole('textbox', { name: 'What problem does it solve?' }).fill(report.problem);
  await page
    .getByRole('textbox', { name: 'How is it used, or how would it be used?' })
    .fill(report.use);
  await page.getByRole('combobox', { name: 'Your department' }).fill(report.department);
  await page.keyboard.press('Escape');
  await page.getByRole('radio', { name: 'A company (a vendor)' }).check();
  await page.getByRole('textbox', { name: 'Company name' }).fill(report.vendor);
  await page.getByRole('textbox', { name: 'What information does it use?' }).fill(report.data);
  await page.getByRole('textbox', { name: 'Who does it affect?' }).fill(report.affected);
  await page
    .getByRole('radiogroup', { name: 'Do patients see it or talk to it directly?' })
    .getByRole('radio', { name: 'No' })
    .check();
  await page.getByRole('radio', { name: 'Not sure' }).check();
}

/** Answers the tiering form for a recommending documentation tool on identifiable PHI: Tier 2. */
export async function answerModerateTiering(page: Page): Promise<void> {
  const level = (dimension: string, option: string) =>
    page.getByRole('group', { name: dimension }).getByRole('radio', { name: option }).check();
  await page
    .getByRole('group', { name: 'Autonomy' })
    .getByRole('checkbox', { name: /Not sure/ })
    .uncheck();
  await level('Autonomy', '1: Recommends');
  await level('Worst credible harm if wrong', '1: Minor and reversible');
  await level('Reversibility of the acted-on output', '1: Reversible with effort');
  await level('Population vulnerability', '1: General adult patients');
  await level('Patients affected per year', '1: 100 to 10,000');
  await level('Change over time', '1: Vendor updates');
  await level('Data', '3: Identifiable PHI');
}

/** A reviewer's findings, the condition they propose and their recommendation. */
export interface ReviewAnswers {
  findings: string;
  condition: string;
  recommendation: string;
}

/** Fills the reviewer's form on the review workspace, submits it and returns the form. */
export async function submitReview(page: Page, answers: ReviewAnswers): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Your findings and recommendation' });
  await form.getByRole('textbox', { name: 'Findings' }).fill(answers.findings);
  await form.getByRole('textbox', { name: 'Proposed conditions' }).fill(answers.condition);
  await choose(page, form, 'Recommendation', answers.recommendation);
  await form.getByRole('button', { name: 'Submit review' }).click();
  await page.getByText('Your review is submitted.').waitFor();
  return form;
}

/** A decision with one condition, owned by Priya Shah (the demo's model owner). */
export interface DecisionAnswers {
  decision: string;
  rationale: string;
  condition: string;
}

/**
 * Fills the CAIO's decision form once quorum is reached, with one condition due 2030-01-31, and
 * returns the form, not yet recorded.
 */
export async function fillDecision(page: Page, answers: DecisionAnswers): Promise<Locator> {
  const decide = page.getByRole('form', { name: 'Record the decision' });
  await decide.getByText(/Quorum reached: 2 eligible recommendations/).waitFor();
  await choose(page, decide, 'Decision', answers.decision);
  await decide.getByRole('textbox', { name: 'Rationale' }).fill(answers.rationale);
  await decide.getByRole('button', { name: 'Add a condition' }).click();
  await decide.getByRole('textbox', { name: 'Condition 1', exact: true }).fill(answers.condition);
  await choose(page, decide, 'Owner of condition 1', 'Priya Shah');
  await decide.getByRole('textbox', { name: 'Due date of condition 1' }).fill('2030-01-31');
  return decide;
}
