import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../accounts/index';
import { verifyAuditChain } from '../audit/index';
import { systemActor } from '../deps';
import { getDecision, getGovernanceState, listConditions } from '../governance-review/index';
import { seedDemoCards } from './demo-cards';
import { seedDemoGovernanceIntake } from './demo-intake';
import { demoSystems } from './demo-portfolio.data';
import { seedDemoPortfolio } from './demo-portfolio';
import { seedDemoReviews } from './demo-review';
import { demoPassword, demoUsers } from './demo-users';

describe.each(await dialectsUnderTest())('Example Health’s reviews on %s', (dialect) => {
  let core: TestCore;
  const office = { userId: null, label: 'test', roles: ['caio'] as const, requestId: null };
  beforeAll(async () => {
    core = await createTestCore(dialect);
    const actor = systemActor('demo seed');
    for (const user of demoUsers)
      await createUser(core, actor, { ...user, password: demoPassword });
    await seedDemoPortfolio(core, actor);
    await seedDemoCards(core, actor);
    await seedDemoGovernanceIntake(core);
    await seedDemoReviews(core);
  });
  afterAll(async () => {
    await core.close();
  });

  const stateOf = async (name: string) => {
    const row = await core.db
      .selectFrom('ai_systems')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow();
    return getGovernanceState(core, row.id);
  };

  it('leaves every system in the state the portfolio demo gives it', async () => {
    const rows = await core.db
      .selectFrom('ai_systems')
      .select(['name', 'lifecycle_state'])
      .execute();
    const now = new Map(rows.map((r) => [r.name, r.lifecycle_state]));
    for (const s of demoSystems) expect([s.name, now.get(s.name)]).toEqual([s.name, s.state]);
  });

  it('has open rounds with reviews submitted and one declared conflict', async () => {
    const chatbot = await stateOf('Symptom checker chatbot');
    const seats = chatbot.openReview?.assignments ?? [];
    expect(seats.filter((a) => a.status === 'submitted')).toHaveLength(3);
    expect(seats.filter((a) => a.status === 'conflicted').map((a) => a.reviewerName)).toEqual([
      'Grace Liu',
    ]);
    expect((await stateOf('Opioid overdose risk score')).openReview).not.toBeNull();
    expect((await stateOf('Prior authorization assistant')).openReview).toBeNull();
  });

  it('has past decisions with letters, and the deployment that followed', async () => {
    const noShow = await stateOf('Clinic no-show prediction');
    expect(noShow.decisions.map((d) => d.outcome)).toEqual(['approved_with_conditions']);
    const decision = await getDecision(core, noShow.decisions[0]?.id ?? '');
    expect(decision.letterText).toContain('Fast-track review');
    expect(decision.conditions.map((c) => c.status)).toEqual(['met']);
    expect(noShow.history.map((h) => `${h.from}->${h.to}`)).toEqual([
      'in_review->deployed',
      'proposed->in_review',
    ]);
    const pilot = await stateOf('Ambient clinical documentation');
    expect(pilot.history[0]).toMatchObject({ from: 'in_review', to: 'approved_for_pilot' });
  });

  it('has conditions open, one overdue and one due within a week, and one met', async () => {
    const all = (await listConditions(core, office, { page: 1, pageSize: 50 })).items;
    const today = core.clock.now().toISOString().slice(0, 10);
    const weekOut = new Date(core.clock.now().getTime() + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(all.filter((c) => c.isOverdue)).toHaveLength(1);
    expect(
      all.filter((c) => c.status === 'open' && c.dueDate >= today && c.dueDate <= weekOut),
    ).toHaveLength(1);
    expect(all.filter((c) => c.status === 'met')).toHaveLength(1);
  });

  it('records the moves of systems already in use, and keeps the audit chain intact', async () => {
    expect((await stateOf('Clinical deterioration index')).history[0]).toMatchObject({
      from: 'deployed',
      to: 'monitored',
    });
    expect((await stateOf('Acute kidney injury predictor')).history[0]?.to).toBe('suspended');
    expect(await verifyAuditChain(core)).toMatchObject({ intact: true });
  });
});
