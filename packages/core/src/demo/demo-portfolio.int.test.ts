import {
  aiSystemCategories,
  aiSystemKinds,
  lifecycleStates,
  portfolioListQuery,
} from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAiSystems } from '../portfolio/index';
import { seedDemoInstitution } from './demo-seed';

describe.each(await dialectsUnderTest())('Example Health’s demo portfolio on %s', (dialect) => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    await seedDemoInstitution(core);
  });
  afterAll(async () => {
    await core.close();
  });

  const all = async () =>
    (await listAiSystems(core, portfolioListQuery.parse({ pageSize: 200 }))).items;

  it('covers every kind, category and lifecycle state', async () => {
    const systems = await all();
    expect(systems.length).toBeGreaterThanOrEqual(30);
    expect(new Set(systems.map((s) => s.kind))).toEqual(new Set(aiSystemKinds));
    expect(new Set(systems.map((s) => s.category))).toEqual(new Set(aiSystemCategories));
    expect(new Set(systems.map((s) => s.lifecycleState))).toEqual(new Set(lifecycleStates));
  });

  it('names real demo users as owners and a number for every cleared device', async () => {
    const systems = await all();
    expect(
      systems.filter((s) => s.clinicalOwnerId !== null).every((s) => s.clinicalOwnerName !== null),
    ).toBe(true);
    expect(systems.find((s) => s.developer === 'Aidoc')).toMatchObject({
      fdaClearanceNumber: 'K241727',
      clinicalOwnerName: 'Dr. Miguel Santos',
    });
    const cleared = systems.filter(
      (s) => s.fdaStatus === 'cleared_510k' || s.fdaStatus === 'de_novo',
    );
    expect(cleared.every((s) => s.fdaClearanceNumber !== null)).toBe(true);
  });

  it('finds the sepsis systems by search', async () => {
    const found = await listAiSystems(core, portfolioListQuery.parse({ q: 'sepsis' }));
    expect(found.items.map((s) => s.name)).toContain('Sepsis early warning (vendor)');
  });
});
