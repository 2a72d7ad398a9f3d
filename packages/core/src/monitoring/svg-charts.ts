import { esc } from './html-format';
import { defaultFrame, type Frame, linear, niceTicks, tickLabel } from './svg-scale';

/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
export const palette = {
  reference: '#0072B2',
  current: '#D55E00',
  green: '#009E73',
  orange: '#E69F00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  ink: '#000000',
} as const;

/** Texts every chart carries: `title` and `desc` become the SVG's accessible name and description. */
export interface ChartText {
  id: string;
  title: string;
  desc: string;
  xLabel: string;
  yLabel: string;
}

export interface Tick {
  value: number;
  label: string;
}

export interface LineSeries {
  name: string;
  color: string;
  dash?: string;
  points: readonly (readonly [number, number])[];
  markers?: boolean;
}

export interface LineChartSpec extends ChartText {
  series: LineSeries[];
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks?: Tick[];
  /** Horizontal reference lines (alert thresholds, bounds). */
  guides?: Tick[];
  /** Draw y = x (chance line for ROC, perfect calibration). */
  diagonal?: boolean;
  legendPlace?: LegendPlace;
}

const FRAME: Frame = { ...defaultFrame, top: 30, bottom: 62 };

function openSvg(text: ChartText, frame: Frame): string {
  return (
    `<svg class="chart" viewBox="0 0 ${frame.width} ${frame.height}" role="img" ` +
    `aria-labelledby="${esc(text.id)}-t ${esc(text.id)}-d">` +
    `<title id="${esc(text.id)}-t">${esc(text.title)}</title><desc id="${esc(text.id)}-d">${esc(text.desc)}</desc>`
  );
}

function axes(
  frame: Frame,
  text: ChartText,
  x: (v: number) => number,
  xTicks: Tick[],
  y: (v: number) => number,
  yTicks: Tick[],
): string {
  const bottom = frame.height - frame.bottom;
  const right = frame.width - frame.right;
  const parts = [`<g class="axis">`];
  for (const t of yTicks) {
    const py = y(t.value).toFixed(1);
    parts.push(`<line class="grid" x1="${frame.left}" x2="${right}" y1="${py}" y2="${py}"/>`);
    parts.push(
      `<text x="${frame.left - 6}" y="${py}" text-anchor="end" dominant-baseline="middle">${esc(t.label)}</text>`,
    );
  }
  const rotate = xTicks.length > 6;
  for (const t of xTicks) {
    const px = x(t.value).toFixed(1);
    const place = rotate
      ? `text-anchor="end" transform="rotate(-40 ${px} ${bottom + 12})"`
      : 'text-anchor="middle"';
    parts.push(`<line x1="${px}" x2="${px}" y1="${bottom}" y2="${bottom + 4}"/>`);
    parts.push(
      `<text x="${px}" y="${bottom + (rotate ? 12 : 16)}" ${place}>${esc(t.label)}</text>`,
    );
  }
  parts.push(`<line x1="${frame.left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`);
  parts.push(`<line x1="${frame.left}" x2="${frame.left}" y1="${frame.top}" y2="${bottom}"/>`);
  const midX = (frame.left + right) / 2;
  const midY = (frame.top + bottom) / 2;
  parts.push(
    `<text class="label" x="${midX}" y="${frame.height - 8}" text-anchor="middle">${esc(text.xLabel)}</text>`,
  );
  parts.push(
    `<text class="label" transform="translate(14 ${midY}) rotate(-90)" text-anchor="middle">${esc(text.yLabel)}</text>`,
  );
  parts.push('</g>');
  return parts.join('');
}

/** Where a legend sits: a row above the plot, or stacked inside a corner of it. */
export type LegendPlace = 'top' | 'bottom-right' | 'top-right';

/** A legend; line samples carry the dash pattern too, so colour is never the only cue. */
export function legend(
  items: readonly { name: string; color: string; dash?: string }[],
  frame: Frame = FRAME,
  place: LegendPlace = 'top',
): string {
  const named = items.filter((item) => item.name !== '');
  const width = Math.max(...named.map((item) => item.name.length * 6.4 + 30));
  let x = place === 'top' ? frame.left : frame.width - frame.right - width;
  let y =
    place === 'bottom-right'
      ? frame.height - frame.bottom - 14 * named.length
      : place === 'top-right'
        ? frame.top + 10
        : 12;
  const box =
    place === 'top'
      ? ''
      : `<rect x="${x - 4}" y="${y - 9}" width="${width}" height="${14 * named.length + 4}" fill="#fff" fill-opacity="0.85"/>`;
  return (
    box +
    named
      .map((item) => {
        const dash = item.dash ? ` stroke-dasharray="${item.dash}"` : '';
        const out =
          `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="3"${dash}/>` +
          `<text x="${x + 22}" y="${y}" dominant-baseline="middle">${esc(item.name)}</text>`;
        if (place === 'top') x += 30 + item.name.length * 6.5;
        else y += 14;
        return out;
      })
      .join('')
  );
}

function ticksFor(domain: [number, number]): Tick[] {
  return niceTicks(domain[0], domain[1]).map((value) => ({ value, label: tickLabel(value) }));
}

/** A line chart with optional markers, guides and a y = x diagonal. */
export function lineChart(spec: LineChartSpec, frame: Frame = FRAME): string {
  const x = linear(spec.xDomain, [frame.left, frame.width - frame.right]);
  const y = linear(spec.yDomain, [frame.height - frame.bottom, frame.top]);
  const parts = [
    openSvg(spec, frame),
    axes(frame, spec, x, spec.xTicks ?? ticksFor(spec.xDomain), y, ticksFor(spec.yDomain)),
  ];
  if (spec.diagonal) {
    const [lo, hi] = [
      Math.max(spec.xDomain[0], spec.yDomain[0]),
      Math.min(spec.xDomain[1], spec.yDomain[1]),
    ];
    parts.push(`<line class="guide" x1="${x(lo)}" y1="${y(lo)}" x2="${x(hi)}" y2="${y(hi)}"/>`);
  }
  for (const g of spec.guides ?? []) {
    const py = y(g.value).toFixed(1);
    parts.push(
      `<line class="guide" x1="${frame.left}" x2="${frame.width - frame.right}" y1="${py}" y2="${py}"/>`,
    );
    parts.push(
      `<text class="guide-label" x="${frame.width - frame.right - 2}" y="${Number(py) - 4}" text-anchor="end">${esc(g.label)}</text>`,
    );
  }
  for (const s of spec.series) {
    const points = s.points.filter(([px, py]) => Number.isFinite(px) && Number.isFinite(py));
    const d = points
      .map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${x(px).toFixed(1)} ${y(py).toFixed(1)}`)
      .join('');
    const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`);
    if (s.markers) {
      for (const [px, py] of points)
        parts.push(
          `<circle cx="${x(px).toFixed(1)}" cy="${y(py).toFixed(1)}" r="3" fill="${s.color}"/>`,
        );
    }
  }
  parts.push(legend(spec.series, frame, spec.legendPlace), '</svg>');
  return parts.join('');
}
