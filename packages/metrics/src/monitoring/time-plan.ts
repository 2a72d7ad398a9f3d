import { enumerateWindows, type CalendarWindow } from '../time/calendar-windows';
import type { PredictionColumns } from './prediction-columns';
import type { ReportOptions } from './report-options';
import type { ReportConfig, ReportInput, ReportSection } from './report.types';
import { findTimeRange } from './row-pass';

/** Upper bound on calendar windows (timeCode packs window·3 + period into 16 bits). */
const MAX_WINDOWS = 20_000;

/** The calendar windows, the split into reference and current periods, and what is left out. */
export interface TimePlan {
  windows: CalendarWindow[];
  hasWindows: boolean;
  hasPeriods: boolean;
  splitMs: number | null;
  splitSource: ReportConfig['split_source'];
  leftOut: ReportInput['left_out'];
}

/** Windows over the log's time range and the reference/current split the options ask for. */
export function planTime(columns: PredictionColumns, options: ReportOptions): TimePlan {
  const leftOut: ReportInput['left_out'] = [];
  const leave = (sections: ReportSection[], reason: string): void =>
    sections.forEach((section) => leftOut.push({ section, reason }));
  if (columns.timeMs === null) {
    leave(
      ['time_windows', 'periods', 'drift'],
      'no time column: windows, periods and drift need the prediction time',
    );
    return withoutTime(leftOut);
  }
  const range = findTimeRange(columns.timeMs);
  if (range === null) {
    leave(['time_windows', 'periods', 'drift'], 'no row has a valid time');
    return withoutTime(leftOut);
  }
  let windows = enumerateWindows(range.minMs, range.maxMs, options.window, MAX_WINDOWS);
  const hasWindows = windows !== null;
  if (windows === null) {
    leave(
      ['time_windows'],
      `the time range spans more than ${MAX_WINDOWS} ${options.window} windows`,
    );
    windows = [{ label: 'all', startMs: range.minMs, endMs: range.maxMs + 1 }];
  }
  const split = chooseSplit(options, hasWindows ? windows : []);
  if (split.splitMs === null) {
    leave(
      ['periods', 'drift'],
      'no split time, and fewer than two windows to compare: reference and current periods are not defined',
    );
  }
  return { windows, hasWindows, hasPeriods: split.splitMs !== null, leftOut, ...split };
}

function withoutTime(leftOut: ReportInput['left_out']): TimePlan {
  const none = { windows: [], hasWindows: false, hasPeriods: false };
  return { ...none, splitMs: null, splitSource: null, leftOut };
}

/** The explicit split, else the start of the latest window when there is history before it. */
function chooseSplit(
  options: ReportOptions,
  windows: readonly { startMs: number }[],
): Pick<TimePlan, 'splitMs' | 'splitSource'> {
  if (options.splitMs !== null) return { splitMs: options.splitMs, splitSource: 'explicit' };
  const latest = windows.at(-1);
  if (options.splitLatestWindow && windows.length >= 2 && latest)
    return { splitMs: latest.startMs, splitSource: 'latest_window' };
  return { splitMs: null, splitSource: null };
}
