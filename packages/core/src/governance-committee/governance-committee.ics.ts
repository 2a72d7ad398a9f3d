// A small iCalendar (RFC 5545) writer: the few properties a meeting needs, escaped and folded.

/** One calendar event. Times are ISO-8601 instants; they are written in UTC. */
export interface IcsEvent {
  uid: string;
  /** Bumped by every change, so calendar apps replace their copy (RFC 5545 §3.8.7.4). */
  sequence: number;
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  status: 'CONFIRMED' | 'CANCELLED';
  lastModified: string;
}

const crlf = '\r\n';
const maxLineOctets = 75;

/** Escapes TEXT values (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (§3.1): each continuation starts with
 * one space. A UTF-8 character is never split across lines.
 */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > maxLineOctets) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(crlf);
}

/** An instant as a UTC DATE-TIME (§3.3.5 form 2): `19980119T070000Z`. */
export function icsUtc(iso: string): string {
  return new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    property('UID', event.uid),
    property('DTSTAMP', icsUtc(stamp)),
    property('SEQUENCE', String(event.sequence)),
    property('DTSTART', icsUtc(event.start)),
    property('DTEND', icsUtc(event.end)),
    property('SUMMARY', escapeIcsText(event.summary)),
    property('LOCATION', escapeIcsText(event.location)),
    property('DESCRIPTION', escapeIcsText(event.description)),
    property('STATUS', event.status),
    property('LAST-MODIFIED', icsUtc(event.lastModified)),
    'END:VEVENT',
  ];
}

/** A whole VCALENDAR object with CRLF line ends, ready to serve as text/calendar. */
export function buildCalendar(options: {
  name: string;
  events: readonly IcsEvent[];
  /** The moment the file is made: every event's DTSTAMP. */
  stamp: string;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Vigil//Governance committee//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeIcsText(options.name)),
    ...options.events.flatMap((e) => eventLines(e, options.stamp)),
    'END:VCALENDAR',
  ];
  return lines.join(crlf) + crlf;
}
