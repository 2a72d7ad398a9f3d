import type { MonitoringReport, WindowBlock } from '@vigil/metrics';
import { esc, figure, int, interval, num, pct, table } from './html-format';
import { type LineSeries, lineChart, palette, type Tick } from './svg-charts';
import { extent } from './svg-scale';

function windowTicks(windows: WindowBlock[]): Tick[] {
  const every = Math.ceil(windows.length / 12);
  return windows.flatMap((w, i) => (i % every === 0 ? [{ value: i, label: w.window }] : []));
}

interface TrendSpec {
  id: string;
  title: string;
  yLabel: string;
  desc: string;
  series: LineSeries[];
  guides?: Tick[];
  floor?: number;
}

function trendChart(windows: WindowBlock[], spec: TrendSpec, granularity: string): string {
  const values = spec.series.flatMap((s) => s.points.map(([, y]) => y));
  const [lo, hi] = extent([...values, ...(spec.guides ?? []).map((g) => g.value)], [0, 1], 0.1);
  const chart = lineChart({
    ...spec,
    xLabel: `Window (${granularity})`,
    xDomain: [-0.5, Math.max(0.5, windows.length - 0.5)],
    yDomain: [spec.floor === undefined ? lo : Math.max(spec.floor, lo), hi],
    xTicks: windowTicks(windows),
  });
  return figure(spec.title, chart);
}

function series(
  windows: WindowBlock[],
  name: string,
  color: string,
  pick: (w: WindowBlock) => number | null,
  dash?: string,
): LineSeries {
  return {
    name,
    color,
    dash,
    markers: dash === undefined,
    points: windows.map((w, i) => [i, pick(w) ?? Number.NaN] as const),
  };
}

function describe(
  windows: WindowBlock[],
  pick: (w: WindowBlock) => number | null,
  format: (v: number | null) => string,
): string {
  return windows.map((w) => `${w.window}: ${format(pick(w))}`).join('; ');
}

/** Monthly (or weekly/quarterly) AUROC, flag rate, O/E and score PSI, as charts and a table. */
export function trendsSection(report: MonitoringReport): string {
  const tw = report.time_windows;
  if (tw === null || tw.windows.length === 0)
    return '<section id="trends"><h2>Trends over time</h2><p>No time windows (no usable time column).</p></section>';
  const w = tw.windows;
  const g = tw.granularity;
  const charts = [
    trendChart(
      w,
      {
        id: 'trend-auroc',
        title: 'AUROC by window with 95 % CI',
        yLabel: 'AUROC',
        floor: 0,
        desc: `AUROC per window. ${describe(
          w,
          (x) => x.auroc,
          (v) => num(v),
        )}.`,
        series: [
          series(w, 'AUROC', palette.reference, (x) => x.auroc),
          series(w, '95 % CI', palette.sky, (x) => x.auroc_ci_delong[0], '3 3'),
          series(w, '', palette.sky, (x) => x.auroc_ci_delong[1], '3 3'),
        ],
      },
      g,
    ),
    trendChart(
      w,
      {
        id: 'trend-flag',
        title: 'Flag rate by window (labeled rows)',
        yLabel: 'Flag rate',
        floor: 0,
        desc: `Share of labeled rows flagged per window. ${describe(
          w,
          (x) => x.at_threshold.flag_rate,
          (v) => pct(v),
        )}.`,
        series: [
          series(w, 'Flag rate', palette.current, (x) => x.at_threshold.flag_rate),
          series(w, 'Prevalence', palette.green, (x) => x.prevalence, '6 3'),
        ],
      },
      g,
    ),
    trendChart(
      w,
      {
        id: 'trend-oe',
        title: 'Observed / expected by window',
        yLabel: 'O/E',
        floor: 0,
        desc: `Observed over expected events per window; outside 0.8–1.25 is an alert. ${describe(
          w,
          (x) => x.observed_over_expected,
          (v) => num(v),
        )}.`,
        series: [series(w, 'O/E', palette.purple, (x) => x.observed_over_expected)],
        guides: [
          { value: 0.8, label: '0.8' },
          { value: 1, label: '1 (calibrated)' },
          { value: 1.25, label: '1.25' },
        ],
      },
      g,
    ),
    trendChart(
      w,
      {
        id: 'trend-psi',
        title: 'Score PSI vs the reference period',
        yLabel: 'PSI',
        floor: 0,
        desc: `Population stability index of the score per window against the reference period; 0.1 warn, 0.25 alert. ${describe(
          w,
          (x) => x.score_psi_vs_reference,
          (v) => num(v),
        )}.`,
        series: [series(w, 'Score PSI', palette.orange, (x) => x.score_psi_vs_reference)],
        guides: [
          { value: 0.1, label: '0.1 moderate' },
          { value: 0.25, label: '0.25 major' },
        ],
      },
      g,
    ),
  ];
  const rows = w.map((x) => [
    esc(x.window),
    esc(int(x.n_rows)),
    esc(int(x.n_labeled)),
    esc(pct(x.prevalence)),
    esc(`${num(x.auroc)} ${interval(x.auroc_ci_delong)}`),
    esc(pct(x.at_threshold.flag_rate)),
    esc(num(x.observed_over_expected)),
    esc(num(x.score_psi_vs_reference)),
  ]);
  const head = [
    'Window',
    'Rows',
    'Labeled',
    'Prevalence',
    'AUROC [CI]',
    'Flag rate',
    'O/E',
    'Score PSI',
  ];
  return `<section id="trends"><h2>Trends over time</h2><div class="grid2">${charts.join('')}</div>${table(`Figures by ${g}`, head, rows)}</section>`;
}
