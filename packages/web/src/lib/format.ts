const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function formatDateTime(iso: string | null | undefined, fallback = '—'): string {
  return iso ? dateTime.format(new Date(iso)) : fallback;
}

export function formatDate(iso: string | null | undefined, fallback = '—'): string {
  return iso ? dateOnly.format(new Date(iso)) : fallback;
}

export function formatTime(iso: string): string {
  return timeOnly.format(new Date(iso));
}

/** A value from the audit trail, short enough for a table cell. */
export function formatValue(value: unknown, maxLength = 60): string {
  if (value === undefined || value === null) return '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
