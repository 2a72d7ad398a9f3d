/** Axis arithmetic for the hand-written SVG charts. */

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The default frame: room on the left and bottom for tick labels and axis titles. */
export const defaultFrame: Frame = {
  width: 460,
  height: 300,
  left: 58,
  right: 16,
  top: 16,
  bottom: 48,
};

/** Maps [d0, d1] onto [r0, r1]. */
export function linear(
  domain: readonly [number, number],
  range: readonly [number, number],
): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** About `count` round tick values covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  const span = max - min;
  if (!(span > 0)) return [min];
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** [min, max] of the finite values, widened by `pad` of the span; `fallback` when there are none. */
export function extent(
  values: readonly number[],
  fallback: [number, number],
  pad = 0.05,
): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return fallback;
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    min -= Math.abs(min) * 0.1 || 0.5;
    max += Math.abs(max) * 0.1 || 0.5;
  }
  const margin = (max - min) * pad;
  return [min - margin, max + margin];
}

/** Short tick label: up to 3 significant decimals, no trailing zeros. */
export function tickLabel(v: number): string {
  if (v !== 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return v.toExponential(1);
  return String(Number(v.toFixed(3)));
}
