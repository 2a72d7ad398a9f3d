import type { CategoricalDrift, MonitoringReport, NumericDrift } from '@vigil/metrics';
import { esc, figure, int, num, pct, table } from './html-format';
import { barChart } from './svg-bars';
import { palette } from './svg-charts';
import { tickLabel } from './svg-scale';

function binLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [`< ${tickLabel(edges[0] ?? 0)}`];
  for (let i = 1; i < edges.length; i++)
    labels.push(`${tickLabel(edges[i - 1] ?? 0)}–${tickLabel(edges[i] ?? 0)}`);
  labels.push(`≥ ${tickLabel(edges.at(-1) ?? 0)}`);
  return labels;
}

function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  return counts.map((c) => (total > 0 ? c / total : Number.NaN));
}

function band(psi: number | null, psiBand: string | null): string {
  return psi === null ? '—' : `${num(psi)} (${psiBand ?? ''})`;
}

function histogram(
  id: string,
  name: string,
  categories: string[],
  ref: number[],
  cur: number[],
  psi: string,
  isNumeric: boolean,
): string {
  const describe = categories
    .map((c, i) => `${c}: ${pct(ref[i] ?? null)} → ${pct(cur[i] ?? null)}`)
    .join('; ');
  const chart = barChart({
    id,
    title: `${name}: reference vs current (PSI ${psi})`,
    desc: `Share of rows per ${isNumeric ? 'reference-decile bin' : 'category'}, reference → current. ${describe}.`,
    xLabel: isNumeric ? `${name} (bins from reference deciles)` : name,
    yLabel: 'Share of rows',
    categories,
    series: [
      { name: 'Reference', color: palette.reference, values: ref },
      { name: 'Current', color: palette.current, values: cur },
    ],
    yFormat: (v) => `${Math.round(v * 100)} %`,
  });
  return figure(`${name}: reference vs current (PSI ${psi})`, chart);
}

function numericRow(name: string, d: NumericDrift): string[] {
  return [
    esc(name),
    esc(band(d.psi, d.psi_band)),
    esc(num(d.js_distance)),
    esc(num(d.ks_statistic)),
    esc(num(d.wasserstein_norm)),
    esc(`${num(d.mean_ref)} → ${num(d.mean_cur)}`),
    esc(`${pct(d.missing_rate_ref)} → ${pct(d.missing_rate_cur)}`),
  ];
}

function categoricalRow(name: string, d: CategoricalDrift): string[] {
  return [
    esc(name),
    esc(band(d.psi, d.psi_band)),
    esc(num(d.js_distance)),
    '',
    '',
    '',
    esc(`${pct(d.missing_rate_ref)} → ${pct(d.missing_rate_cur)}`),
  ];
}

/** Reference-vs-current distributions of the score, features and categories, with PSI and friends. */
export function driftSection(report: MonitoringReport): string {
  const drift = report.drift;
  if (drift === null)
    return '<section id="drift"><h2>Drift</h2><p>No drift figures (no split date or no time column).</p></section>';
  const numeric = Object.entries(drift.numeric);
  const categorical = Object.entries(drift.categorical);
  const rows = [
    ...numeric.map(([n, d]) => numericRow(n, d)),
    ...categorical.map(([n, d]) => categoricalRow(n, d)),
  ];
  const head = [
    'Variable',
    'PSI (band)',
    'JS distance',
    'KS D',
    'Wasserstein (normed)',
    'Mean ref → cur',
    'Missing ref → cur',
  ];
  const figures = [
    ...numeric.map(([n, d], i) =>
      histogram(
        `drift-n${i}`,
        n,
        binLabels(d.bin_edges),
        shares(d.ref_counts),
        shares(d.cur_counts),
        band(d.psi, d.psi_band),
        true,
      ),
    ),
    ...categorical.map(([n, d], i) =>
      histogram(
        `drift-c${i}`,
        n,
        d.categories,
        shares(d.ref_counts),
        shares(d.cur_counts),
        band(d.psi, d.psi_band),
        false,
      ),
    ),
  ];
  return (
    `<section id="drift"><h2>Drift: reference vs current period</h2><p class="lead">${esc(int(drift.n_reference_rows))} reference rows, ${esc(int(drift.n_current_rows))} current rows. ` +
    'PSI uses 10 bins from reference deciles (≥ 0.1 moderate, ≥ 0.25 major); with this many rows any KS p-value is "significant", so alerts use PSI and JS distance.</p>' +
    `${table('Drift per variable', head, rows)}<div class="grid2">${figures.join('')}</div></section>`
  );
}
