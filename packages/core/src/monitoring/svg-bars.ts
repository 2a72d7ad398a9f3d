import { esc } from './html-format';
import { type ChartText, legend, type Tick } from './svg-charts';
import { defaultFrame, type Frame, linear, niceTicks, tickLabel } from './svg-scale';

export interface BarSeries {
  name: string;
  color: string;
  values: readonly number[];
}

export interface BarChartSpec extends ChartText {
  categories: readonly string[];
  series: readonly BarSeries[];
  /** Formats a y tick (e.g. as a percentage). */
  yFormat?: (v: number) => string;
}

const BAR_FRAME: Frame = { ...defaultFrame, top: 30, bottom: 84 };

/** Grouped vertical bars, one group per category (drift histograms, category shares). */
export function barChart(spec: BarChartSpec, frame: Frame = BAR_FRAME): string {
  const all = spec.series.flatMap((s) => s.values).filter((v) => Number.isFinite(v));
  const max = Math.max(1e-9, ...all) * 1.08;
  const y = linear([0, max], [frame.height - frame.bottom, frame.top]);
  const plotWidth = frame.width - frame.left - frame.right;
  const groupWidth = plotWidth / Math.max(1, spec.categories.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, spec.series.length);
  const format = spec.yFormat ?? tickLabel;
  const parts = [
    `<svg class="chart" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${esc(spec.id)}-t ${esc(spec.id)}-d">`,
    `<title id="${esc(spec.id)}-t">${esc(spec.title)}</title><desc id="${esc(spec.id)}-d">${esc(spec.desc)}</desc>`,
    '<g class="axis">',
  ];
  for (const value of niceTicks(0, max, 4)) {
    const py = y(value).toFixed(1);
    parts.push(
      `<line class="grid" x1="${frame.left}" x2="${frame.width - frame.right}" y1="${py}" y2="${py}"/>`,
    );
    parts.push(
      `<text x="${frame.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${esc(format(value))}</text>`,
    );
  }
  const bottom = frame.height - frame.bottom;
  const rotate = spec.categories.some((c) => c.length * 7 > groupWidth);
  spec.categories.forEach((category, i) => {
    const cx = frame.left + groupWidth * (i + 0.5);
    const anchor = rotate
      ? `text-anchor="end" transform="rotate(-35 ${cx.toFixed(1)} ${bottom + 14})"`
      : 'text-anchor="middle"';
    parts.push(`<text x="${cx.toFixed(1)}" y="${bottom + 14}" ${anchor}>${esc(category)}</text>`);
  });
  parts.push(
    `<line x1="${frame.left}" x2="${frame.width - frame.right}" y1="${bottom}" y2="${bottom}"/>`,
  );
  parts.push(
    `<text class="label" x="${(frame.left + frame.width - frame.right) / 2}" y="${frame.height - 6}" text-anchor="middle">${esc(spec.xLabel)}</text>`,
  );
  parts.push(
    `<text class="label" transform="translate(14 ${(frame.top + bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(spec.yLabel)}</text></g>`,
  );
  spec.series.forEach((series, s) => {
    series.values.forEach((value, i) => {
      if (!Number.isFinite(value)) return;
      const px = frame.left + groupWidth * i + groupWidth * 0.1 + barWidth * s;
      const top = y(value);
      parts.push(
        `<rect x="${px.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(bottom - top).toFixed(1)}" fill="${series.color}"${s % 2 ? ' fill-opacity="0.85"' : ''}><title>${esc(`${series.name}, ${spec.categories[i] ?? ''}: ${format(value)}`)}</title></rect>`,
      );
    });
  });
  parts.push(legend(spec.series, frame), '</svg>');
  return parts.join('');
}

export interface ForestRow {
  label: string;
  estimate: number | null;
  low: number | null;
  high: number | null;
  /** Text at the right: the estimate and CI, or why there is none. */
  note: string;
  isFlagged?: boolean;
}

export interface ForestSpec extends Omit<ChartText, 'yLabel'> {
  rows: readonly ForestRow[];
  reference: Tick;
  domain: [number, number];
}

/** Estimates with 95 % CIs as horizontal whiskers, one row per group, and a reference line. */
export function forestPlot(spec: ForestSpec): string {
  const rowHeight = 22;
  const frame: Frame = {
    width: 900,
    height: 60 + rowHeight * spec.rows.length,
    left: 190,
    right: 280,
    top: 24,
    bottom: 36,
  };
  const x = linear(spec.domain, [frame.left, frame.width - frame.right]);
  const bottom = frame.height - frame.bottom;
  const parts = [
    `<svg class="chart forest" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-labelledby="${esc(spec.id)}-t ${esc(spec.id)}-d">`,
    `<title id="${esc(spec.id)}-t">${esc(spec.title)}</title><desc id="${esc(spec.id)}-d">${esc(spec.desc)}</desc><g class="axis">`,
  ];
  for (const value of niceTicks(spec.domain[0], spec.domain[1], 5)) {
    const px = x(value).toFixed(1);
    parts.push(
      `<line class="grid" x1="${px}" x2="${px}" y1="${frame.top}" y2="${bottom}"/><text x="${px}" y="${bottom + 14}" text-anchor="middle">${esc(tickLabel(value))}</text>`,
    );
  }
  const refX = x(spec.reference.value).toFixed(1);
  parts.push(
    `<line class="guide" x1="${refX}" x2="${refX}" y1="${frame.top - 6}" y2="${bottom}"/><text class="guide-label" x="${refX}" y="${frame.top - 10}" text-anchor="middle">${esc(spec.reference.label)}</text>`,
  );
  parts.push(
    `<text class="label" x="${(frame.left + frame.width - frame.right) / 2}" y="${frame.height - 4}" text-anchor="middle">${esc(spec.xLabel)}</text></g>`,
  );
  spec.rows.forEach((row, i) => {
    const cy = frame.top + rowHeight * (i + 0.5) + 4;
    const weight = row.isFlagged ? ' font-weight="bold"' : '';
    parts.push(
      `<text x="${frame.left - 8}" y="${cy}" text-anchor="end" dominant-baseline="middle"${weight}>${esc(row.label)}</text>`,
    );
    parts.push(
      `<text x="${frame.width - frame.right + 8}" y="${cy}" dominant-baseline="middle"${weight}>${esc(row.note)}</text>`,
    );
    if (row.estimate === null) return;
    const color = row.isFlagged ? '#D55E00' : '#0072B2';
    if (row.low !== null && row.high !== null) {
      parts.push(
        `<line x1="${x(row.low).toFixed(1)}" x2="${x(row.high).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="2"/>`,
      );
    }
    const shape = row.isFlagged
      ? `<rect x="${(x(row.estimate) - 5).toFixed(1)}" y="${cy - 5}" width="10" height="10" fill="${color}"/>`
      : `<circle cx="${x(row.estimate).toFixed(1)}" cy="${cy}" r="5" fill="${color}"/>`;
    parts.push(shape);
  });
  parts.push('</svg>');
  return parts.join('');
}
