import { divideOrNull } from '../stats/divide';
import type {
  FairnessSummary,
  GroupBlock,
  NullReasons,
  PerformanceBlock,
  VsReference,
} from './report.types';

/** Ratio bounds (four-fifths rule, symmetric in log): a ratio outside is flagged. */
export const FAIRNESS_RATIO_BOUNDS: [number, number] = [0.8, 1.25];
const RATIO_KEYS = ['tpr_ratio', 'fpr_ratio', 'ppv_ratio', 'flag_rate_ratio'] as const;

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;
const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : divideOrNull(a, b);

/**
 * One group against the reference group (largest labeled n; ties → later name, as the anchor):
 * TPR/FPR/AUROC differences (equal opportunity, predictive equality) and TPR/FPR/PPV/flag-rate
 * ratios, a ratio outside [0.8, 1.25] listed in out_of_bounds (Hardt et al. 2016; Aequitas).
 * Edge case: an undefined side or a zero reference → null. Tolerance vs anchor: 1e-12.
 */
export function compareToReference(
  group: PerformanceBlock,
  reference: PerformanceBlock,
): VsReference {
  const at = group.at_threshold;
  const ref = reference.at_threshold;
  const vs: VsReference = {
    tpr_difference: difference(at.sensitivity, ref.sensitivity),
    fpr_difference: difference(at.fpr, ref.fpr),
    tpr_ratio: ratio(at.sensitivity, ref.sensitivity),
    fpr_ratio: ratio(at.fpr, ref.fpr),
    ppv_ratio: ratio(at.ppv, ref.ppv),
    flag_rate_ratio: ratio(at.flag_rate, ref.flag_rate),
    auroc_difference: difference(group.auroc, reference.auroc),
    out_of_bounds: [],
  };
  const [low, high] = FAIRNESS_RATIO_BOUNDS;
  vs.out_of_bounds = RATIO_KEYS.filter((k) => {
    const v = vs[k];
    return v !== null && !(low <= v && v <= high);
  }).sort();
  return vs;
}

/** Reference group: largest labeled n, ties broken towards the later name (max of (n, name)). */
export function pickReferenceGroup(groups: GroupBlock[]): GroupBlock | null {
  let best: GroupBlock | null = null;
  for (const g of groups) {
    if (
      best === null ||
      g.n_labeled > best.n_labeled ||
      (g.n_labeled === best.n_labeled && g.group > best.group)
    ) {
      best = g;
    }
  }
  return best;
}

/**
 * fairlearn "between groups" summaries over uncensored groups: equal opportunity difference =
 * max−min TPR, predictive equality difference = max−min FPR, equalized odds = max of the two,
 * demographic parity difference = max−min flag rate, ratio = min/max flag rate.
 * Edge case: no group with the rate defined → null with the reason.
 */
export function summarizeFairness(
  groups: GroupBlock[],
  referenceGroup: string | null,
): FairnessSummary {
  const spread = (values: (number | null)[]): { min: number; max: number } | null => {
    const defined = values.filter((v): v is number => v !== null);
    return defined.length === 0 ? null : { min: Math.min(...defined), max: Math.max(...defined) };
  };
  const tpr = spread(groups.map((g) => g.at_threshold.sensitivity));
  const fpr = spread(groups.map((g) => g.at_threshold.fpr));
  const flag = spread(groups.map((g) => g.at_threshold.flag_rate));
  const eo = tpr === null ? null : tpr.max - tpr.min;
  const pe = fpr === null ? null : fpr.max - fpr.min;
  const reasons: NullReasons = {};
  const summary: FairnessSummary = {
    reference_group: referenceGroup,
    equal_opportunity_difference: eo,
    predictive_equality_difference: pe,
    equalized_odds_difference: eo === null || pe === null ? null : Math.max(eo, pe),
    demographic_parity_difference: flag === null ? null : flag.max - flag.min,
    demographic_parity_ratio: flag === null ? null : divideOrNull(flag.min, flag.max),
    null_reasons: reasons,
  };
  for (const [key, value] of Object.entries(summary)) {
    if (value === null)
      reasons[key] = groups.length === 0 ? 'no uncensored group' : 'undefined in every group';
  }
  return summary;
}
