import type { CategoricalDrift, NullReasons } from '../monitoring/report.types';
import { computeJsDistance } from './js-distance';
import { computePsi, psiBand } from './psi';

/**
 * Drift of one categorical column: PSI and JS distance on the category shares over the union of
 * categories present in either period (sorted by name). Missing values are excluded from the
 * shares (spec §2: the anchor divides by all rows of the period; equal when nothing is missing)
 * and reported as missing rates. Edge case: an empty period → null with the reason.
 */
export function computeCategoricalDrift(
  levels: string[],
  refByLevel: Float64Array,
  curByLevel: Float64Array,
  refRows: number,
  curRows: number,
): CategoricalDrift {
  const present = levels
    .map((name, code) => ({ name, code }))
    .filter(({ code }) => (refByLevel[code] ?? 0) + (curByLevel[code] ?? 0) > 0)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const refCounts = present.map(({ code }) => refByLevel[code] ?? 0);
  const curCounts = present.map(({ code }) => curByLevel[code] ?? 0);
  const refTotal = refCounts.reduce((s, c) => s + c, 0);
  const curTotal = curCounts.reduce((s, c) => s + c, 0);
  const psi = computePsi(refCounts, curCounts, refTotal, curTotal);
  const reasons: NullReasons = {};
  const drift: CategoricalDrift = {
    categories: present.map(({ name }) => name),
    ref_counts: refCounts,
    cur_counts: curCounts,
    psi,
    psi_band: psiBand(psi),
    js_distance: computeJsDistance(refCounts, curCounts, refTotal, curTotal),
    missing_rate_ref: refRows === 0 ? null : (refRows - refTotal) / refRows,
    missing_rate_cur: curRows === 0 ? null : (curRows - curTotal) / curRows,
    null_reasons: reasons,
  };
  for (const [key, value] of Object.entries(drift)) {
    if (value === null)
      reasons[key] = key.startsWith('missing_rate') ? 'no rows in the period' : 'an empty period';
  }
  return drift;
}
