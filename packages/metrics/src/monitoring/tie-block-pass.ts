import {
  addTieBlockToRanks,
  createRankAccumulator,
  snapshotFlagged,
  STRIDE,
  type RankAccumulator,
} from '../classification/rank-accumulator';
import type { ValueCounts } from '../drift/value-counts';
import type { SortedRows } from '../order/score-order';
import {
  addTieBlockToCurves,
  clippedLogit,
  createCurveCollector,
  type CurveCollector,
} from './curve-collector';
import { LABEL_MISSING, LABEL_POSITIVE, type PayloadLayout } from './row-payload';
import type { RowPassResult } from './row-pass';
import { curveSlots, PERIOD_CURRENT, PERIOD_REFERENCE, type SlotLayout } from './slot-layout';

export interface TieBlockPassResult {
  ranks: RankAccumulator;
  /** Calibration/curve state per curve population, in curveSlots(layout) order. */
  curves: CurveCollector;
  /** Scores of the reference and current periods (all scored rows, labeled or not). */
  scoreValues: ValueCounts | null;
}

/**
 * The one pass over the global score order (spec §5.2): tie blocks in descending score; inside a
 * block every labeled row counts into each population it belongs to (overall, its level of each
 * attribute, its window, its period); at the block end each touched population takes the block.
 * Cost O(rows × populations per row); no re-sort per group, window or period.
 */
export function runTieBlockPass(
  sorted: SortedRows,
  layout: SlotLayout,
  payloadLayout: PayloadLayout,
  rows: RowPassResult,
  threshold: number,
): TieBlockPassResult {
  const S = layout.slotCount;
  const ranks = createRankAccumulator(S);
  const curve = curveSlots(layout);
  const curveIndex = new Int8Array(S).fill(-1);
  curve.forEach((slot, c) => (curveIndex[slot] = c));
  const curves = createCurveCollector(
    rows.labeledPos,
    rows.labeledNeg,
    curve.length,
    Math.min(sorted.blockCount, 1 << 16),
  );
  const scoreValues = layout.hasPeriods ? allocateScoreValues(sorted.blockCount) : null;
  const blockCounts = new Int32Array(2 * S); // [2s] positives, [2s+1] negatives of the current block
  const touched = new Int32Array(S + 1);
  const { blockStart, blockValue } = sorted;
  const words = sorted.payload;
  const { label: lf, time: tf } = payloadLayout;
  const labelWord = words[lf.word] as Uint32Array;
  const timeWord = words[tf.word] as Uint32Array;
  const attributeWords = payloadLayout.attributes.map((f) => words[f.word] as Uint32Array);
  const attributeShift = Int32Array.from(payloadLayout.attributes, (f) => f.shift);
  const attributeMask = Int32Array.from(payloadLayout.attributes, (f) => f.mask);
  const bases = Int32Array.from(layout.attributeBase, (base) => base - 1);
  const attributeCount = attributeWords.length;
  const windowBase = layout.windowBase;
  const periodBase = layout.hasPeriods ? layout.periodBase : -1;
  const sums = ranks.sums;
  let flaggedTaken = false;

  for (let b = sorted.blockCount - 1; b >= 0; b--) {
    const x = blockValue[b] as number;
    if (!flaggedTaken && x < threshold) {
      snapshotFlagged(ranks);
      flaggedTaken = true;
    }
    const end = blockStart[b + 1] as number;
    let refRows = 0;
    let curRows = 0;
    let nt = 0;
    for (let j = blockStart[b] as number; j < end; j++) {
      const t = ((timeWord[j] as number) >>> tf.shift) & tf.mask;
      let window = -1;
      let period = -1;
      if (t !== 0) {
        window = ((t - 1) / 3) | 0;
        period = t - 1 - window * 3;
        if (period === PERIOD_REFERENCE) refRows++;
        else if (period === PERIOD_CURRENT) curRows++;
      }
      const y = ((labelWord[j] as number) >>> lf.shift) & lf.mask;
      if (y === LABEL_MISSING) continue;
      const offset = y === LABEL_POSITIVE ? 0 : 1;
      nt = countRow(blockCounts, touched, nt, 0, offset);
      for (let a = 0; a < attributeCount; a++) {
        const v =
          (((attributeWords[a] as Uint32Array)[j] as number) >>> (attributeShift[a] as number)) &
          (attributeMask[a] as number);
        if (v !== 0) nt = countRow(blockCounts, touched, nt, (bases[a] as number) + v, offset);
      }
      if (window >= 0) {
        nt = countRow(blockCounts, touched, nt, windowBase + window, offset);
        if (periodBase >= 0 && period <= PERIOD_CURRENT)
          nt = countRow(blockCounts, touched, nt, periodBase + period, offset);
      }
    }
    let logit = NaN;
    for (let k = 0; k < nt; k++) {
      const slot = touched[k] as number;
      const p = blockCounts[2 * slot] as number;
      const q = blockCounts[2 * slot + 1] as number;
      blockCounts[2 * slot] = 0;
      blockCounts[2 * slot + 1] = 0;
      addTieBlockToRanks(ranks, slot, x, p, q);
      const c = curveIndex[slot] as number;
      if (c >= 0) {
        if (logit !== logit) logit = clippedLogit(x);
        const o = slot * STRIDE;
        addTieBlockToCurves(curves, c, x, logit, p, q, sums[o] as number, sums[o + 1] as number);
      }
    }
    if (scoreValues !== null && refRows + curRows > 0) {
      scoreValues.values[b] = x;
      scoreValues.refCounts[b] = refRows;
      scoreValues.curCounts[b] = curRows;
    }
  }
  if (!flaggedTaken) snapshotFlagged(ranks);
  if (scoreValues !== null) compactScoreValues(scoreValues);
  return { ranks, curves, scoreValues };
}

/**
 * Count a labeled row (offset 0 positive, 1 negative) into a slot's block counts and append the
 * slot to the touched list when it was empty; branch-free (the list grows by (was == 0)).
 */
function countRow(
  blockCounts: Int32Array,
  touched: Int32Array,
  nt: number,
  slot: number,
  offset: number,
): number {
  const at = 2 * slot;
  const before = (blockCounts[at] as number) + (blockCounts[at + 1] as number);
  blockCounts[at + offset] = (blockCounts[at + offset] as number) + 1;
  touched[nt] = slot;
  return nt + ((before - 1) >>> 31);
}

function allocateScoreValues(blockCount: number): ValueCounts {
  return {
    values: new Float64Array(blockCount),
    refCounts: new Float64Array(blockCount),
    curCounts: new Float64Array(blockCount),
    length: blockCount,
    refTotal: 0,
    curTotal: 0,
  };
}

/** Drop blocks with no reference/current rows (filled by block index) and total the counts. */
function compactScoreValues(vc: ValueCounts): void {
  let out = 0;
  for (let i = 0; i < vc.length; i++) {
    const r = vc.refCounts[i] as number;
    const c = vc.curCounts[i] as number;
    if (r + c === 0) continue;
    vc.values[out] = vc.values[i] as number;
    vc.refCounts[out] = r;
    vc.curCounts[out] = c;
    vc.refTotal += r;
    vc.curTotal += c;
    out++;
  }
  vc.length = out;
}
