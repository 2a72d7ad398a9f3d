import { randomUUID } from 'node:crypto';
import type { TierRuleSetDefinition } from '@vigil/contracts';
import { dialectsUnderTest, makeUser } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, type TestApp, createTestApp } from '../testing/test-app';

const consequences = (pathway: 'full' | 'fast_track' | 'registration_only') => ({
  pathway,
  requiredArtefacts: ['intended_use', 'named_owners', 'local_validation'] as const,
  monitoringCadenceDays: 90,
  reReviewMonths: 12,
});
const rules: TierRuleSetDefinition = {
  dimensions: [
    {
      key: 'tier_scale',
      label: 'Scale',
      question: 'How many?',
      weight: 1,
      levels: ['a', 'b', 'c', 'd'],
    },
  ],
  rules: [],
  defaultTier: 'low',
  tiers: {
    high: { ...consequences('full'), requiredArtefacts: ['intended_use'] },
    moderate: {
      ...consequences('fast_track'),
      requiredArtefacts: ['intended_use', 'named_owners', 'local_validation'],
    },
    low: { ...consequences('registration_only'), requiredArtefacts: [] },
  },
  pathways: {
    full: { requiredDisciplines: ['clinical'], quorum: 2, decidedAtMeeting: true, targetDays: 60 },
    fast_track: {
      requiredDisciplines: ['clinical'],
      quorum: 1,
      decidedAtMeeting: false,
      targetDays: 30,
    },
    registration_only: {
      requiredDisciplines: [],
      quorum: 0,
      decidedAtMeeting: false,
      targetDays: 14,
    },
  },
};

