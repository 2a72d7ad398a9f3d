/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMonitoringReport, type ReportHelpers } from './build-monitoring-report';
import { computeInputDrift } from './drift-section';
import { defaultReportOptions } from './report-options';
import { loadPredictionCsv } from './test-helpers/load-prediction-csv';
import { runTiePassJob, splitTiePass, type TiePassJob } from './tie-pass-sharing';

const NO_ISSUES = { rowsRead: 0, issues: [], omittedColumns: [] };
const columns = loadPredictionCsv(
  readFileSync(
    join(import.meta.dirname, '../../test-fixtures/monitoring/predictions-20k-seed1.csv'),
  ),
);
const options = { ...defaultReportOptions, splitMs: Date.UTC(2024, 10, 1) };

describe('sharing the report with another thread', () => {
  it('gives the same report when a helper runs the other share of the tie-block pass and the input drift', () => {
    const jobs: TiePassJob[] = [];
    // Stands in for the other thread: runs its share when asked, the way a worker would.
    const helpers: ReportHelpers = {
      tiePass: (job) => {
        jobs.push(job);
        const result = structuredClone(runTiePassJob(job));
        return () => result;
      },
      inputDrift: () => structuredClone(computeInputDrift(columns, options)),
    };
    const shared = buildMonitoringReport(columns, options, NO_ISSUES, helpers);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.share).toEqual(splitTiePass(columns.categorical.length)[1]);
    expect(shared).toEqual(buildMonitoringReport(columns, options, NO_ISSUES));
  });

  it('lets the thread that counted a curve fit its recalibration, and only for probabilities', () => {
    const fitted: boolean[][] = [];
    const helper: ReportHelpers = {
      tiePass: (job) => {
        const result = runTiePassJob(job);
        fitted.push(result.curves.fits.map((fit) => fit !== undefined));
        return () => result;
      },
    };
    const probability = buildMonitoringReport(columns, options, NO_ISSUES, helper);
    buildMonitoringReport(columns, { ...options, scoreKind: 'score' }, NO_ISSUES, helper);
    // The helper's share holds the periods (curves 1 and 2); the overall curve is this thread's.
    expect(fitted).toEqual([
      [false, true, true],
      [false, false, false],
    ]);
    expect(probability.periods?.current.calibration?.slope).toEqual(expect.any(Number));
  });

  it('runs the other share itself when the helper fails, and on one thread when it cannot start', () => {
    const whole = buildMonitoringReport(columns, options, NO_ISSUES);
    const failing = buildMonitoringReport(columns, options, NO_ISSUES, {
      tiePass: () => () => undefined,
    });
    const unstarted = buildMonitoringReport(columns, options, NO_ISSUES, { tiePass: () => null });
    expect(failing).toEqual(whole);
    expect(unstarted).toEqual(whole);
  });

  it('splits the populations between the two shares without overlap', () => {
    const [mine, theirs] = splitTiePass(5);
    expect(mine).toEqual({ overall: true, attributes: [0, 3], time: false });
    expect(theirs).toEqual({ overall: false, attributes: [3, 5], time: true });
  });
});
