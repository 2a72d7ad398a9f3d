/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildMonitoringReport } from './build-monitoring-report';
import { defaultReportOptions } from './report-options';
import { compareWithAnchor } from './anchor-agreement';
import { loadPredictionCsv } from './test-helpers/load-prediction-csv';

const FIXTURES = join(import.meta.dirname, '../../test-fixtures/monitoring');
const SPLIT_MS = Date.UTC(2024, 10, 1);
const scratch = mkdtempSync(join(tmpdir(), 'vigil-metrics-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function csvFor(rows: number, seed: number, committed: string | null): Uint8Array {
  if (committed !== null) return readFileSync(join(FIXTURES, committed));
  const out = join(scratch, `gen-${rows}-${seed}.csv`);
  execFileSync(process.execPath, [
    join(FIXTURES, 'gen-predictions.mjs'),
    String(rows),
    String(seed),
    out,
  ]);
  return readFileSync(out);
}

const cases = [
  {
    rows: 20_000,
    seed: 1,
    csv: 'predictions-20k-seed1.csv',
    expected: 'predictions-20k-seed1.anchor.json',
    big: false,
  },
  { rows: 20_000, seed: 2, csv: null, expected: 'predictions-20k-seed2.anchor.json', big: false },
  { rows: 200_000, seed: 3, csv: null, expected: 'predictions-200k-seed3.anchor.json', big: false },
  {
    rows: 1_000_000,
    seed: 42,
    csv: null,
    expected: 'predictions-1m-seed42.anchor.json',
    big: true,
  },
];

describe('agreement with the anchor implementation (spec §4 tolerances)', () => {
  it.each(
    cases.filter(
      (c) => !c.big || process.env['VIGIL_BIG_FIXTURES'] === '1' || process.env['CI'] === 'true',
    ),
  )(
    'agrees on every figure for $rows generated rows, seed $seed',
    ({ rows, seed, csv, expected }) => {
      const columns = loadPredictionCsv(csvFor(rows, seed, csv));
      const report = buildMonitoringReport(
        columns,
        { ...defaultReportOptions, splitMs: SPLIT_MS },
        { rowsRead: columns.rowCount, issues: [], omittedColumns: [] },
      );
      const anchor: unknown = JSON.parse(readFileSync(join(FIXTURES, expected), 'utf8'));
      const disagreements = compareWithAnchor(anchor, JSON.parse(JSON.stringify(report)));
      expect(disagreements).toEqual([]);
    },
    120_000,
  );

  it('detects a disagreement beyond tolerance', () => {
    const expected = { overall: { auroc: 0.75, at_threshold: { tp: 3, sensitivity: 0.5 } } };
    const actual = {
      overall: { auroc: 0.75 + 2e-9, at_threshold: { tp: 4, sensitivity: 0.5 + 1e-13 } },
    };
    expect(compareWithAnchor(expected, actual).map((d) => d.path)).toEqual([
      'overall.auroc',
      'overall.at_threshold.tp',
    ]);
  });
});
