/**
 * Compares Vigil's report with the anchors' JSON leaf by leaf, with the absolute tolerances of
 * report-spec §4. Every numeric leaf of the anchor must exist in Vigil's report at the same path.
 */
export interface Disagreement {
  path: string;
  expected: unknown;
  actual: unknown;
  tolerance: string;
}

// Keys the anchor writes that are not figures (or that Vigil does not reproduce by design).
const SKIPPED = new Set([
  'auroc_sklearn',
  'timings_s',
  'file',
  'spec',
  'split',
  'psi_bin_edges',
  'ci',
  'flag_rule',
  'reference_period',
  'current_period',
]);
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
]);
const FIT = new Set(['citl_logit_intercept', 'slope', 'intercept']);

/** Tolerance of a leaf from the nearest named key on its path: |a − e| ≤ abs + rel·|e|. */
export function toleranceFor(key: string): { abs: number; rel: number } {
  if (EXACT.has(key)) return { abs: 0, rel: 0 };
  if (TIGHT.has(key)) return { abs: 1e-12, rel: 0 };
  if (FIT.has(key)) return { abs: 1e-6, rel: 0 };
  if (key === 'ks_pvalue') return { abs: 1e-300, rel: 1e-3 };
  return { abs: 1e-9, rel: 0 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Disagreements between the anchor's JSON (`expected`) and Vigil's report (`actual`). */
export function compareWithAnchor(
  expected: unknown,
  actual: unknown,
  path = '',
  key = '',
): Disagreement[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return [{ path, expected, actual, tolerance: 'same length' }];
    return expected.flatMap((item, i) => compareWithAnchor(item, actual[i], `${path}[${i}]`, key));
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return [{ path, expected: '{…}', actual, tolerance: 'object' }];
    return Object.entries(expected)
      .filter(([k]) => !SKIPPED.has(k))
      .flatMap(([k, v]) => compareWithAnchor(v, actual[k], path ? `${path}.${k}` : k, k));
  }
  if (typeof expected === 'number') {
    const { abs, rel } = toleranceFor(key);
    const close =
      typeof actual === 'number' && Math.abs(actual - expected) <= abs + rel * Math.abs(expected);
    return close
      ? []
      : [{ path, expected, actual, tolerance: `abs ${abs}${rel ? ` rel ${rel}` : ''}` }];
  }
  return expected === actual || typeof expected === 'string'
    ? []
    : [{ path, expected, actual, tolerance: 'equal' }];
}

/** pROC's overall and per-race AUROC and DeLong CI (anchor_proc.R's JSON) against Vigil's (1e-9). */
export function compareWithProc(proc: unknown, report: unknown): Disagreement[] {
  if (
    !isRecord(proc) ||
    !isRecord(proc.by_race_ethnicity) ||
    !isRecord(report) ||
    !isRecord(report.subgroups)
  ) {
    return [
      { path: '', expected: 'pROC and Vigil JSON', actual: 'another shape', tolerance: 'shape' },
    ];
  }
  const race = report.subgroups.race_ethnicity;
  const groups = isRecord(race) && Array.isArray(race.groups) ? race.groups.filter(isRecord) : [];
  const pairs: [string, unknown, unknown][] = [['overall', proc.overall, report.overall]];
  for (const [name, block] of Object.entries(proc.by_race_ethnicity)) {
    pairs.push([`subgroups.race_ethnicity.${name}`, block, groups.find((g) => g.group === name)]);
  }
  return pairs.flatMap(([path, p, v]) => {
    const expected = isRecord(p) ? p : {};
    const actual = isRecord(v) ? v : {};
    return [
      ...compareWithAnchor(expected.auroc, actual.auroc, `${path}.auroc`, 'auroc'),
      ...compareWithAnchor(
        expected.ci_delong,
        actual.auroc_ci_delong,
        `${path}.auroc_ci_delong`,
        'auroc_ci_delong',
      ),
    ];
  });
}
