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
  BLOCK_LOGIT,
  BLOCK_SCORE,
  clippedLogit,
  createCurveCollector,
  type CurveCollector,
} from './curve-collector';
import { LABEL_MISSING, LABEL_POSITIVE, type PayloadLayout } from './row-payload';
import type { RowPassResult } from './row-pass';
import { curveSlots, PERIOD_CURRENT, PERIOD_REFERENCE, type SlotLayout } from './slot-layout';

/**
 * Which populations a tie-block pass counts, so that two threads can each walk the score order
 * for part of them. Populations outside the share stay zero (tie-pass-sharing.ts merges two shares).
 */
export interface TiePassShare {
  overall: boolean;
  /** Categorical columns [from, to) whose levels are counted. */
  attributes: readonly [number, number];
  /** Windows and periods, with the period curves and the score's period value counts. */
  time: boolean;
}

export const WHOLE_PASS: TiePassShare = {
  overall: true,
  attributes: [0, Number.POSITIVE_INFINITY],
  time: true,
};

/** Label totals per curve population (overall, reference, current): the row pass's. */
export type CurveTotals = Pick<RowPassResult, 'labeledPos' | 'labeledNeg'>;

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
  rows: CurveTotals,
  threshold: number,
  share: TiePassShare = WHOLE_PASS,
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
    sorted.blockCount,
  );
  const scoreValues =
    layout.hasPeriods && share.time ? allocateScoreValues(sorted.blockCount) : null;
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
  const attributeFrom = Math.min(share.attributes[0], attributeWords.length);
  const attributeTo = Math.min(share.attributes[1], attributeWords.length);
  const { overall: countOverall, time: countTime } = share;
  const timeShift = tf.shift;
  const timeMask = tf.mask;
  const { periodOfCode, windowSlotOfCode, periodSlotOfCode } = timeCodeTables(layout, timeMask);
  const sums = ranks.sums;
  const block = new Float64Array(2);
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
      const t = ((timeWord[j] as number) >>> timeShift) & timeMask;
      const period = periodOfCode[t] as number;
      refRows += period === PERIOD_REFERENCE ? 1 : 0;
      curRows += period === PERIOD_CURRENT ? 1 : 0;
      const y = ((labelWord[j] as number) >>> lf.shift) & lf.mask;
      if (y === LABEL_MISSING) continue;
      const offset = y === LABEL_POSITIVE ? 0 : 1;
      if (countOverall) nt = countRow(blockCounts, touched, nt, 0, offset);
      for (let a = attributeFrom; a < attributeTo; a++) {
        const v =
          (((attributeWords[a] as Uint32Array)[j] as number) >>> (attributeShift[a] as number)) &
          (attributeMask[a] as number);
        if (v !== 0) nt = countRow(blockCounts, touched, nt, (bases[a] as number) + v, offset);
      }
      if (countTime && t !== 0) {
        nt = countRow(blockCounts, touched, nt, windowSlotOfCode[t] as number, offset);
        const periodSlot = periodSlotOfCode[t] as number;
        if (periodSlot >= 0) nt = countRow(blockCounts, touched, nt, periodSlot, offset);
      }
    }
    let hasLogit = false;
    for (let k = 0; k < nt; k++) {
      const slot = touched[k] as number;
      const p = blockCounts[2 * slot] as number;
      const q = blockCounts[2 * slot + 1] as number;
      blockCounts[2 * slot] = 0;
      blockCounts[2 * slot + 1] = 0;
      addTieBlockToRanks(ranks, slot, x, p, q);
      const c = curveIndex[slot] as number;
      if (c >= 0) {
        if (!hasLogit) {
          block[BLOCK_SCORE] = x;
          block[BLOCK_LOGIT] = clippedLogit(x);
          hasLogit = true;
        }
        addTieBlockToCurves(curves, c, block, p, q, sums, slot * STRIDE);
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

interface TimeCodeTables {
  /** Period of payload time code t (timeCode + 1; 0 = no time), −1 when none. */
  periodOfCode: Int8Array;
  /** Window slot of time code t (unused for t = 0). */
  windowSlotOfCode: Int32Array;
  /** Period slot of time code t, −1 when the row is in no period. */
  periodSlotOfCode: Int32Array;
}

/**
 * Decode every possible payload time code once, so the per-row loop does table loads instead of
 * a division by 3 (window = ⌊(t−1)/3⌋, period = (t−1) mod 3).
 */
function timeCodeTables(layout: SlotLayout, timeMask: number): TimeCodeTables {
  const size = timeMask + 1;
  const periodOfCode = new Int8Array(size).fill(-1);
  const windowSlotOfCode = new Int32Array(size);
  const periodSlotOfCode = new Int32Array(size).fill(-1);
  for (let t = 1; t < size; t++) {
    const window = Math.floor((t - 1) / 3);
    const period = t - 1 - window * 3;
    periodOfCode[t] = period;
    windowSlotOfCode[t] = layout.windowBase + window;
    if (layout.hasPeriods && period <= PERIOD_CURRENT)
      periodSlotOfCode[t] = layout.periodBase + period;
  }
  return { periodOfCode, windowSlotOfCode, periodSlotOfCode };
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
