import { sortRowsByScore } from '../order/score-order';
import { finalizeAuroc } from './auroc';
import { finalizeAveragePrecision } from './average-precision';
import { finalizeDelong } from './delong';
import { addTieBlockToRanks, createRankAccumulator } from './rank-accumulator';

export interface BinaryDiscrimination {
  auroc: number | null;
  aurocSe: number | null;
  aurocCi: [number | null, number | null];
  averagePrecision: number | null;
}

/**
 * AUROC (Mann–Whitney, ties ½) with DeLong SE/95 % CI and step-wise average precision for one
 * population given as arrays: the same tie-block accumulators the report uses, for callers with
 * plain arrays. Rows with a non-finite score or a label other than 0/1 are ignored.
 * Edge case: no positives or no negatives → nulls; fewer than 2 of either → null SE/CI.
 */
export function computeBinaryDiscrimination(
  scores: Float64Array,
  labels: Int8Array,
): BinaryDiscrimination {
  const payload = Uint32Array.from(labels, (y) => (y === 1 ? 1 : y === 0 ? 0 : 2));
  const sorted = sortRowsByScore(scores, [payload]);
  const acc = createRankAccumulator(1);
  const words = sorted.payload[0] ?? new Uint32Array(0);
  for (let b = sorted.blockCount - 1; b >= 0; b--) {
    let pos = 0;
    let neg = 0;
    for (let j = sorted.blockStart[b] as number; j < (sorted.blockStart[b + 1] as number); j++) {
      const y = words[j] as number;
      if (y === 1) pos++;
      else if (y === 0) neg++;
    }
    if (pos + neg > 0) addTieBlockToRanks(acc, 0, sorted.blockValue[b] as number, pos, neg);
  }
  const auroc = finalizeAuroc(acc, 0);
  const delong = auroc === null ? null : finalizeDelong(acc, 0, auroc);
  return {
    auroc,
    aurocSe: delong === null ? null : delong.se,
    aurocCi: delong === null ? [null, null] : [delong.ciLow, delong.ciHigh],
    averagePrecision: auroc === null ? null : finalizeAveragePrecision(acc, 0),
  };
}
