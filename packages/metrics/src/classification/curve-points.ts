import type { CurvePoints } from '../monitoring/report.types';

/** Each axis is sampled at steps of at least 1/STEPS, so a curve has at most ~2·STEPS points. */
const STEPS = 100;

/** Downsampled ROC/PR curve builder for one population, fed with thresholds descending. */
export interface CurveSampler {
  totalPos: number;
  totalNeg: number;
  lastTp: number;
  lastFp: number;
  /** Last offered point not yet kept (hasPending), so the final point is never lost. */
  hasPending: boolean;
  pendingThreshold: number;
  pendingTp: number;
  pendingFp: number;
  threshold: number[];
  tp: number[];
  fp: number[];
}

/** Start a sampler for a population with the given label totals. */
export function createCurveSampler(totalPos: number, totalNeg: number): CurveSampler {
  return {
    totalPos,
    totalNeg,
    lastTp: 0,
    lastFp: 0,
    hasPending: false,
    pendingThreshold: 0,
    pendingTp: 0,
    pendingFp: 0,
    threshold: [],
    tp: [],
    fp: [],
  };
}

/**
 * Offer the cumulative counts (TP, FP with score ≥ threshold) after a tie block. A point is kept
 * when TPR or FPR moved by ≥ 1/100 since the last kept point; the last point is always kept.
 */
export function offerCurvePoint(s: CurveSampler, threshold: number, tp: number, fp: number): void {
  const movedTpr = (tp - s.lastTp) * STEPS >= s.totalPos;
  const movedFpr = (fp - s.lastFp) * STEPS >= s.totalNeg;
  if (movedTpr || movedFpr) {
    keep(s, threshold, tp, fp);
    s.hasPending = false;
  } else {
    s.hasPending = true;
    s.pendingThreshold = threshold;
    s.pendingTp = tp;
    s.pendingFp = fp;
  }
}

function keep(s: CurveSampler, threshold: number, tp: number, fp: number): void {
  s.threshold.push(threshold);
  s.tp.push(tp);
  s.fp.push(fp);
  s.lastTp = tp;
  s.lastFp = fp;
}

/**
 * ROC points (FPR, TPR), starting at (0, 0) with a null threshold and ending at (1, 1), and PR
 * points (recall, precision) at the same thresholds. Edge case: no positives or no negatives → null.
 */
export function finishCurvePoints(s: CurveSampler): CurvePoints | null {
  if (s.hasPending) keep(s, s.pendingThreshold, s.pendingTp, s.pendingFp);
  s.hasPending = false;
  if (s.totalPos === 0 || s.totalNeg === 0) return null;
  const fpr: number[] = [0];
  const tpr: number[] = [0];
  const rocThreshold: (number | null)[] = [null];
  const recall: number[] = [];
  const precision: number[] = [];
  for (let i = 0; i < s.threshold.length; i++) {
    const tp = s.tp[i] ?? 0;
    const fp = s.fp[i] ?? 0;
    fpr.push(fp / s.totalNeg);
    tpr.push(tp / s.totalPos);
    rocThreshold.push(s.threshold[i] ?? null);
    recall.push(tp / s.totalPos);
    precision.push(tp / (tp + fp));
  }
  return {
    roc: { fpr, tpr, threshold: rocThreshold },
    pr: { recall, precision, threshold: [...s.threshold] },
  };
}
