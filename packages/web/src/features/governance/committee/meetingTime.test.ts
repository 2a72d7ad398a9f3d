import { describe, expect, it } from 'vitest';
import { fromLocalInput, nextThursdayAt, toLocalInput } from './meetingTime';

describe('meeting times in forms', () => {
  it('round-trips a local input value through an ISO instant', () => {
    const iso = fromLocalInput('2026-03-05T16:00');
    expect(toLocalInput(iso)).toBe('2026-03-05T16:00');
  });

  it('gives an empty value for text that is not a time', () => {
    expect(fromLocalInput('')).toBe('');
    expect(fromLocalInput('soon')).toBe('');
  });

  it('finds the coming Thursday, or the next one once the hour has passed', () => {
    const monday = new Date(2026, 2, 2, 9, 0);
    expect(nextThursdayAt(monday, 16).getDate()).toBe(5);
    const thursdayEvening = new Date(2026, 2, 5, 18, 0);
    expect(nextThursdayAt(thursdayEvening, 16).getDate()).toBe(12);
  });
});
