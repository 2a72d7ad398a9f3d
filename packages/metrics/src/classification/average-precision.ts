import { F, readField, type RankAccumulator } from './rank-accumulator';

/**
 * Average precision, step-wise (sklearn `average_precision_score`, no interpolation):
 * AP = Σₖ (Rₖ − Rₖ₋₁)·Pₖ over distinct thresholds descending = (1/m)·Σ_blocks pos·TP/(TP+FP).
 * Edge case: no positives → null. Tolerance vs anchor: 1e-9.
 */
export function finalizeAveragePrecision(acc: RankAccumulator, slot: number): number | null {
  const m = readField(acc, slot, F.posAbove);
  if (m === 0) return null;
  return readField(acc, slot, F.precisionWeighted) / m;
}
