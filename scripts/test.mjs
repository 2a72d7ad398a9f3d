#!/usr/bin/env node
// Runs every test tier in turn (unit, int on each dialect, e2e in Chromium) and ends with one
// totals line, `N passed, N failed, N skipped`, which CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
const tiers = ['unit', 'int', 'e2e'].filter((tier) => !only || tier === only);
const outDir = join(root, '.tmp', 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
for (const tier of tiers) {
  const outputFile = join(outDir, `${tier}.json`);
  process.stdout.write(`\n=== ${tier} tests ===\n`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      tier,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
  );
  const counts = readCounts(outputFile);
  if (!counts) {
    process.stdout.write(`${tier}: the test runner ended without a result (exit ${run.status})\n`);
    totals.failed += 1;
    exitCode = 1;
    continue;
  }
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (run.status !== 0) exitCode = 1;
  process.stdout.write(
    `${tier}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
  );
}
process.stdout.write(
  `\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
);
process.exit(exitCode);

function readCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + suitesThatFailedToRun(report),
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    return null;
  }
}

// A file that fails to load (syntax error, failing beforeAll) has no failed test of its own;
// count each such file as one failure so it cannot pass unnoticed.
function suitesThatFailedToRun(report) {
  return (report.testResults ?? []).filter(
    (suite) =>
      suite.status === 'failed' &&
      !(suite.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
}
