import type { Interval } from '../monitoring/report.types';

/** qnorm(0.975), the two-sided 95 % normal quantile. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score 95 % interval for k successes out of n (Wilson 1927; Brown, Cai & DasGupta 2001):
 * centre = (p + z²/2n)/(1 + z²/n), half = z·√(p(1−p)/n + z²/4n²)/(1 + z²/n), p = k/n.
 * Edge case: n = 0 → [null, null]. Same operation order as the anchor (agrees to ~1e-16).
 */
export function wilsonInterval(k: number, n: number): Interval {
  if (n === 0) return [null, null];
  const p = k / n;
  const z2 = Z95 * Z95;
  const den = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / den;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / den;
  return [centre - half, centre + half];
}
