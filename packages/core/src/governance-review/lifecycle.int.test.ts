import { type LifecycleState, lifecycleStates } from '@vigil/contracts';
import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../deps';
import { isDomainError } from '../errors';
import { getGovernanceState, openReview, transitionSystem } from './index';
import { lifecycleTransitionTable, transitionRule } from './lifecycle.rules';
import {
  actorOf,
  addAllArtefacts,
  makeSystem,
  recordPastDecision,
  tierSystem,
} from './review.testing';

const pairs = lifecycleStates.flatMap((from) => lifecycleStates.map((to) => [from, to] as const));
const legal = new Set(
  lifecycleTransitionTable.flatMap((rule) => rule.from.map((from) => `${from}->${rule.to}`)),
);

/** Expected legal moves, written out independently of the table in code. */
const expectedLegal = [
  'proposed->in_review',
  'approved_for_pilot->in_review',
  'deployed->in_review',
  'monitored->in_review',
  'suspended->in_review',
  'in_review->approved_for_pilot',
  'in_review->declined',
  'in_review->deployed',
  'approved_for_pilot->deployed',
  'deployed->monitored',
  'approved_for_pilot->suspended',
  'deployed->suspended',
  'monitored->suspended',
  'suspended->deployed',
  'suspended->monitored',
  'proposed->retired',
  'in_review->retired',
  'approved_for_pilot->retired',
  'deployed->retired',
  'monitored->retired',
  'suspended->retired',
];

