/**
 * Compares a report with the reference implementation's JSON (anchor_report.py) leaf by leaf
 * with the absolute tolerances of the report spec §4, for the agreement tests and the benchmark.
 * Every numeric leaf of the anchor must exist in the report at the same path; null must match
 * null and booleans must be equal. Returns the disagreements.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Disagreement {
  path: string;
  expected: unknown;
  actual: unknown;
  tolerance: string;
}

export interface AnchorComparisonOptions {
  /** Skips leaves by path (e.g. p-values the anchor computes exactly). */
  ignore?: (path: string) => boolean;
  /** Object keys to skip anywhere, besides the anchor's own bookkeeping keys. */
  skippedKeys?: ReadonlySet<string>;
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

/** The disagreements between the anchor's JSON (`expected`) and a report (`actual`). */
export function compareWithAnchor(
  expected: unknown,
  actual: unknown,
  options: AnchorComparisonOptions = {},
): Disagreement[] {
  const out: Disagreement[] = [];
  const skip = (k: string) => SKIPPED_KEYS.has(k) || (options.skippedKeys?.has(k) ?? false);
  const ignore = options.ignore ?? (() => false);
  walk(expected as Json, actual as Json | undefined, '', '', out, { skip, ignore });
  return out;
}

interface WalkRules {
  skip: (key: string) => boolean;
  ignore: (path: string) => boolean;
}

function walk(
  e: Json,
  a: Json | undefined,
  path: string,
  key: string,
  out: Disagreement[],
  rules: WalkRules,
): void {
  if (rules.ignore(path)) return;
  if (Array.isArray(e)) {
    if (!Array.isArray(a) || a.length !== e.length) {
      out.push({ path, expected: e, actual: a, tolerance: 'same length array' });
      return;
    }
    e.forEach((item, i) => walk(item, a[i], `${path}[${i}]`, key, out, rules));
    return;
  }
  if (e !== null && typeof e === 'object') {
    if (a === null || a === undefined || typeof a !== 'object' || Array.isArray(a)) {
      out.push({ path, expected: e, actual: a, tolerance: 'object' });
      return;
    }
    for (const [k, v] of Object.entries(e)) {
      if (rules.skip(k)) continue;
      walk(v, a[k], path === '' ? k : `${path}.${k}`, k, out, rules);
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
  if (typeof e === 'boolean' && a !== e)
    out.push({ path, expected: e, actual: a, tolerance: 'equal' });
}
