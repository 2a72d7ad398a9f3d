/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMonitoringReport } from './build-monitoring-report';
import { MISSING_CODE, type PredictionColumns } from './prediction-columns';
import { defaultReportOptions, type ReportOptions } from './report-options';
import type { MonitoringReport } from './report.types';
import { loadPredictionCsv } from './test-helpers/load-prediction-csv';

const NO_ISSUES = { rowsRead: 0, issues: [], omittedColumns: [] };
const DAY_MS = 86_400_000;

/** 200 rows over Jan–Feb 2024; score rises with the label; one attribute with a rare level. */
function smallColumns(withTime = true): PredictionColumns {
  const n = 200;
  const score = Float64Array.from(
    { length: n },
    (_, i) => Math.round(((i * 37) % 100) + (i % 2) * 30) / 140,
  );
  const label = Int8Array.from({ length: n }, (_, i) => (i % 7 === 0 ? -1 : i % 2));
  const codes = Uint16Array.from({ length: n }, (_, i) =>
    i < 5 ? 2 : i % 11 === 0 ? MISSING_CODE : i % 2,
  );
  return {
    rowCount: n,
    score,
    label,
    timeMs: withTime
      ? Float64Array.from({ length: n }, (_, i) => Date.UTC(2024, 0, 1) + i * 0.29 * DAY_MS)
      : null,
    categorical: [{ name: 'sex', levels: ['M', 'F', 'X'], codes }],
    numeric: [
      {
        name: 'age',
        values: Float64Array.from({ length: n }, (_, i) => (i % 13 === 0 ? NaN : 20 + (i % 50))),
      },
    ],
  };
}

const options = (over: Partial<ReportOptions> = {}): ReportOptions => ({
  ...defaultReportOptions,
  splitMs: Date.UTC(2024, 1, 1),
  ...over,
});

function everyNumberIsFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(everyNumberIsFinite);
  if (value !== null && typeof value === 'object')
    return Object.values(value).every(everyNumberIsFinite);
  return true;
}

describe('buildMonitoringReport', () => {
  it('counts populations and never emits NaN or Infinity', () => {
    const report = buildMonitoringReport(smallColumns(), options(), NO_ISSUES);
    expect(report.input.rows).toBe(200);
    expect(report.input.rows_missing_label).toBe(29);
    expect(report.overall.n_labeled).toBe(171);
    expect(everyNumberIsFinite(report)).toBe(true);
    expect(report.time_windows?.windows.map((w) => w.window)).toEqual(['2024-01', '2024-02']);
  });

  it('leaves windows, periods and drift out with a reason when there is no time column', () => {
    const report = buildMonitoringReport(smallColumns(false), options(), NO_ISSUES);
    expect(report.time_windows).toBeNull();
    expect(report.periods).toBeNull();
    expect(report.drift).toBeNull();
    expect(report.input.left_out.map((l) => l.section)).toEqual([
      'time_windows',
      'periods',
      'drift',
    ]);
    expect(report.input.left_out[0]?.reason).toMatch(/no time column/);
  });

  it('compares the latest window with everything before it when no split is given', () => {
    const report = buildMonitoringReport(smallColumns(), options({ splitMs: null }), NO_ISSUES);
    const windows = report.time_windows?.windows ?? [];
    expect(windows.length).toBeGreaterThanOrEqual(2);
    expect(report.config.split_source).toBe('latest_window');
    expect(report.config.split_ms).toBe(windows.at(-1)?.start_ms);
    expect(report.periods?.current.n_labeled).toBe(windows.at(-1)?.n_labeled);
    expect(report.periods?.current.n_labeled).toBeGreaterThan(0);
    expect(report.drift).not.toBeNull();
  });

  it('leaves periods and drift out without a split time when the latest-window default is off, but keeps windows', () => {
    const report = buildMonitoringReport(
      smallColumns(),
      options({ splitMs: null, splitLatestWindow: false }),
      NO_ISSUES,
    );
    expect(report.periods).toBeNull();
    expect(report.drift).toBeNull();
    expect(report.time_windows?.windows[0]?.score_psi_vs_reference).toBeNull();
    expect(report.time_windows?.windows[0]?.null_reasons['score_psi_vs_reference']).toMatch(
      /no reference period/,
    );
  });

  it('marks probability-only figures as not applicable for score kind "score"', () => {
    const report = buildMonitoringReport(
      smallColumns(),
      options({ scoreKind: 'score' }),
      NO_ISSUES,
    );
    expect(report.overall.brier).toBeNull();
    expect(report.overall.calibration).toBeNull();
    expect(report.overall.null_reasons['brier']).toMatch(/not applicable/);
    expect(report.overall.auroc).not.toBeNull();
  });

  it('censors groups below minGroupN and compares the others to the largest group', () => {
    const report = buildMonitoringReport(smallColumns(), options({ minGroupN: 10 }), NO_ISSUES);
    const sex = report.subgroups['sex'];
    expect(sex?.groups.map((g) => [g.group, g.censored])).toEqual([
      ['F', false],
      ['M', false],
      ['X', true],
    ]);
    const reference = sex?.summary.reference_group;
    const referenceRow = sex?.groups.find((g) => g.group === reference);
    expect(
      referenceRow && !referenceRow.censored ? referenceRow.vs_reference.tpr_ratio : null,
    ).toBe(1);
  });

  it('gives null figures with reasons when no row is labeled', () => {
    const columns = smallColumns();
    columns.label.fill(-1);
    const report = buildMonitoringReport(columns, options(), NO_ISSUES);
    expect(report.overall.n_labeled).toBe(0);
    expect(report.overall.auroc).toBeNull();
    expect(report.overall.null_reasons['auroc']).toBe('no labeled rows');
    expect(report.overall.at_threshold.ppv).toBeNull();
  });

  it('raises the planted drift, fairness and calibration alerts on the generated fixture', () => {
    const file = join(
      import.meta.dirname,
      '../../test-fixtures/monitoring/predictions-20k-seed1.csv',
    );
    const columns = loadPredictionCsv(readFileSync(file));
    const report: MonitoringReport = buildMonitoringReport(
      columns,
      options({ splitMs: Date.UTC(2024, 10, 1) }),
      NO_ISSUES,
    );
    const paths = report.alerts.map((a) => `${a.code} ${a.figure_path}`);
    expect(paths).toContain('psi_major drift.numeric.lactate.psi');
    expect(paths).toContain('psi_major drift.categorical.site.psi');
    expect(paths).toContain(
      'observed_over_expected_out_of_bounds periods.current.observed_over_expected',
    );
    expect(
      paths.some((p) => p.startsWith('fairness_ratio_out_of_bounds subgroups.race_ethnicity')),
    ).toBe(true);
    expect(paths.some((p) => p.includes('drift.numeric.age.psi'))).toBe(false);
  });

  it('downsamples ROC and PR curves to at most ~200 points keeping the endpoints', () => {
    const file = join(
      import.meta.dirname,
      '../../test-fixtures/monitoring/predictions-20k-seed1.csv',
    );
    const columns = loadPredictionCsv(readFileSync(file));
    const curves = buildMonitoringReport(columns, options(), NO_ISSUES).overall.curves;
    const roc = curves?.roc;
    expect(roc?.fpr.length).toBeLessThanOrEqual(202);
    expect([roc?.fpr[0], roc?.tpr[0]]).toEqual([0, 0]);
    expect([roc?.fpr.at(-1), roc?.tpr.at(-1)]).toEqual([1, 1]);
    expect(curves?.pr.recall.at(-1)).toBe(1);
  });
});
