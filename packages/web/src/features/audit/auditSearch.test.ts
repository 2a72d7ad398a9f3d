import { describe, expect, it } from 'vitest';
import {
  readFilterForm,
  toAuditFilter,
  writeFilterForm,
  type AuditFilterForm,
} from './auditSearch';

const blank: AuditFilterForm = {
  entityType: '',
  entityId: '',
  actor: '',
  action: '',
  fromDate: '',
  toDate: '',
};

describe('audit filters', () => {
  it('drops blank fields from the API filter', () => {
    expect(toAuditFilter({ ...blank, action: ' user.created ' })).toEqual({
      entityType: undefined,
      entityId: undefined,
      actor: undefined,
      action: 'user.created',
      from: undefined,
      to: undefined,
    });
  });

  it('includes the whole "to" day', () => {
    const filter = toAuditFilter({ ...blank, fromDate: '2026-01-01', toDate: '2026-03-31' });
    expect(new Date(filter.from ?? '').getTime()).toBe(new Date('2026-01-01T00:00:00').getTime());
    expect(new Date(filter.to ?? '').getTime()).toBe(new Date('2026-03-31T23:59:59.999').getTime());
  });

  it('ignores a date that is not a calendar day', () => {
    expect(toAuditFilter({ ...blank, fromDate: 'yesterday' }).from).toBeUndefined();
  });

  it('round-trips the form through the address', () => {
    const form = { ...blank, entityType: 'user', fromDate: '2026-01-01' };
    const params = writeFilterForm(form);
    expect(params.toString()).toBe('entityType=user&from=2026-01-01');
    expect(readFilterForm(params)).toEqual(form);
  });
});
