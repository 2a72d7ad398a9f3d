import type { ReliabilityBin } from '../monitoring/report.types';
import { RELIABILITY_BINS, type ReliabilityAccumulator } from './reliability-accumulator';

/**
 * Reliability curve and ECE of one population: per bin n, mean score and observed rate; ECE =
 * Σ_bins (n_b/N)·|observed_b − mean score_b| (Naeini et al. 2015). Boundary values go to the upper
 * bin (sklearn's calibration_curve puts them in the lower one; documented difference).
 * Edge case: an empty bin has null mean/observed and adds nothing; N = 0 → ECE 0. Tolerance 1e-9.
 */
export function computeReliability(
  acc: ReliabilityAccumulator,
  index: number,
  labeledCount: number,
): { bins: ReliabilityBin[]; ece: number } {
  const bins: ReliabilityBin[] = [];
  let ece = 0;
  for (let k = 0; k < RELIABILITY_BINS; k++) {
    const at = index * RELIABILITY_BINS + k;
    const n = acc.binCount[at] as number;
    const bin: ReliabilityBin = {
      bin: k,
      lower: k / RELIABILITY_BINS,
      upper: (k + 1) / RELIABILITY_BINS,
      n,
      mean_score: null,
      observed_rate: null,
    };
    if (n > 0) {
      const meanScore = (acc.binSumScore[at] as number) / n;
      const observed = (acc.binSumLabel[at] as number) / n;
      bin.mean_score = meanScore;
      bin.observed_rate = observed;
      ece += (n / labeledCount) * Math.abs(observed - meanScore);
    }
    bins.push(bin);
  }
  return { bins, ece };
}
