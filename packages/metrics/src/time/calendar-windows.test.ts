import { describe, expect, it } from 'vitest';
import { enumerateWindows, windowLabel, windowStartMs } from './calendar-windows';
import { civilFromDays, daysFromCivil, formatUtcSeconds } from './civil-date';

const utc = (y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number =>
  daysFromCivil(y, m, d) * 86_400_000 + ((hh * 60 + mm) * 60 + ss) * 1000;

describe('civil date arithmetic', () => {
  it.each([
    [1970, 1, 1, 0],
    [2000, 3, 1, 11017],
    [2024, 2, 29, 19782],
    [1969, 12, 31, -1],
  ])('maps %i-%i-%i to day %i and back', (y, m, d, days) => {
    expect(daysFromCivil(y, m, d)).toBe(days);
    expect(civilFromDays(days)).toEqual({ year: y, month: m, day: d });
  });

  it('formats an instant as ISO seconds in UTC', () => {
    expect(formatUtcSeconds(utc(2024, 11, 1))).toBe('2024-11-01T00:00:00Z');
    expect(formatUtcSeconds(utc(2024, 2, 29, 23, 59, 59))).toBe('2024-02-29T23:59:59Z');
  });
});

describe('calendar windows', () => {
  it('puts the last second of a month in that month and midnight in the next', () => {
    expect(windowLabel(windowStartMs(utc(2024, 1, 31, 23, 59, 59), 'month'), 'month')).toBe(
      '2024-01',
    );
    expect(windowLabel(windowStartMs(utc(2024, 2, 1), 'month'), 'month')).toBe('2024-02');
  });

  it('labels quarters and ISO weeks across a year boundary', () => {
    expect(windowLabel(windowStartMs(utc(2024, 5, 15), 'quarter'), 'quarter')).toBe('2024-Q2');
    expect(windowLabel(windowStartMs(utc(2024, 12, 31), 'week'), 'week')).toBe('2025-W01');
    expect(windowStartMs(utc(2024, 12, 31), 'week')).toBe(utc(2024, 12, 30));
    expect(windowLabel(windowStartMs(utc(2021, 1, 3), 'week'), 'week')).toBe('2020-W53');
  });

  it('enumerates contiguous months and refuses too many windows', () => {
    const months = enumerateWindows(utc(2024, 1, 5), utc(2024, 12, 31, 23), 'month', 100) ?? [];
    expect(months.map((w) => w.label)).toHaveLength(12);
    expect(months[11]?.label).toBe('2024-12');
    months.slice(1).forEach((w, i) => expect(w.startMs).toBe(months[i]?.endMs));
    expect(enumerateWindows(utc(2000, 1, 1), utc(2024, 1, 1), 'week', 100)).toBeNull();
  });
});
