import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MonitoringReport } from '@vigil/core/monitoring';
import type { CliResult } from '../testing/run-cli';

const bin = new URL('../../bin/vigil.mjs', import.meta.url).pathname;

/** Runs the real `vigil` binary without blocking, so that the cases can overlap. */
function runCli(args: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, DATABASE_URL: '' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'vigil-report-'));

/** A deterministic log over 2024 whose scores shift upwards from November (planted drift). */
function predictionLog(rows: number, outcome: (label: number) => string = String): string {
  let seed = 12345;
  const uniform = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const lines = ['prediction_id,scored_at,score,label,sex,site,lactate'];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows; i++) {
    const time = start + Math.floor((i / rows) * 366 * 86_400_000);
    const drifted = time >= Date.UTC(2024, 10, 1);
    const risk = uniform();
    const label = uniform() < risk * 0.4 ? 1 : 0;
    const score = Math.min(0.999, risk * 0.6 + (drifted ? 0.25 : 0));
    const sex = uniform() < 0.5 ? 'F' : 'M';
    lines.push(
      `${i + 1},${new Date(time).toISOString()},${score.toFixed(6)},${outcome(label)},${sex},SITE_${i % 3},${(1 + risk * 2).toFixed(2)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The report printed on stdout (the CLI's own output, so the cast only names its type). */
function parseReport(stdout: string): MonitoringReport {
  return JSON.parse(stdout) as MonitoringReport;
}

function logFile(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const plain = logFile('log.csv', predictionLog(3000));

// Each case spawns the real CLI (about 2 s of start-up), so the cases run concurrently.
describe.concurrent('vigil report', () => {
  it('prints the JSON report on stdout with drift figures when given a split', async () => {
    const result = await runCli(['report', plain, '--split', '2024-11-01T00:00:00Z']);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    expect(report.input.rows).toBe(3000);
    expect(report.config.split_ms).toBe(Date.UTC(2024, 10, 1));
    expect(report.drift?.numeric.score?.psi).toBeGreaterThan(0.25);
    expect(report.alerts.some((a) => a.code === 'psi_major')).toBe(true);
    expect(result.stderr).toBe('');
  });

  it('writes a self-contained HTML report to --out, from a gzip file', async () => {
    const out = join(dir, 'report.html');
    const gz = logFile('log.csv.gz', gzipSync(predictionLog(3000)));
    const result = await runCli([
      'report',
      gz,
      '--format',
      'html',
      '--out',
      out,
      '--split',
      '2024-11-01',
      '--groups',
      'sex,site',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('Drift of score');
    expect(html).not.toMatch(/https?:|<script/);
  });

  it('codes a text outcome with --positive-label', async () => {
    const text = logFile(
      'text.csv',
      predictionLog(2000, (label) => (label ? 'Poor' : 'Good')),
    );
    const result = await runCli(['report', text, '--positive-label', 'Poor']);
    expect(result.code).toBe(0);
    const report = parseReport(result.stdout);
    expect(report.overall.n_pos).toBeGreaterThan(0);
    expect(report.overall.n_pos).toBeLessThan(report.overall.n_labeled);
  });

  it.each([
    [['--threshold', '1.5'], /--threshold must be strictly between 0 and 1/],
    [['--threshold', 'high'], /--threshold must be a number/],
    [['--split', 'next tuesday'], /--split must be an ISO-8601/],
    [['--format', 'pdf'], /--format must be one of json, html/],
    [['--window', 'day'], /--window must be one of month, week, quarter/],
    [['--min-group-n', '0'], /--min-group-n must be a positive whole number/],
    [['--groups', 'ward'], /categorical column "ward" is not in the file/],
    [['--score-col', 'risk'], /score column "risk" is not in the file/],
    [['--no-such-flag'], /unknown option/],
  ])('exits 2 naming the problem for %j', async (args, message) => {
    const result = await runCli(['report', plain, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 naming a file that cannot be read', async () => {
    const result = await runCli(['report', join(dir, 'missing.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing\.csv.*file_unreadable/);
  });

  it('exits 2 when every outcome is the same', async () => {
    const constant = logFile('constant.csv', 'score,label\n0.2,0\n0.4,0\n0.9,0\n');
    const result = await runCli(['report', constant]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/label 0.*constant_label/);
  });

  it('accepts any real threshold for --score-kind score', async () => {
    const points = logFile('points.csv', 'score,label\n1,0\n4,0\n7,1\n12,1\n3,1\n9,0\n');
    const result = await runCli(['report', points, '--score-kind', 'score', '--threshold', '5']);
    expect(result.code).toBe(0);
    expect(parseReport(result.stdout).overall.at_threshold.tp).toBe(2);
  });
});