describe.each(await dialectsUnderTest())('governance review routes on %s', (dialect) => {
  let t: TestApp;
  let caio: SignedIn;
  let reviewer: SignedIn;
  let owner: SignedIn;
  let systemId: string;

  const json = async (
    session: SignedIn,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) => t.as(session, { method, url: `/api/v1/governance${url}`, payload });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    caio = await t.signInAs(['caio']);
    const clinician = await makeUser(t.core, {
      roles: ['committee_member'],
      disciplines: ['clinical'],
    });
    reviewer = await t.signIn(clinician.email);
    owner = await t.signInAs(['model_owner']);
    const created = await t.as(caio, {
      method: 'POST',
      url: '/api/v1/portfolio/systems',
      payload: {
        name: 'Sepsis watch',
        developer: 'Acme',
        source: 'vendor',
        kind: 'predictive',
        category: 'clinical_decision_support',
        intendedUse: 'Warns of sepsis',
        clinicalOwnerId: owner.userId,
        technicalOwnerId: owner.userId,
      },
    });
    expect(created.statusCode).toBe(201);
    systemId = created.json<{ id: string }>().id;
    const at = t.core.clock.now().toISOString();
    const last = await t.core.db
      .selectFrom('tier_rule_sets')
      .select((eb) => eb.fn.max('version').as('version'))
      .executeTakeFirst();
    const version = Number(last?.version ?? 0) + 1;
    await t.core.db
      .insertInto('tier_rule_sets')
      .values({
        version,
        definition_json: JSON.stringify(rules),
        note: 'test',
        created_by_id: null,
        created_by_label: 'test',
        created_at: at,
      })
      .execute();
    await t.core.db
      .insertInto('tier_determinations')
      .values({
        id: randomUUID(),
        system_id: systemId,
        rule_set_version: version,
        answers_json: JSON.stringify({
          scores: {},
          estimates: {},
          facts: { patient_facing: false, fda_regulated: false, genai_patient_data: false },
          imdrfCategory: null,
        }),
        computed_tier: 'moderate',
        contributions_json: '[]',
        matched_rule: 'test',
        weighted_score: 0,
        override_tier: null,
        override_justification: null,
        determined_by_id: null,
        determined_by_label: 'test',
        determined_at: at,
      })
      .execute();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 400 naming each invalid field', async () => {
    const response = await json(caio, 'POST', '/reviews', { systemId: 'nope', reason: '' });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['body.reason', 'body.systemId']);
  });

  it('answers 403 to roles without the permission and 404 for unknown records', async () => {
    const staff = await t.signInAs(['staff']);
    expect((await json(staff, 'GET', `/systems/${systemId}`)).statusCode).toBe(403);
    expect(
      (
        await json(reviewer, 'POST', `/systems/${systemId}/transitions`, {
          to: 'retired',
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect((await json(owner, 'POST', '/reviews', { systemId, reason: 'x' })).statusCode).toBe(403);
    const missing = await json(caio, 'GET', `/systems/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'not_found' });
    expect((await json(caio, 'GET', `/decisions/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('answers an illegal transition with a 409 problem naming the gate', async () => {
    const response = await json(caio, 'POST', `/systems/${systemId}/transitions`, {
      to: 'deployed',
      reason: 'go',
    });
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      code: 'conflict',
      errors: [{ path: 'gate.transition', message: 'no transition from proposed to deployed' }],
    });
  });

  it('runs a fast-track review from opening to deployment over HTTP', async () => {
    const opened = await json(caio, 'POST', '/reviews', { systemId, reason: 'New proposal' });
    expect(opened.statusCode).toBe(201);
    const review = opened.json<{ id: string; round: number; pathway: string; version: number }>();
    expect(review).toMatchObject({ round: 1, pathway: 'fast_track' });

    const candidates = await json(caio, 'GET', '/reviewers?discipline=clinical');
    expect(candidates.json()).toEqual([expect.objectContaining({ id: reviewer.userId })]);
    const assigned = await json(caio, 'POST', `/reviews/${review.id}/assignments`, {
      reviewerId: reviewer.userId,
      discipline: 'clinical',
    });
    expect(assigned.statusCode).toBe(201);
    const seat = assigned.json<{ id: string; version: number }>();

    const notYet = await json(caio, 'POST', `/reviews/${review.id}/decision`, {
      outcome: 'approved',
      rationale: 'ok',
      expectedVersion: review.version,
    });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'gate.quorum',
      'gate.discipline.clinical',
    ]);

    const mine = await json(reviewer, 'GET', '/my-reviews');
    expect(mine.json<{ assignment: { id: string } }[]>().map((m) => m.assignment.id)).toEqual([
      seat.id,
    ]);
    const submitted = await json(reviewer, 'PUT', `/assignments/${seat.id}`, {
      findings: 'Validated locally',
      concerns: null,
      proposedConditions: ['Train nurses'],
      recommendation: 'approved_with_conditions',
      submit: true,
      expectedVersion: seat.version,
    });
    expect(submitted.statusCode).toBe(200);

    const decided = await json(caio, 'POST', `/reviews/${review.id}/decision`, {
      outcome: 'approved_with_conditions',
      rationale: 'Safe with training',
      conditions: [
        { description: 'Train the nurses', ownerId: owner.userId, dueDate: '2026-04-30' },
      ],
      expectedVersion: review.version,
    });
    expect(decided.statusCode).toBe(201);
    const decision = decided.json<{
      id: string;
      letterText: string;
      conditions: { id: string; version: number }[];
    }>();
    expect(decision.letterText).toContain('Train the nurses');
    const again = await json(caio, 'POST', `/reviews/${review.id}/decision`, {
      outcome: 'declined',
      rationale: 'no',
      expectedVersion: review.version,
    });
    expect(again.statusCode).toBe(409);

    const ownConditions = await json(owner, 'GET', '/conditions?status=open');
    expect(ownConditions.json()).toMatchObject({ total: 1 });
    const condition = decision.conditions[0];
    if (!condition) throw new Error('no condition');
    const blocked = await json(caio, 'POST', `/systems/${systemId}/transitions`, {
      to: 'deployed',
      reason: 'go live',
    });
    expect(blocked.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'gate.conditions.deployed',
      'gate.artefacts.local_validation',
    ]);
    const met = await json(owner, 'POST', `/conditions/${condition.id}/met`, {
      note: 'All trained',
      expectedVersion: condition.version,
    });
    expect(met.json()).toMatchObject({ status: 'met' });
    const upload = await t.as(owner, {
      method: 'POST',
      url: `/api/v1/portfolio/systems/${systemId}/documents`,
      payload: {
        filename: 'validation.txt',
        contentBase64: Buffer.from('AUROC 0.81').toString('base64'),
        artefactKind: 'local_validation',
      },
    });
    expect(upload.json()).toMatchObject({ artefactKind: 'local_validation' });
    const deployed = await json(caio, 'POST', `/systems/${systemId}/transitions`, {
      to: 'deployed',
      reason: 'go live',
    });
    expect(deployed.statusCode).toBe(201);
    const state = await json(owner, 'GET', `/systems/${systemId}`);
    expect(state.json()).toMatchObject({ state: 'deployed', openReview: null });
  });
});
