import { aiSystemCreateInput, portfolioFacetsQuery } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../deps';
import { createAiSystem, getPortfolioFacets } from './index';

const systems = [
  {
    name: 'Sepsis watch',
    developer: 'Epic Systems',
    kind: 'predictive',
    departments: ['ICU', 'Emergency'],
    sites: ['Main'],
  },
  {
    name: 'Deterioration index',
    developer: 'Epic Systems',
    kind: 'predictive',
    departments: ['ICU'],
    sites: ['Main', 'North'],
  },
  {
    name: 'PE triage',
    developer: 'Aidoc',
    kind: 'imaging',
    category: 'diagnosis',
    departments: ['Radiology'],
    sites: ['North'],
  },
  { name: 'Note scribe', developer: 'OrbDoc', kind: 'generative', category: 'documentation' },
] as const;

describe.each(await dialectsUnderTest())('portfolio facets on %s', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    for (const system of systems) {
      const input = aiSystemCreateInput.parse({
        source: 'vendor',
        category: 'clinical_decision_support',
        ...system,
      });
      await createAiSystem(core, systemActor('test'), input);
    }
  });
  afterAll(async () => {
    await core.close();
  });

  it('counts every system once per value, most frequent first, list fields element by element', async () => {
    const facets = await getPortfolioFacets(core, portfolioFacetsQuery.parse({}));
    expect(facets.total).toBe(4);
    expect(facets.developers).toEqual([
      { value: 'Epic Systems', count: 2 },
      { value: 'Aidoc', count: 1 },
      { value: 'OrbDoc', count: 1 },
    ]);
    expect(facets.departments).toEqual([
      { value: 'ICU', count: 2 },
      { value: 'Emergency', count: 1 },
      { value: 'Radiology', count: 1 },
    ]);
    expect(facets.sites).toEqual([
      { value: 'Main', count: 2 },
      { value: 'North', count: 2 },
    ]);
    expect(facets.states).toEqual([{ value: 'proposed', count: 4 }]);
  });

  it('counts only the systems matching the search and filters', async () => {
    const facets = await getPortfolioFacets(
      core,
      portfolioFacetsQuery.parse({ kind: 'predictive', q: 'sepsis' }),
    );
    expect(facets.total).toBe(1);
    expect(facets.departments.map((d) => d.value)).toEqual(['Emergency', 'ICU']);
  });
});
