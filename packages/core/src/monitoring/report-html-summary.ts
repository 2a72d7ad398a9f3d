import type {
  Alert,
  CurvePerformanceBlock,
  MonitoringReport,
  PerformanceBlock,
} from '@vigil/metrics';
import { esc, int, interval, num, pct, table } from './html-format';

function alertItem(alert: Alert): string {
  const label = alert.severity === 'alert' ? 'ALERT' : 'WARN';
  return (
    `<li class="${alert.severity}"><span class="badge">${label}</span>${esc(alert.message)}` +
    ` <span class="fine">(${esc(alert.figure_path)} = ${esc(num(alert.value, 3))}; bound ${esc(num(alert.threshold, 3))})</span></li>`
  );
}

function warningsTable(warnings: Alert[]): string {
  if (warnings.length === 0) return '';
  const rows = warnings.map((w) => [
    `<span class="badge">WARN</span>${esc(w.message)}`,
    esc(num(w.value)),
    esc(num(w.threshold)),
    esc(w.figure_path),
  ]);
  return table(
    `Warnings (${warnings.length})`,
    ['Finding', 'Value', 'Bound', 'Figure'],
    rows,
    'warnings',
  );
}

/** Alerts first and in full, then warnings as a compact table; or a sentence saying there are none. */
export function alertsSection(report: MonitoringReport): string {
  const alerts = report.alerts.filter((a) => a.severity === 'alert');
  const warnings = report.alerts.filter((a) => a.severity === 'warn');
  const counts = `${alerts.length} alerts, ${warnings.length} warnings`;
  const body =
    report.alerts.length === 0
      ? '<p>No figure crossed an alert threshold.</p>'
      : `<ul class="alerts">${alerts.map(alertItem).join('')}</ul>${warningsTable(warnings)}`;
  return `<section id="alerts"><h2>Alerts (${esc(counts)})</h2>${body}</section>`;
}

type Column = { name: string; block: PerformanceBlock | CurvePerformanceBlock };

function calibration(block: PerformanceBlock | CurvePerformanceBlock) {
  return 'calibration' in block ? block.calibration : null;
}

const keyRows: [string, (b: PerformanceBlock | CurvePerformanceBlock) => string][] = [
  ['Labeled rows (positives)', (b) => `${int(b.n_labeled)} (${int(b.n_pos)})`],
  ['Prevalence', (b) => pct(b.prevalence)],
  ['AUROC [95 % CI, DeLong]', (b) => `${num(b.auroc)} ${interval(b.auroc_ci_delong)}`],
  ['AUPRC (average precision)', (b) => num(b.auprc_ap)],
  ['Observed / expected', (b) => num(b.observed_over_expected)],
  ['Calibration slope', (b) => num(calibration(b)?.slope ?? null)],
  ['Calibration intercept', (b) => num(calibration(b)?.intercept ?? null)],
  ['ECE (10 bins)', (b) => num(calibration(b)?.ece_10_equal_width ?? null)],
  ['Brier (scaled)', (b) => `${num(b.brier, 4)} (${num(b.brier_scaled)})`],
  [
    'Sensitivity [CI]',
    (b) => `${pct(b.at_threshold.sensitivity)} ${interval(b.at_threshold.sensitivity_ci, 3, true)}`,
  ],
  [
    'Specificity [CI]',
    (b) => `${pct(b.at_threshold.specificity)} ${interval(b.at_threshold.specificity_ci, 3, true)}`,
  ],
  ['PPV [CI]', (b) => `${pct(b.at_threshold.ppv)} ${interval(b.at_threshold.ppv_ci, 3, true)}`],
  ['NPV [CI]', (b) => `${pct(b.at_threshold.npv)} ${interval(b.at_threshold.npv_ci, 3, true)}`],
  ['Flag rate (labeled rows)', (b) => pct(b.at_threshold.flag_rate)],
];

function nullReasons(columns: Column[]): string {
  const items = columns.flatMap(({ name, block }) =>
    Object.entries(block.null_reasons).map(
      ([key, reason]) => `<li>${esc(name)} — ${esc(key)}: ${esc(reason)}</li>`,
    ),
  );
  return items.length === 0
    ? ''
    : `<p class="fine">Figures shown as — were not computed:</p><ul class="fine">${items.join('')}</ul>`;
}

/** Headline figures for the whole log and, when there is a split, each period. */
export function keyFiguresSection(report: MonitoringReport): string {
  const columns: Column[] = [{ name: 'Overall', block: report.overall }];
  if (report.periods) {
    columns.push(
      { name: 'Reference period', block: report.periods.reference },
      { name: 'Current period', block: report.periods.current },
    );
  }
  const rows = keyRows.map(([label, cell]) => [
    esc(label),
    ...columns.map((c) => esc(cell(c.block))),
  ]);
  rows.push([
    esc('Flag rate (all scored rows)'),
    esc(pct(report.overall.flag_rate_all_rows)),
    ...columns.slice(1).map(() => ''),
  ]);
  const caption = `Key figures at threshold ${report.config.threshold} (flagged = score ≥ threshold)`;
  return `<section id="key-figures"><h2>Key figures</h2>${table(caption, ['Figure', ...columns.map((c) => c.name)], rows)}${nullReasons(columns)}</section>`;
}

/** Rows read, invalid cells with line numbers, and what was left out and why. */
export function dataSection(report: MonitoringReport): string {
  const input = report.input;
  const facts = [
    `${int(input.rows)} rows read; ${int(input.rows_with_label)} with a known outcome; ${int(input.rows_missing_label)} without one.`,
    `${int(input.rows_missing_score)} rows without a usable score${input.rows_missing_time === null ? '' : `; ${int(input.rows_missing_time)} without a usable time`}.`,
  ];
  const issues = input.ingestion.issues.map((i) => [
    esc(i.column),
    esc(i.role),
    esc(i.kind.replaceAll('_', ' ')),
    esc(int(i.count)),
    esc(i.firstLines.join(', ')),
  ]);
  const omitted = [
    ...input.ingestion.omittedColumns.map(
      (o) => `<li>Column ${esc(o.column)} (${esc(o.role)}): ${esc(o.reason)}</li>`,
    ),
    ...input.left_out.map(
      (l) => `<li>Section ${esc(l.section.replaceAll('_', ' '))}: ${esc(l.reason)}</li>`,
    ),
  ];
  return (
    `<section id="data"><h2>Data</h2><p>${facts.map(esc).join(' ')}</p>` +
    (issues.length
      ? table(
          'Invalid cells (counted, never silently dropped)',
          ['Column', 'Role', 'Problem', 'Count', 'First lines'],
          issues,
        )
      : '<p>No invalid cells.</p>') +
    (omitted.length ? `<p>Left out:</p><ul>${omitted.join('')}</ul>` : '') +
    '</section>'
  );
}
