import type { CalendarWindow } from '../time/calendar-windows';
import type { PredictionColumns } from './prediction-columns';
import { NO_TIME, PERIOD_CURRENT, PERIOD_NONE, PERIOD_REFERENCE } from './slot-layout';

/** Row-order counts, and each row's window and period packed as timeCode = window·3 + period. */
export interface RowPassResult {
  timeCode: Uint16Array | null;
  rowsWithLabel: number;
  rowsMissingLabel: number;
  rowsMissingScore: number;
  rowsMissingTime: number | null;
  scoredRows: number;
  flaggedScoredRows: number;
  windowRows: Float64Array;
  /** All rows (scored or not) per period: [reference, current]. */
  periodRows: Float64Array;
  /** Labeled positives/negatives: overall, reference, current (curve totals). */
  labeledPos: Float64Array;
  labeledNeg: Float64Array;
}

/**
 * One sequential pass over the rows: populations (scored = finite score; labeled = scored and
 * label ∈ {0,1}), missing counts, rows per window and per period, and each row's timeCode.
 */
export function runRowPass(
  columns: PredictionColumns,
  windows: CalendarWindow[],
  splitMs: number | null,
  threshold: number,
): RowPassResult {
  const { score, label, timeMs, rowCount } = columns;
  const timeCode = timeMs === null ? null : new Uint16Array(rowCount);
  const r: RowPassResult = {
    timeCode,
    rowsWithLabel: 0,
    rowsMissingLabel: 0,
    rowsMissingScore: 0,
    rowsMissingTime: timeMs === null ? null : 0,
    scoredRows: 0,
    flaggedScoredRows: 0,
    windowRows: new Float64Array(windows.length),
    periodRows: new Float64Array(2),
    labeledPos: new Float64Array(3),
    labeledNeg: new Float64Array(3),
  };
  let cached = 0;
  for (let i = 0; i < rowCount; i++) {
    const s = score[i] as number;
    const y = label[i] as number;
    let period = PERIOD_NONE;
    if (timeMs !== null && timeCode !== null) {
      const t = timeMs[i] as number;
      const w = t === t ? findWindow(windows, t, cached) : -1;
      if (w < 0) {
        timeCode[i] = NO_TIME;
        r.rowsMissingTime = (r.rowsMissingTime ?? 0) + 1;
      } else {
        cached = w;
        period = splitMs === null ? PERIOD_NONE : t < splitMs ? PERIOD_REFERENCE : PERIOD_CURRENT;
        timeCode[i] = w * 3 + period;
        r.windowRows[w] = (r.windowRows[w] as number) + 1;
        if (period !== PERIOD_NONE) r.periodRows[period] = (r.periodRows[period] as number) + 1;
      }
    }
    if (y < 0) r.rowsMissingLabel++;
    if (s !== s) {
      r.rowsMissingScore++;
      continue;
    }
    r.scoredRows++;
    if (s >= threshold) r.flaggedScoredRows++;
    if (y < 0) continue;
    r.rowsWithLabel++;
    const totals = y === 1 ? r.labeledPos : r.labeledNeg;
    totals[0] = (totals[0] as number) + 1;
    if (period !== PERIOD_NONE) totals[period + 1] = (totals[period + 1] as number) + 1;
  }
  return r;
}

/** Index of the window holding t (windows ascending, contiguous), trying `hint` first; −1 if none. */
function findWindow(windows: CalendarWindow[], t: number, hint: number): number {
  const h = windows[hint];
  if (h !== undefined && t >= h.startMs && t < h.endMs) return hint;
  let lo = 0;
  let hi = windows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = windows[mid];
    if (w === undefined) return -1;
    if (t < w.startMs) hi = mid - 1;
    else if (t >= w.endMs) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Smallest and largest finite time, or null when there is none. */
export function findTimeRange(timeMs: Float64Array): { minMs: number; maxMs: number } | null {
  let minMs = Infinity;
  let maxMs = -Infinity;
  for (let i = 0; i < timeMs.length; i++) {
    const t = timeMs[i] as number;
    if (t < minMs) minMs = t;
    if (t > maxMs) maxMs = t;
  }
  return minMs <= maxMs ? { minMs, maxMs } : null;
}
