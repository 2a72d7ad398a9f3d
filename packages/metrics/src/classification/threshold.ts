import type { AtThreshold } from '../monitoring/report.types';
import { divideOrNull } from '../stats/divide';
import { wilsonInterval } from '../stats/wilson';

/**
 * Threshold metrics from a confusion matrix: sensitivity TP/(TP+FN), specificity TN/(TN+FP),
 * PPV TP/(TP+FP), NPV TN/(TN+FN), FPR FP/(FP+TN), flag rate (TP+FP)/N, each with a Wilson 95 % CI.
 * Edge case: a zero denominator gives null (seismometer reports PPV = 1 with no flags; we do not).
 * Tolerance vs anchor: 1e-12.
 */
export function computeThresholdMetrics(
  threshold: number,
  tp: number,
  fp: number,
  tn: number,
  fn: number,
): AtThreshold {
  return {
    threshold,
    tp,
    fp,
    tn,
    fn,
    sensitivity: divideOrNull(tp, tp + fn),
    sensitivity_ci: wilsonInterval(tp, tp + fn),
    specificity: divideOrNull(tn, tn + fp),
    specificity_ci: wilsonInterval(tn, tn + fp),
    ppv: divideOrNull(tp, tp + fp),
    ppv_ci: wilsonInterval(tp, tp + fp),
    npv: divideOrNull(tn, tn + fn),
    npv_ci: wilsonInterval(tn, tn + fn),
    fpr: divideOrNull(fp, fp + tn),
    flag_rate: divideOrNull(tp + fp, tp + fp + tn + fn),
  };
}
