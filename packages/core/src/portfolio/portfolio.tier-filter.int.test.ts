import { aiSystemCreateInput, portfolioListQuery, tieringSaveInput } from '@vigil/contracts';
import { type TestCore, createTestCore, dialectsUnderTest, makeUser } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import type { Actor } from '../deps';
import { tierSystem } from '../governance-intake/index';
import { moderateTierAnswers } from '../governance-intake/tiering.testing';
import { createAiSystem, listAiSystems } from './index';

describe.each(await dialectsUnderTest())('the portfolio filtered by risk tier on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;

  beforeEach(async () => {
    core = await createTestCore(dialect);
    const user = await makeUser(core, { roles: ['caio'] });
    caio = { userId: user.id, label: user.email, roles: ['caio'], requestId: null };
  });
  afterEach(async () => {
    await core.close();
  });

  const register = async (name: string) =>
    (
      await createAiSystem(
        core,
        caio,
        aiSystemCreateInput.parse({
          name,
          developer: 'Example vendor',
          source: 'vendor',
          kind: 'predictive',
          category: 'clinical_decision_support',
        }),
      )
    ).id;

  const tier = async (
    systemId: string,
    at: string,
    previous: string | null,
    override: { tier: 'high' | 'low'; justification: string } | null = null,
  ) =>
    (
      await tierSystem(
        { ...core, clock: fixedClock(new Date(at)) },
        caio,
        systemId,
        tieringSaveInput.parse({
          ruleSetVersion: 1,
          previousDeterminationId: previous,
          answers: moderateTierAnswers,
          override,
        }),
      )
    ).id;

  const names = async (filter: Record<string, string>) =>
    (await listAiSystems(core, portfolioListQuery.parse(filter))).items.map((s) => s.name);

  it('reads the tier in force from the newest tiering, an override winning over the computed tier', async () => {
    const sepsis = await register('Sepsis early warning');
    const noShow = await register('Clinic no-show prediction');
    await register('Never tiered scribe');
    const first = await tier(sepsis, '2026-01-10T09:00:00Z', null);
    await tier(sepsis, '2026-03-02T09:00:00Z', first, {
      tier: 'high',
      justification: 'Used on the ICU as well as the wards since February.',
    });
    await tier(noShow, '2026-02-01T09:00:00Z', null);

    expect(await names({ tier: 'high' })).toEqual(['Sepsis early warning']);
    expect(await names({ tier: 'moderate' })).toEqual(['Clinic no-show prediction']);
    expect(await names({ tier: 'low' })).toEqual([]);
    expect(await names({ tier: 'not_tiered' })).toEqual(['Never tiered scribe']);
    expect(await names({ tier: 'moderate', q: 'sepsis' })).toEqual([]);
  });

  it('refuses an unknown tier at the edge', () => {
    expect(portfolioListQuery.safeParse({ tier: 'critical' }).success).toBe(false);
  });
});
