import { intakeStatuses } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/index';
import { systemActor } from '../deps';
import { effectiveTierOf, listIntakes } from '../governance-intake/index';
import { seedDemoGovernanceIntake } from './demo-intake';
import { seedDemoPortfolio } from './demo-portfolio';
import { demoPassword, demoUsers } from './demo-users';

describe.each(await dialectsUnderTest())(
  'Example Health’s intakes and tierings on %s',
  (dialect) => {
    let core: TestCore;
    let determinations: Map<string, string>;
    beforeAll(async () => {
      core = await createTestCore(dialect);
      const actor = systemActor('demo seed');
      for (const user of demoUsers)
        await createUser(core, actor, { ...user, password: demoPassword });
      await seedDemoPortfolio(core, actor);
      determinations = await seedDemoGovernanceIntake(core);
    });
    afterAll(async () => {
      await core.close();
    });

    const intakes = async () => (await listIntakes(core, { page: 1, pageSize: 200 })).items;
    const systemNamed = async (name: string) =>
      core.db
        .selectFrom('ai_systems')
        .select(['id', 'lifecycle_state'])
        .where('name', '=', name)
        .executeTakeFirstOrThrow();

    it('has intakes in every status from several departments over the last weeks', async () => {
      const all = await intakes();
      expect(new Set(all.map((i) => i.status))).toEqual(new Set(intakeStatuses));
      expect(new Set(all.map((i) => i.department)).size).toBeGreaterThanOrEqual(5);
      const ages = all.map(
        (i) => (core.clock.now().getTime() - Date.parse(i.createdAt)) / 86_400_000,
      );
      expect(Math.max(...ages)).toBeGreaterThan(28);
      expect(Math.min(...ages)).toBeLessThan(3);
    });

    it('holds Sam Rivera’s ambient tool report, answered and linked to the unit pilot request', async () => {
      const sam = (await intakes()).find(
        (i) => i.title === 'Free ambient note-taking app on 4 West',
      );
      const system = await systemNamed('Ambient scribe (unit pilot request)');
      expect(sam).toMatchObject({
        submitterLabel: 'Sam Rivera',
        status: 'accepted',
        systemId: system.id,
      });
      const thread = await core.db
        .selectFrom('intake_messages')
        .select(['from_office', 'is_question'])
        .where('intake_id', '=', sam?.id ?? '')
        .orderBy('created_at')
        .execute();
      expect(thread.map((m) => [Number(m.from_office), Number(m.is_question)])).toEqual([
        [1, 1],
        [0, 0],
        [1, 0],
      ]);
    });

    it('tiers every system in review, approved for pilot, deployed or monitored', async () => {
      const systems = await core.db
        .selectFrom('ai_systems')
        .select(['id', 'name'])
        .where('lifecycle_state', 'in', [
          'in_review',
          'approved_for_pilot',
          'deployed',
          'monitored',
        ])
        .execute();
      for (const system of systems) {
        const tier = await effectiveTierOf(core.db, system.id);
        expect(tier, system.name).not.toBeNull();
        expect(determinations.get(system.name)).toBe(tier?.determinationId);
      }
    });

    it.each([
      ['Sepsis early warning (vendor)', 'high'],
      ['CT pulmonary embolism triage', 'high'],
      ['Symptom checker chatbot', 'high'],
      ['30-day readmission risk', 'moderate'],
      ['Prior authorization assistant', 'moderate'],
      ['Nurse staffing forecast', 'low'],
      ['Hospital policy Q&A assistant', 'low'],
      ['Patient message reply drafter', 'high'],
      ['Denial prediction', 'low'],
    ])('tiers %s as %s', async (name, tier) => {
      const system = await systemNamed(name);
      expect((await effectiveTierOf(core.db, system.id))?.tier).toBe(tier);
    });
  },
);