async function caught(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe.each(await dialectsUnderTest())('the lifecycle state machine on %s', (dialect) => {
  let core: TestCore;
  let caio: Actor;
  beforeAll(async () => {
    core = await createTestCore(dialect);
    caio = actorOf(await makeUser(core, { roles: ['caio'] }), ['caio']);
  });
  afterAll(async () => {
    await core.close();
  });

  /** A system in `from` with every gate of a move to `to` met. */
  async function readySystem(from: LifecycleState, to: LifecycleState) {
    const system = await makeSystem(core, caio, from);
    const determination = await tierSystem(core, system.id, 'high');
    await addAllArtefacts(core, system.id);
    if (from === 'in_review') {
      const outcome =
        to === 'approved_for_pilot'
          ? 'approved_for_pilot'
          : to === 'declined'
            ? 'declined'
            : 'approved';
      await recordPastDecision(core, system.id, determination, outcome, '2026-03-01T00:00:00.000Z');
    }
    if (from === 'suspended') {
      await core.db
        .insertInto('lifecycle_transitions')
        .values({
          id: crypto.randomUUID(),
          system_id: system.id,
          from_state: 'deployed',
          to_state: 'suspended',
          reason: 'drift',
          decision_id: null,
          actor_id: null,
          actor_label: 'test',
          at: '2026-02-01T00:00:00.000Z',
        })
        .execute();
      await recordPastDecision(
        core,
        system.id,
        determination,
        'approved',
        '2026-02-15T00:00:00.000Z',
      );
    }
    return system;
  }

  it('has exactly the legal moves of the lifecycle, and none out of retired or declined', () => {
    expect([...legal].sort()).toEqual([...expectedLegal].sort());
  });

  it.each(pairs)('%s -> %s passes only when legal, with every gate met', async (from, to) => {
    const system = await readySystem(from, to);
    const key = `${from}->${to}`;
    if (!legal.has(key)) {
      const before = await getGovernanceState(core, system.id);
      const error = await caught(
        transitionSystem(core, caio, { systemId: system.id, to, reason: 'try it' }),
      );
      expect(isDomainError(error, 'conflict')).toBe(true);
      if (!isDomainError(error)) return;
      expect(error.details).toEqual([
        { path: 'gate.transition', message: `no transition from ${from} to ${to}` },
      ]);
      expect(error.message).toMatch(/no such transition/);
      const after = await getGovernanceState(core, system.id);
      expect(after.state).toBe(from);
      expect(after.history).toEqual(before.history);
      expect(after.version).toBe(before.version);
      return;
    }
    if (to === 'in_review') {
      await openReview(core, caio, { systemId: system.id, reason: 'scheduled re-review' });
    } else {
      const moved = await transitionSystem(core, caio, {
        systemId: system.id,
        to,
        reason: 'gates met',
        expectedVersion: system.version,
      });
      expect(moved).toMatchObject({ from, to, reason: 'gates met' });
    }
    const after = await getGovernanceState(core, system.id);
    expect(after.state).toBe(to);
    expect(after.version).toBe(system.version + 1);
    expect(after.history[0]).toMatchObject({ from, to });
  });

  it('refuses moving into review directly: only opening a review round does', async () => {
    const system = await readySystem('proposed', 'in_review');
    const error = await caught(
      transitionSystem(core, caio, { systemId: system.id, to: 'in_review', reason: 'skip' }),
    );
    expect(isDomainError(error, 'conflict') && error.details).toEqual([
      expect.objectContaining({ path: 'gate.open_review' }),
    ]);
  });

  it('names each unmet gate of deploying: decision, conditions and artefacts', async () => {
    const system = await makeSystem(core, caio, 'in_review', { technicalOwnerId: null });
    await tierSystem(core, system.id, 'moderate');
    const error = await caught(
      transitionSystem(core, caio, { systemId: system.id, to: 'deployed', reason: 'go live' }),
    );
    expect(isDomainError(error, 'conflict')).toBe(true);
    if (!isDomainError(error)) return;
    expect(error.message).toMatch(/missing gate decision/);
    expect(error.details?.map((d) => d.path)).toEqual([
      'gate.decision',
      'gate.artefacts.named_owners',
      'gate.artefacts.model_card',
      'gate.artefacts.local_validation',
    ]);
  });

  it('refuses deploying a pilot while a condition gating deployment is open', async () => {
    const system = await readySystem('approved_for_pilot', 'deployed');
    const [decision] = await core.db
      .selectFrom('governance_decisions')
      .select('id')
      .limit(1)
      .execute();
    const determination = await tierSystem(core, system.id, 'high');
    const decisionId =
      decision?.id ??
      (await recordPastDecision(
        core,
        system.id,
        determination,
        'approved_for_pilot',
        '2026-03-01T00:00:00.000Z',
      ));
    await core.db
      .insertInto('governance_conditions')
      .values({
        id: crypto.randomUUID(),
        decision_id: decisionId,
        system_id: system.id,
        description: 'Train the unit',
        owner_id: caio.userId,
        due_date: '2026-04-01',
        gates_state: 'deployed',
        status: 'open',
        resolution_note: null,
        resolved_by_id: null,
        resolved_by_label: null,
        resolved_at: null,
        created_at: '2026-03-01T00:00:00.000Z',
        version: 1,
      })
      .execute();
    const error = await caught(
      transitionSystem(core, caio, { systemId: system.id, to: 'deployed', reason: 'go live' }),
    );
    expect(isDomainError(error, 'conflict') && error.details?.map((d) => d.path)).toEqual([
      'gate.conditions.deployed',
    ]);
    expect(isDomainError(error) && error.details?.[0]?.message).toMatch(/1 open condition/);
  });

  it('needs a technical owner to monitor, and an approval after a suspension to resume', async () => {
    const deployed = await makeSystem(core, caio, 'deployed', { technicalOwnerId: null });
    const noOwner = await caught(
      transitionSystem(core, caio, { systemId: deployed.id, to: 'monitored', reason: 'watch' }),
    );
    expect(isDomainError(noOwner) && noOwner.details?.map((d) => d.path)).toEqual([
      'gate.technical_owner',
    ]);
    const suspended = await makeSystem(core, caio, 'suspended');
    const noDecision = await caught(
      transitionSystem(core, caio, { systemId: suspended.id, to: 'deployed', reason: 'resume' }),
    );
    expect(isDomainError(noDecision) && noDecision.details?.map((d) => d.path)).toEqual([
      'gate.decision_after_suspension',
    ]);
  });

  it('refuses a stale expected version and changes nothing', async () => {
    const system = await makeSystem(core, caio, 'deployed');
    const error = await caught(
      transitionSystem(core, caio, {
        systemId: system.id,
        to: 'suspended',
        reason: 'safety signal',
        expectedVersion: system.version + 5,
      }),
    );
    expect(isDomainError(error, 'version_conflict')).toBe(true);
    expect((await getGovernanceState(core, system.id)).state).toBe('deployed');
  });

  it('records the version, the transition and an audit entry, and withdraws an open round on retirement', async () => {
    const system = await makeSystem(core, caio, 'proposed');
    await tierSystem(core, system.id, 'low');
    const review = await openReview(core, caio, { systemId: system.id, reason: 'new proposal' });
    await transitionSystem(core, caio, {
      systemId: system.id,
      to: 'retired',
      reason: 'vendor withdrew',
    });
    const versions = await core.db
      .selectFrom('ai_system_versions')
      .select(['version', 'changed_fields_json'])
      .where('system_id', '=', system.id)
      .orderBy('version')
      .execute();
    expect(versions.slice(1).map((v) => [v.version, v.changed_fields_json])).toEqual([
      [2, '["lifecycleState"]'],
      [3, '["lifecycleState"]'],
    ]);
    const audit = await core.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', 'in', ['ai_system.transitioned', 'governance_review.withdrawn'])
      .where('entity_id', 'in', [system.id, review.id])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'ai_system.transitioned',
      'ai_system.transitioned',
      'governance_review.withdrawn',
    ]);
    const state = await getGovernanceState(core, system.id);
    expect(state.reviews[0]?.status).toBe('withdrawn');
    expect(state.transitions).toEqual([]);
  });

  it('lists the allowed next states with each gate met or unmet', async () => {
    const system = await makeSystem(core, caio, 'approved_for_pilot');
    await tierSystem(core, system.id, 'moderate');
    const state = await getGovernanceState(core, system.id);
    expect(state.transitions.map((t) => [t.to, t.allowed])).toEqual([
      ['in_review', false],
      ['deployed', false],
      ['suspended', true],
      ['retired', true],
    ]);
    expect(state.transitions[1]?.gates.filter((g) => !g.met).map((g) => g.name)).toEqual([
      'artefacts.model_card',
      'artefacts.local_validation',
    ]);
    expect(transitionRule('retired', 'deployed')).toBeUndefined();
  });
});
