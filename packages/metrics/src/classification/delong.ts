import { Z95 } from '../stats/wilson';
import { F, readField, type RankAccumulator } from './rank-accumulator';

export interface DelongInterval {
  se: number;
  ciLow: number;
  ciHigh: number;
}

/** Sample variance (n−1) of values v/2 from Σv and Σv² over `count` values. */
function halfVariance(sumTwice: number, sumTwiceSquared: number, count: number): number {
  return Math.max(0, (sumTwiceSquared - (sumTwice * sumTwice) / count) / (4 * (count - 1)));
}

/**
 * DeLong standard error and 95 % CI of the AUROC (DeLong et al. 1988; Sun & Xu 2014 midrank form):
 * V10ᵢ = share of negatives below positive i (+½ ties) = 1 − bᵢ/n, V01ⱼ = share of positives above
 * negative j (+½ ties) = cⱼ/m; SE² = var(V10)/m + var(V01)/n with sample variances (n−1), from
 * running sums over tie blocks (no rank arrays); CI = AUROC ± 1.959963984540054·SE clipped to
 * [0,1] (pROC `ci.auc(method = "delong")`). Edge case: m < 2 or n < 2 → null. Tolerance 1e-9.
 */
export function finalizeDelong(
  acc: RankAccumulator,
  slot: number,
  auroc: number,
): DelongInterval | null {
  const m = readField(acc, slot, F.posAbove);
  const n = readField(acc, slot, F.negAbove);
  if (m < 2 || n < 2) return null;
  const varV10 =
    halfVariance(readField(acc, slot, F.twiceB), readField(acc, slot, F.twiceBSquared), m) /
    (n * n);
  const varV01 =
    halfVariance(readField(acc, slot, F.twiceC), readField(acc, slot, F.twiceCSquared), n) /
    (m * m);
  const se = Math.sqrt(varV10 / m + varV01 / n);
  return {
    se,
    ciLow: Math.min(1, Math.max(0, auroc - Z95 * se)),
    ciHigh: Math.min(1, Math.max(0, auroc + Z95 * se)),
  };
}
