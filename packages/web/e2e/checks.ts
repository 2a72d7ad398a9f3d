import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const screenshotDir = fileURLToPath(new URL('./screenshots', import.meta.url));

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe on the current page and fails on serious or critical violations.
 * The server's CSP forbids inline scripts, so axe is evaluated through the DevTools protocol
 * rather than injected as a <script> element; the page under test keeps its real CSP.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Colours are judged on the settled page: a toast fading in has a blended, lighter colour.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document);
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => {
        const nodes = violation.nodes.map((node) => {
          const data = node.any[0]?.data;
          const detail =
            data && typeof data === 'object' && 'contrastRatio' in data
              ? ` ${JSON.stringify(data)}`
              : '';
          return `${node.target.join(' ')}${detail}`;
        });
        return `${violation.id} (${violation.impact}): ${violation.help} at ${nodes.join(', ')}`;
      });
  });
  expect(violations, `accessibility violations on ${label}`).toEqual([]);
}

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: string[]; any: { data: unknown }[] }[];
  }[];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
