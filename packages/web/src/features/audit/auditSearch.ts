import type { AuditFilter } from '@vigil/contracts';

/** The filter as typed in the form and kept in the URL; dates are local calendar days. */
export interface AuditFilterForm {
  entityType: string;
  entityId: string;
  actor: string;
  action: string;
  fromDate: string;
  toDate: string;
}

const fields = ['entityType', 'entityId', 'actor', 'action', 'fromDate', 'toDate'] as const;

export function readFilterForm(params: URLSearchParams): AuditFilterForm {
  const get = (key: string) => params.get(key) ?? '';
  return {
    entityType: get('entityType'),
    entityId: get('entityId'),
    actor: get('actor'),
    action: get('action'),
    fromDate: get('from'),
    toDate: get('to'),
  };
}

export function writeFilterForm(form: AuditFilterForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = form[field].trim();
    if (!value) continue;
    params.set(field === 'fromDate' ? 'from' : field === 'toDate' ? 'to' : field, value);
  }
  return params;
}

function dayBoundary(day: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  // A day picked in the browser means that day in the user's time zone, not in UTC.
  const local = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00.000'}`);
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

/** The API filter for a form: blanks dropped, the "to" day included to its last millisecond. */
export function toAuditFilter(form: AuditFilterForm): AuditFilter {
  const text = (value: string) => value.trim() || undefined;
  return {
    entityType: text(form.entityType),
    entityId: text(form.entityId),
    actor: text(form.actor),
    action: text(form.action),
    from: dayBoundary(form.fromDate, false),
    to: dayBoundary(form.toDate, true),
  };
}
