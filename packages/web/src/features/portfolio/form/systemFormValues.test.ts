import { aiSystemCreateInput, aiSystemUpdateInput } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { emptySystem, toCreateBody, toUpdateBody } from './systemFormValues';

describe('system form values', () => {
  it('sends blank optional texts as null, which the create contract accepts', () => {
    const body = toCreateBody({
      ...emptySystem,
      name: 'Sepsis watch',
      developer: 'Example Health',
      source: 'in_house',
      kind: 'predictive',
      category: 'clinical_decision_support',
    });
    expect(body.product).toBeNull();
    expect(aiSystemCreateInput.safeParse(body).success).toBe(true);
  });

  it('lets the contract name an unpicked kind instead of sending it', () => {
    const result = aiSystemCreateInput.safeParse(
      toCreateBody({ ...emptySystem, name: 'x', developer: 'y' }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(['source', 'kind', 'category']),
    );
  });

  it('puts only the changed fields and the version in an update', () => {
    const initial = { ...emptySystem, name: 'Old', developer: 'Dev', kind: 'predictive' as const };
    const body = toUpdateBody({ ...initial, name: 'New', tags: ['sepsis'] }, initial, 4);
    expect(body).toEqual({ version: 4, name: 'New', tags: ['sepsis'] });
    expect(aiSystemUpdateInput.safeParse(body).success).toBe(true);
  });
});
