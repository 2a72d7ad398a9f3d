import { describe, expect, it } from 'vitest';
import {
  type IcsEvent,
  buildCalendar,
  escapeIcsText,
  foldIcsLine,
  icsUtc,
} from './governance-committee.ics';

const event: IcsEvent = {
  uid: '7d5c7d2e-1111-4222-8333-944455556666@vigil',
  sequence: 2,
  start: '2026-03-05T16:00:00.000Z',
  end: '2026-03-05T17:30:00.000Z',
  summary: 'AI governance committee',
  location: 'Board room 2, 4th floor',
  description: 'Agenda:\n1. Sepsis predictor; round 2',
  status: 'CONFIRMED',
  lastModified: '2026-03-01T08:15:30.000Z',
};

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeIcsText('a\\b; c, d\r\ne\nf\rg')).toBe('a\\\\b\\; c\\, d\\ne\\nf\\ng');
  });

  it('leaves a colon and quotes as they are', () => {
    expect(escapeIcsText('Room: "B"')).toBe('Room: "B"');
  });
});

describe('iCalendar line folding', () => {
  it('keeps a line of 75 octets whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;
    expect(foldIcsLine(line)).toBe(line);
  });

  it('folds longer lines at 75 octets, continuing with one space', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'y'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBe(3);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(
      `DESCRIPTION:${'y'.repeat(200)}`,
    );
  });

  it('never splits a multi-byte character across lines', () => {
    const text = `LOCATION:${'é'.repeat(50)}${'🩺'.repeat(10)}`;
    const lines = foldIcsLine(text).split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines.some((l) => l.includes('\uFFFD'))).toBe(false);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(text);
  });
});

describe('iCalendar times', () => {
  it('writes instants in UTC basic format', () => {
    expect(icsUtc('2026-03-05T16:00:00.000Z')).toBe('20260305T160000Z');
    expect(icsUtc('2026-03-05T11:00:00-05:00')).toBe('20260305T160000Z');
  });
});

describe('iCalendar calendar', () => {
  const ics = buildCalendar({
    name: 'AI governance committee',
    events: [event, { ...event, uid: 'cancelled@vigil', status: 'CANCELLED' }],
    stamp: '2026-03-02T09:00:00.000Z',
  });
  const lines = ics.split('\r\n');

  it('ends every line with CRLF and wraps events in one VCALENDAR', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((l) => l.startsWith('PRODID:'))).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });

  it('writes each event with UID, DTSTAMP, UTC times, escaped text and status', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'UID:7d5c7d2e-1111-4222-8333-944455556666@vigil',
        'DTSTAMP:20260302T090000Z',
        'SEQUENCE:2',
        'DTSTART:20260305T160000Z',
        'DTEND:20260305T173000Z',
        'SUMMARY:AI governance committee',
        'LOCATION:Board room 2\\, 4th floor',
        'DESCRIPTION:Agenda:\\n1. Sepsis predictor\\; round 2',
        'STATUS:CONFIRMED',
        'STATUS:CANCELLED',
        'LAST-MODIFIED:20260301T081530Z',
      ]),
    );
  });

  it('keeps every physical line within 75 octets', () => {
    const long = buildCalendar({
      name: 'Committee',
      events: [{ ...event, description: 'Ärztliche Prüfung, '.repeat(30) }],
      stamp: '2026-03-02T09:00:00.000Z',
    });
    expect(long.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
  });
});
