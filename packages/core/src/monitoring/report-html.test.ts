import { buildMonitoringReport, defaultReportOptions, type MonitoringReport } from '@vigil/metrics';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './prediction-csv.test-helpers';
import { renderReportHtml } from './report-html';

/** A log with planted findings: over-prediction, a worse model for group "<b>B&amp;", score drift from November. */
function plantedLog(rows: number): string {
  let seed = 99;
  const uniform = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const lines = ['scored_at,score,label,unit,lactate'];
  for (let i = 0; i < rows; i++) {
    const time = Date.UTC(2024, 0, 1) + Math.floor((i / rows) * 365 * 86_400_000);
    const drifted = time >= Date.UTC(2024, 10, 1);
    const unit = i % 3 === 0 ? '"<b>B&amp;"' : 'A';
    const risk = uniform();
    const label = uniform() < risk * 0.5 ? 1 : 0;
    const noise = unit === 'A' ? 0 : uniform() * 0.8;
    const score = Math.min(0.999, 0.1 + risk * 0.7 + noise * 0.2 + (drifted ? 0.2 : 0));
    lines.push(
      `${new Date(time).toISOString()},${score.toFixed(5)},${label},${unit},${(1 + risk + (drifted ? 1 : 0)).toFixed(2)}`,
    );
  }
  return lines.join('\n');
}

function plantedReport(): MonitoringReport {
  const { columns, summary } = parseCsvText(plantedLog(6000), {
    groupColumns: ['unit'],
    featureColumns: ['lactate'],
  });
  return buildMonitoringReport(
    columns,
    { ...defaultReportOptions, splitMs: Date.UTC(2024, 10, 1) },
    summary,
  );
}

describe('renderReportHtml', () => {
  const report = plantedReport();
  const html = renderReportHtml(report, { title: 'Sepsis <model>', source: 'log.csv' });

  it('lists every alert and warning before the charts', () => {
    expect(report.alerts.length).toBeGreaterThan(0);
    const alertsAt = html.indexOf('id="alerts"');
    expect(alertsAt).toBeGreaterThan(0);
    expect(alertsAt).toBeLessThan(html.indexOf('<svg'));
    for (const alert of report.alerts)
      expect(html).toContain(alert.figure_path.replaceAll('"', '&quot;'));
  });

  it('shows the planted drift and over-prediction findings', () => {
    expect(report.alerts.map((a) => a.code)).toEqual(
      expect.arrayContaining(['psi_major', 'observed_over_expected_out_of_bounds']),
    );
    expect(html).toContain('Score PSI vs the reference period');
    expect(html).toContain('Reliability diagram');
  });

  it('draws ROC, PR and a forest plot of subgroup AUROC with prevalence beside the gaps', () => {
    expect(html).toContain('ROC curve');
    expect(html).toContain('Precision–recall curve');
    expect(html).toMatch(
      /<svg class="chart forest"[^>]*><title id="forest-0-t">AUROC by unit with 95 % CIs<\/title>/,
    );
    expect(html).toMatch(
      /<th scope="col">Prevalence<\/th><th scope="col">TPR diff\.<\/th><th scope="col">FPR diff\.<\/th>/,
    );
  });

  it('is self-contained: no scripts, no external URLs, no remote resources', () => {
    expect(html).not.toMatch(/<script|https?:\/\/|<link|<img|@import|url\(/i);
  });

  it('escapes text from the data and the caller', () => {
    expect(html).toContain('&lt;b&gt;B&amp;amp;');
    expect(html).not.toContain('<b>B&amp;');
    expect(html).toContain('<title>Sepsis &lt;model&gt;</title>');
  });

  it('gives every chart an accessible name and description, and balances its tags', () => {
    const svgs = html.match(/<svg[^>]*>/g) ?? [];
    expect(svgs.length).toBeGreaterThan(8);
    for (const svg of svgs) expect(svg).toMatch(/role="img" aria-labelledby="[\w-]+-t [\w-]+-d"/);
    for (const tag of ['svg', 'table', 'section', 'figure', 'ul']) {
      expect((html.match(new RegExp(`<${tag}[ >]`, 'g')) ?? []).length, tag).toBe(
        (html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length,
      );
    }
    expect(new Set(svgs.map((s) => /aria-labelledby="([\w-]+)-t/.exec(s)?.[1])).size).toBe(
      svgs.length,
    );
  });
});
