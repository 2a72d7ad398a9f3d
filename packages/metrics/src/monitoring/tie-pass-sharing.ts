import { isShared, type SortedRows } from '../order/score-order';
import type { PayloadLayout } from './row-payload';
import type { SlotLayout } from './slot-layout';
import {
  type CurveTotals,
  mergeTiePasses,
  runTieBlockPass,
  splitTiePass,
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
}

/**
 * Starts a share of the pass on another thread and returns the function that waits for it
 * (undefined: the job failed, and the report runs that share itself); null when it cannot start.
 */
export type TiePassHelper = (job: TiePassJob) => (() => TieBlockPassResult | undefined) | null;

/** Runs a share of the pass that another thread took; what a helper's thread calls. */
export function runTiePassJob(job: TiePassJob): TieBlockPassResult {
  return runTieBlockPass(
    job.sorted,
    job.layout,
    job.payloadLayout,
    job.totals,
    job.threshold,
    job.share,
  );
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
