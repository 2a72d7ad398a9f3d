import { fitLogisticRecalibration } from '../calibration/logistic-recalibration';
import { RELIABILITY_BINS } from '../calibration/reliability-accumulator';
import type { WeightedPoints } from '../calibration/weighted-points';
import { STRIDE } from '../classification/rank-accumulator';
import type { CurveSampler } from '../classification/curve-points';
import { isShared, type SortedRows } from '../order/score-order';
import type { PayloadLayout } from './row-payload';
import type { CurveCollector } from './curve-collector';
import { curveSlots, type SlotLayout } from './slot-layout';
import {
  type CurveTotals,
  runTieBlockPass,
  type TieBlockPassResult,
  type TiePassShare,
  WHOLE_PASS,
} from './tie-block-pass';

/** What another thread needs to run its share of the tie-block pass. */
export interface TiePassJob {
  sorted: SortedRows;
  layout: SlotLayout;
  payloadLayout: PayloadLayout;
  totals: CurveTotals;
  threshold: number;
  share: TiePassShare;
  /** Also fit the recalibration of the share's curves (probability scores only). */
  fitCalibration: boolean;
}

/**
 * Starts a share of the pass on another thread and returns the function that waits for it
 * (undefined: the job failed, and the report runs that share itself); null when it cannot start.
 */
export type TiePassHelper = (job: TiePassJob) => (() => TieBlockPassResult | undefined) | null;

/**
 * Runs a share of the pass, what a helper's thread calls; the recalibration fits of the share's
 * curves are made here too, so that each thread fits the curves it counted.
 */
export function runTiePassJob(job: TiePassJob): TieBlockPassResult {
  const pass = runTieBlockPass(
    job.sorted,
    job.layout,
    job.payloadLayout,
    job.totals,
    job.threshold,
    job.share,
  );
  if (job.fitCalibration) fitSharedCurves(pass.curves, job);
  return pass;
}

/** Fits each curve of the share that has both labels (the others get no calibration). */
function fitSharedCurves(curves: CurveCollector, job: TiePassJob): void {
  curveSlots(job.layout).forEach((slot, c) => {
    const hasBoth =
      (job.totals.labeledPos[c] as number) > 0 && (job.totals.labeledNeg[c] as number) > 0;
    if (hasBoth && ownsSlot(job.share, job.layout, slot))
      curves.fits[c] = fitLogisticRecalibration(curves.points[c] as WeightedPoints);
  });
}

/**
 * The tie-block pass, on two threads when a helper is given and the sorted rows are in shared
 * memory: this thread counts the overall population and the first attributes while the helper's
 * counts the rest; the merged result is the one-thread result.
 */
export function runTiePassSharing(
  job: Omit<TiePassJob, 'share'>,
  helper: TiePassHelper | undefined,
): TieBlockPassResult {
  const whole = (): TieBlockPassResult => runTiePassJob({ ...job, share: WHOLE_PASS });
  if (helper === undefined || !isShared(job.sorted)) return whole();
  const [mine, theirs] = splitTiePass(job.layout.attributeBase.length);
  const totals = { labeledPos: job.totals.labeledPos, labeledNeg: job.totals.labeledNeg };
  const awaitOther = helper({ ...job, totals, share: theirs });
  if (awaitOther === null) return whole();
  const own = runTiePassJob({ ...job, share: mine });
  const other = awaitOther() ?? runTiePassJob({ ...job, share: theirs });
  return mergeTiePasses(own, other, theirs, job.layout);
}

/**
 * Completes `mine` with the populations another thread counted under `theirs` (the rest of the
 * shares): their slots' sums, their curves and, with the time populations, the score's values.
 */
export function mergeTiePasses(
  mine: TieBlockPassResult,
  other: TieBlockPassResult,
  theirs: TiePassShare,
  layout: SlotLayout,
): TieBlockPassResult {
  for (const slot of slotsOf(theirs, layout)) {
    const at = slot * STRIDE;
    mine.ranks.sums.set(other.ranks.sums.subarray(at, at + STRIDE), at);
  }
  const curves = curveSlots(layout);
  curves.forEach((slot, c) => {
    if (!ownsSlot(theirs, layout, slot)) return;
    const bins = [c * RELIABILITY_BINS, (c + 1) * RELIABILITY_BINS] as const;
    const { reliability } = mine.curves;
    reliability.binCount.set(other.curves.reliability.binCount.subarray(...bins), bins[0]);
    reliability.binSumScore.set(other.curves.reliability.binSumScore.subarray(...bins), bins[0]);
    reliability.binSumLabel.set(other.curves.reliability.binSumLabel.subarray(...bins), bins[0]);
    mine.curves.points[c] = other.curves.points[c] as WeightedPoints;
    mine.curves.samplers[c] = other.curves.samplers[c] as CurveSampler;
    mine.curves.fits[c] = other.curves.fits[c];
  });
  return { ...mine, scoreValues: theirs.time ? other.scoreValues : mine.scoreValues };
}

/** The slots a share counts. */
function slotsOf(share: TiePassShare, layout: SlotLayout): number[] {
  return Array.from({ length: layout.slotCount }, (_, slot) => slot).filter((slot) =>
    ownsSlot(share, layout, slot),
  );
}

function ownsSlot(share: TiePassShare, layout: SlotLayout, slot: number): boolean {
  if (slot === 0) return share.overall;
  if (slot >= layout.windowBase) return share.time;
  const attribute = layout.attributeBase.findLastIndex((base) => base <= slot);
  return attribute >= share.attributes[0] && attribute < share.attributes[1];
}

/**
 * Two shares of about equal work: the overall population and the first attributes, and the other
 * attributes with the windows and periods (whose curves make them the heavier kind).
 */
export function splitTiePass(attributeCount: number): [TiePassShare, TiePassShare] {
  const split = Math.ceil((attributeCount + 1) / 2);
  return [
    { overall: true, attributes: [0, split], time: false },
    { overall: false, attributes: [split, attributeCount], time: true },
  ];
}
