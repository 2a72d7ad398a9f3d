import type { NullReasons, NumericDrift } from '../monitoring/report.types';
import { computeJsDistance } from './js-distance';
import { computeKsPValue, computeKsStatistic } from './ks';
import { computePsi, psiBand } from './psi';
import { binCounts, referenceDecileEdges } from './quantile-edges';
import type { ValueCounts } from './value-counts';
import { computeWassersteinNormed, sampleMean } from './wasserstein';

/**
 * Drift of one numeric column, reference vs current (spec §2): PSI on reference deciles, JS
 * distance on the same bins, KS D and asymptotic p-value, normed Wasserstein, means, and the
 * missing rate of each period (missing values are excluded from the distributions).
 * Edge case: an empty period → figures null with the reason.
 */
export function computeNumericDrift(
  vc: ValueCounts,
  refRows: number,
  curRows: number,
): NumericDrift {
  const reasons: NullReasons = {};
  const edges = referenceDecileEdges(vc);
  const [refCounts, curCounts] = vc.refTotal > 0 ? binCounts(vc, edges) : [[], []];
  const psi = computePsi(refCounts, curCounts, vc.refTotal, vc.curTotal);
  const ks = computeKsStatistic(vc);
  const drift: NumericDrift = {
    n_ref: vc.refTotal,
    n_cur: vc.curTotal,
    bin_edges: edges,
    ref_counts: refCounts,
    cur_counts: curCounts,
    psi,
    psi_band: psiBand(psi),
    js_distance: computeJsDistance(refCounts, curCounts, vc.refTotal, vc.curTotal),
    ks_statistic: ks,
    ks_pvalue: ks === null ? null : computeKsPValue(ks, vc.refTotal, vc.curTotal),
    wasserstein_norm: computeWassersteinNormed(vc),
    mean_ref: sampleMean(vc, 'ref'),
    mean_cur: sampleMean(vc, 'cur'),
    missing_rate_ref: refRows === 0 ? null : (refRows - vc.refTotal) / refRows,
    missing_rate_cur: curRows === 0 ? null : (curRows - vc.curTotal) / curRows,
    null_reasons: reasons,
  };
  const empty = vc.refTotal === 0 ? 'no reference values' : 'no current values';
  for (const [key, value] of Object.entries(drift)) {
    if (value === null)
      reasons[key] = key.startsWith('missing_rate') ? 'no rows in the period' : empty;
  }
  return drift;
}
