/**
 * TEST-ONLY: compare a report with the anchor's JSON (shared/monitoring/anchors/anchor_report.py)
 * leaf by leaf with the absolute tolerances of spec §4. Every numeric leaf of the anchor must exist
 * in the report at the same path; null must match null. Returns the disagreements.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Disagreement {
  path: string;
  expected: Json;
  actual: Json | undefined;
  tolerance: string;
}

const SKIPPED_KEYS = new Set(['auroc_sklearn', 'timings_s', 'file', 'spec']);
const EXACT = new Set([
  'n_labeled',
  'n_pos',
  'tp',
  'fp',
  'tn',
  'fn',
  'n',
  'rows',
  'rows_with_label',
  'rows_missing_label',
  'rows_missing_score',
  'n_ref',
  'n_cur',
  'ref_counts',
  'cur_counts',
  'n_rows',
  'n_reference_rows',
  'n_current_rows',
  'bin',
  'psi_bins',
  'calibration_bins',
  'min_group_n',
]);
const TIGHT = new Set([
  'sensitivity',
  'specificity',
  'ppv',
  'npv',
  'fpr',
  'flag_rate',
  'flag_rate_all_rows',
  'sensitivity_ci',
  'specificity_ci',
  'ppv_ci',
  'npv_ci',
  'tpr_difference',
  'fpr_difference',
  'tpr_ratio',
  'fpr_ratio',
  'ppv_ratio',
  'flag_rate_ratio',
  'equal_opportunity_difference',
  'predictive_equality_difference',
  'equalized_odds_difference',
  'demographic_parity_difference',
  'demographic_parity_ratio',
  'bin_edges',
  'ks_statistic',
  'threshold',
  'lower',
  'upper',
  'psi_epsilon',
  'fairness_ratio_bounds',
]);
const FIT = new Set(['citl_logit_intercept', 'slope', 'intercept']);

/** Absolute tolerance for a leaf, by the nearest named key on its path (spec §4). */
export function toleranceFor(key: string): { abs: number; rel: number } {
  if (EXACT.has(key)) return { abs: 0, rel: 0 };
  if (TIGHT.has(key)) return { abs: 1e-12, rel: 0 };
  if (FIT.has(key)) return { abs: 1e-6, rel: 0 };
  if (key === 'ks_pvalue') return { abs: 1e-300, rel: 1e-3 };
  return { abs: 1e-9, rel: 0 };
}

/** |a − e| ≤ abs + rel·|e|. */
export function isClose(actual: number, expected: number, abs: number, rel = 0): boolean {
  return Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
}

/** Walk the anchor JSON; `ignore(path)` skips leaves (e.g. p-values scipy computes exactly). */
export function compareWithAnchor(
  expected: Json,
  actual: unknown,
  ignore: (path: string) => boolean = () => false,
): Disagreement[] {
  const out: Disagreement[] = [];
  walk(expected, actual as Json | undefined, '', '', out, ignore);
  return out;
}

function walk(
  e: Json,
  a: Json | undefined,
  path: string,
  key: string,
  out: Disagreement[],
  ignore: (p: string) => boolean,
): void {
  if (ignore(path)) return;
  if (Array.isArray(e)) {
    if (!Array.isArray(a) || a.length !== e.length) {
      out.push({ path, expected: e, actual: a, tolerance: 'same length array' });
      return;
    }
    e.forEach((item, i) => walk(item, a[i], `${path}[${i}]`, key, out, ignore));
    return;
  }
  if (e !== null && typeof e === 'object') {
    if (a === null || a === undefined || typeof a !== 'object' || Array.isArray(a)) {
      out.push({ path, expected: e, actual: a, tolerance: 'object' });
      return;
    }
    for (const [k, v] of Object.entries(e)) {
      if (SKIPPED_KEYS.has(k)) continue;
      walk(v, a[k], path === '' ? k : `${path}.${k}`, k, out, ignore);
    }
    return;
  }
  if (typeof e === 'number') {
    const tol = toleranceFor(key);
    if (typeof a !== 'number' || !isClose(a, e, tol.abs, tol.rel)) {
      out.push({ path, expected: e, actual: a, tolerance: `abs ${tol.abs} rel ${tol.rel}` });
    }
    return;
  }
  if (e === null && a !== null) out.push({ path, expected: e, actual: a, tolerance: 'null' });
}
