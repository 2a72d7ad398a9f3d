import type { WindowGranularity } from '../monitoring/report-options';
import { civilFromDays, daysFromCivil, MS_PER_DAY, padNumber } from './civil-date';

export interface CalendarWindow {
  label: string;
  startMs: number;
  endMs: number;
}

/** Start (epoch ms, UTC) of the calendar window holding `ms`: month, quarter, or ISO week (Monday). */
export function windowStartMs(ms: number, granularity: WindowGranularity): number {
  const days = Math.floor(ms / MS_PER_DAY);
  if (granularity === 'week') {
    const weekday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
    return (days - weekday) * MS_PER_DAY;
  }
  const { year, month } = civilFromDays(days);
  const firstMonth = granularity === 'quarter' ? month - ((month - 1) % 3) : month;
  return daysFromCivil(year, firstMonth, 1) * MS_PER_DAY;
}

/** Start of the window after the one starting at `startMs`. */
export function nextWindowStartMs(startMs: number, granularity: WindowGranularity): number {
  const days = Math.floor(startMs / MS_PER_DAY);
  if (granularity === 'week') return (days + 7) * MS_PER_DAY;
  const { year, month } = civilFromDays(days);
  const step = granularity === 'quarter' ? 3 : 1;
  const next = month - 1 + step;
  return daysFromCivil(year + Math.floor(next / 12), (next % 12) + 1, 1) * MS_PER_DAY;
}

/** Label of the window starting at `startMs`: '2024-03', '2024-Q1', or ISO week '2024-W09'. */
export function windowLabel(startMs: number, granularity: WindowGranularity): string {
  const days = Math.floor(startMs / MS_PER_DAY);
  const { year, month } = civilFromDays(days);
  if (granularity === 'month') return `${padNumber(year, 4)}-${padNumber(month, 2)}`;
  if (granularity === 'quarter') return `${padNumber(year, 4)}-Q${(month - 1) / 3 + 1}`;
  const thursday = civilFromDays(days + 3); // ISO week-year = year of the week's Thursday
  const week1Monday = isoWeekOneMonday(thursday.year);
  return `${padNumber(thursday.year, 4)}-W${padNumber((days - week1Monday) / 7 + 1, 2)}`;
}

function isoWeekOneMonday(isoYear: number): number {
  const jan4 = daysFromCivil(isoYear, 1, 4);
  const weekday = (((jan4 + 3) % 7) + 7) % 7;
  return jan4 - weekday;
}

/**
 * Every calendar window from the one holding `minMs` to the one holding `maxMs`, in order.
 * Edge case: more than `maxWindows` windows → null (caller leaves windows out with a reason).
 */
export function enumerateWindows(
  minMs: number,
  maxMs: number,
  granularity: WindowGranularity,
  maxWindows: number,
): CalendarWindow[] | null {
  const windows: CalendarWindow[] = [];
  let start = windowStartMs(minMs, granularity);
  while (start <= maxMs) {
    if (windows.length >= maxWindows) return null;
    const end = nextWindowStartMs(start, granularity);
    windows.push({ label: windowLabel(start, granularity), startMs: start, endMs: end });
    start = end;
  }
  return windows;
}
