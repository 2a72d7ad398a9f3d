import { computePsi } from '../drift/psi';
import type { SortedRows } from '../order/score-order';
import type { CalendarWindow } from '../time/calendar-windows';
import { buildPerformanceBlock } from './performance-block';
import type { ReportOptions } from './report-options';
import type { NumericDrift, TimeWindows, WindowBlock } from './report.types';
import type { RowPassResult } from './row-pass';
import type { SlotLayout } from './slot-layout';
import type { PayloadField } from './row-payload';
import type { TieBlockPassResult } from './tie-block-pass';

const GRANULARITY: Record<ReportOptions['window'], string> = {
  month: 'calendar month (UTC)',
  week: 'ISO week, Monday start (UTC)',
  quarter: 'calendar quarter (UTC)',
};

/**
 * Per calendar window with at least one row: the performance block and the score PSI of the
 * window against the reference period's decile bins (null without a reference period).
 */
export function buildTimeWindows(
  sorted: SortedRows,
  timeField: PayloadField,
  windows: CalendarWindow[],
  layout: SlotLayout,
  rows: RowPassResult,
  pass: TieBlockPassResult,
  scoreDrift: NumericDrift | null,
  options: ReportOptions,
): TimeWindows {
  const psiByWindow =
    scoreDrift === null ? null : windowScorePsi(sorted, timeField, windows.length, scoreDrift);
  const out: WindowBlock[] = [];
  windows.forEach((w, i) => {
    const nRows = rows.windowRows[i] ?? 0;
    if (nRows === 0) return;
    const block = buildPerformanceBlock(
      pass,
      layout.windowBase + i,
      options.scoreKind,
      options.threshold,
    );
    const psi = psiByWindow === null ? null : (psiByWindow[i] ?? null);
    if (psi === null) {
      block.null_reasons['score_psi_vs_reference'] =
        psiByWindow === null
          ? 'no reference period (no split time)'
          : 'no scored rows in the window or the reference';
    }
    out.push({
      ...block,
      window: w.label,
      start_ms: w.startMs,
      end_ms: w.endMs,
      n_rows: nRows,
      score_psi_vs_reference: psi,
    });
  });
  return { granularity: GRANULARITY[options.window], windows: out };
}

function windowScorePsi(
  sorted: SortedRows,
  timeField: PayloadField,
  windowCount: number,
  scoreDrift: NumericDrift,
): (number | null)[] {
  const edges = scoreDrift.bin_edges;
  const binCount = edges.length + 1;
  const counts = new Float64Array(windowCount * binCount);
  const timeWord = sorted.payload[timeField.word] as Uint32Array;
  const { shift, mask } = timeField;
  let bin = 0;
  for (let b = 0; b < sorted.blockCount; b++) {
    const x = sorted.blockValue[b] as number;
    while (bin < edges.length && (edges[bin] as number) <= x) bin++;
    const end = sorted.blockStart[b + 1] as number;
    for (let j = sorted.blockStart[b] as number; j < end; j++) {
      const t = ((timeWord[j] as number) >>> shift) & mask;
      if (t === 0) continue;
      const at = (((t - 1) / 3) | 0) * binCount + bin;
      counts[at] = (counts[at] as number) + 1;
    }
  }
  const out: (number | null)[] = [];
  for (let w = 0; w < windowCount; w++) {
    const cur = Array.from(counts.subarray(w * binCount, (w + 1) * binCount));
    const total = cur.reduce((a, c) => a + c, 0);
    out.push(computePsi(scoreDrift.ref_counts, cur, scoreDrift.n_ref, total));
  }
  return out;
}
