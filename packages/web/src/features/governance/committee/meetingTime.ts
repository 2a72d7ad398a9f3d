const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of a `datetime-local` input, in the browser's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as an ISO instant; empty when it is not a time. */
export function fromLocalInput(value: string): string {
  const d = new Date(value);
  return value === '' || Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

/** The next Thursday (today if it is Thursday before the hour) at a local hour. */
export function nextThursdayAt(now: Date, hour: number, minute = 0): Date {
  const d = new Date(now);
  d.setHours(hour, minute, 0, 0);
  const ahead = (4 - d.getDay() + 7) % 7;
  d.setDate(d.getDate() + ahead);
  if (d <= now) d.setDate(d.getDate() + 7);
  return d;
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "Thu, 5 Mar 2026, 16:00–17:30" in the browser's time zone. */
export function formatMeetingWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = start.toDateString() === end.toDateString();
  return sameDay
    ? `${dayFormat.format(start)}, ${timeFormat.format(start)}–${timeFormat.format(end)}`
    : `${dayFormat.format(start)}, ${timeFormat.format(start)} – ${dayFormat.format(end)}, ${timeFormat.format(end)}`;
}
