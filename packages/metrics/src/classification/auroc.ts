import { F, readField, type RankAccumulator } from './rank-accumulator';

/**
 * AUROC of a slot after all its tie blocks: Mann–Whitney P(score⁺ > score⁻) + ½·P(tie)
 * = 1 − Σ_pos(2·neg above + tied neg)/(2·m·n), the numerator an exact integer in doubles (< 2⁵³).
 * Equals (Σ midranks of positives − m(m+1)/2)/(m·n) (Hanley & McNeil 1982; sklearn, pROC to ~1e-16).
 * Edge case: m = 0 or n = 0 → null. Tolerance vs anchor: 1e-9.
 */
export function finalizeAuroc(acc: RankAccumulator, slot: number): number | null {
  const m = readField(acc, slot, F.posAbove);
  const n = readField(acc, slot, F.negAbove);
  if (m === 0 || n === 0) return null;
  const twiceMn = 2 * m * n;
  return (twiceMn - readField(acc, slot, F.twiceB)) / twiceMn;
}
