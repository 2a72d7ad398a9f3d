import type { MonitoringReport } from '@vigil/metrics';
import { esc, int } from './html-format';
import { reportCss } from './report-html.css';
import { driftSection } from './report-html-drift';
import { performanceSection } from './report-html-performance';
import { subgroupsSection } from './report-html-subgroups';
import { alertsSection, dataSection, keyFiguresSection } from './report-html-summary';
import { trendsSection } from './report-html-trends';

/** Page labels the report itself does not carry. */
export interface ReportHtmlOptions {
  /** e.g. the model's name; defaults to "Monitoring report". */
  title?: string;
  /** e.g. the input file name. */
  source?: string;
  /** ISO timestamp of the run, supplied by the caller (core does not read the clock here). */
  generatedAt?: string;
}

function header(report: MonitoringReport, options: ReportHtmlOptions): string {
  const c = report.config;
  const facts = [
    options.source ? `Source: ${options.source}` : null,
    `${int(report.input.rows)} predictions`,
    `threshold ${c.threshold} (${c.flag_rule})`,
    c.split
      ? `reference = before ${c.split}, current = from ${c.split}${c.split_source === 'latest_window' ? ' (the latest window; set --split to choose)' : ''}`
      : 'no reference/current split',
    `score kind: ${c.score_kind}`,
    options.generatedAt ? `generated ${options.generatedAt}` : null,
  ].filter((f): f is string => f !== null);
  return `<header><h1>${esc(options.title ?? 'Monitoring report')}</h1><p class="meta">${facts.map(esc).join(' · ')}</p></header>`;
}

const contents = [
  ['alerts', 'Alerts'],
  ['key-figures', 'Key figures'],
  ['performance', 'Discrimination and calibration'],
  ['subgroups', 'Subgroups and fairness'],
  ['trends', 'Trends'],
  ['drift', 'Drift'],
  ['data', 'Data'],
];

/**
 * Renders a monitoring report as one self-contained, printable HTML page: inline CSS and SVG,
 * no scripts and no network access. All text from the report is HTML-escaped.
 */
export function renderReportHtml(
  report: MonitoringReport,
  options: ReportHtmlOptions = {},
): string {
  const nav = `<nav aria-label="Contents"><p class="fine">${contents.map(([id, label]) => `<a href="#${id}">${esc(label ?? '')}</a>`).join(' · ')}</p></nav>`;
  const body = [
    header(report, options),
    nav,
    alertsSection(report),
    keyFiguresSection(report),
    performanceSection(report),
    subgroupsSection(report),
    trendsSection(report),
    driftSection(report),
    dataSection(report),
    `<footer class="fine"><p>${esc(report.spec)}. CIs: ${esc(report.config.ci)}. PSI bins: ${esc(report.config.psi_bin_edges)}.</p></footer>`,
  ].join('\n');
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${esc(options.title ?? 'Monitoring report')}</title><style>${reportCss}</style></head>\n` +
    `<body><main>\n${body}\n</main></body></html>\n`
  );
}
