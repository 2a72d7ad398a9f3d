import { describe, expect, it } from 'vitest';
import { filtersOf, hasFilters, readView, writeView } from './portfolioSearch';

describe('the portfolio view in the address', () => {
  it('reads known filters and drops values the contract would refuse', () => {
    const view = readView(
      new URLSearchParams(
        'q=sepsis&state=deployed&kind=robot&tier=moderate&developer=%20Aidoc%20&order=up',
      ),
    );
    expect(view).toEqual({
      q: 'sepsis',
      state: 'deployed',
      kind: undefined,
      category: undefined,
      fdaStatus: undefined,
      tier: 'moderate',
      department: undefined,
      site: undefined,
      developer: 'Aidoc',
      sort: undefined,
      order: undefined,
    });
  });

  it('drops a risk tier that does not exist', () => {
    expect(readView(new URLSearchParams('tier=critical')).tier).toBeUndefined();
    expect(readView(new URLSearchParams('tier=not_tiered')).tier).toBe('not_tiered');
  });

  it('writes only the set values, so a round trip keeps the view', () => {
    const params = writeView({
      q: 'triage',
      category: 'diagnosis',
      sort: 'updatedAt',
      order: 'desc',
    });
    expect(params.toString()).toBe('q=triage&category=diagnosis&sort=updatedAt&order=desc');
    expect(readView(params)).toMatchObject({
      q: 'triage',
      category: 'diagnosis',
      sort: 'updatedAt',
    });
  });

  it('treats the order alone as no filter', () => {
    expect(hasFilters({ sort: 'name', order: 'asc' })).toBe(false);
    expect(filtersOf({ site: 'Main Campus', sort: 'name' })).toEqual({ site: 'Main Campus' });
  });
});
