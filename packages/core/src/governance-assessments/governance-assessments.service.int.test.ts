import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../audit/index';
import { rejectionOf } from '../model-card/model-card.test-fixtures';
import {
  answerItem,
  createAssessment,
  getAssessment,
  listAssessments,
  updateAssessment,
} from './index';
import { newAssessment, newSystem, testActor } from './governance-assessments.test-fixtures';

describe.each(await dialectsUnderTest())('framework assessments on %s', (dialect) => {
  let core: TestCore;
  beforeEach(async () => {
    core = await createTestCore(dialect);
  });
  afterEach(async () => {
    await core.close();
  });

  it('starts an assessment with every framework item unanswered and audits it', async () => {
    const system = await newSystem(core, 'Sepsis early warning');
    const created = await newAssessment(core, system.id);
    expect(created).toMatchObject({
      frameworkKey: 'nist_ai_rmf',
      frameworkVersion: '1.0',
      scope: 'system',
      systemName: 'Sepsis early warning',
      title: 'NIST AI RMF: Sepsis early warning',
      status: 'in_progress',
      version: 1,
      progress: { total: 72, answered: 0, percentAnswered: 0, percentMet: 0 },
    });
    const detail = await getAssessment(core, created.id);
    expect(detail.answers).toHaveLength(72);
    expect(detail.answers[0]).toMatchObject({ itemKey: 'nist_govern_1_1', status: 'unanswered' });
    expect(detail.groups.find((g) => g.groupKey === 'nist_govern')?.progress.total).toBe(19);
    expect(detail.groups.find((g) => g.groupKey === 'nist_govern_1')?.progress.total).toBe(7);
    const audit = await listAudit(core, { page: 1, pageSize: 50 });
    expect(audit.items.map((e) => e.action)).toContain('assessment.created');
  });

  it('assesses the institution without a system', async () => {
    const created = await newAssessment(core, null, 'ruaih');
    expect(created).toMatchObject({
      scope: 'institution',
      systemId: null,
      title: 'RUAIH: institution-wide',
    });
    expect(created.progress.total).toBe(35);
  });

  it('refuses a second assessment in progress for the same framework and subject, and allows one after completing the first', async () => {
    const system = await newSystem(core, 'Deterioration index');
    const first = await newAssessment(core, system.id);
    expect(await rejectionOf(() => newAssessment(core, system.id))).toMatchObject({
      code: 'conflict',
    });
    await newAssessment(core, system.id, 'ruaih');
    await updateAssessment(core, testActor, first.id, { status: 'completed', expectedVersion: 1 });
    const second = await newAssessment(core, system.id);
    expect(second.id).not.toBe(first.id);
    expect(
      await rejectionOf(() =>
        updateAssessment(core, testActor, first.id, { status: 'in_progress', expectedVersion: 2 }),
      ),
    ).toMatchObject({ code: 'conflict' });
  });

  it('names body.systemId when the system does not exist', async () => {
    const error = await rejectionOf(() =>
      createAssessment(core, testActor, {
        frameworkKey: 'nist_ai_rmf',
        scope: 'system',
        systemId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'body.systemId' }],
    });
  });

  it('answers an item with a status, note and owner, and tells the new owner', async () => {
    const system = await newSystem(core, 'Readmission risk');
    const assessment = await newAssessment(core, system.id);
    const owner = await makeUser(core, { roles: ['model_owner'], displayName: 'Priya Shah' });
    const answer = await answerItem(
      core,
      testActor,
      { assessmentId: assessment.id, itemKey: 'nist_measure_2_11' },
      {
        status: 'partial',
        note: 'Subgroup AUROC done; calibration by race pending',
        ownerId: owner.id,
        expectedVersion: 1,
      },
    );
    expect(answer).toMatchObject({
      itemKey: 'nist_measure_2_11',
      status: 'partial',
      ownerName: 'Priya Shah',
      updatedByLabel: 'test',
      updatedAt: '2026-03-02T09:00:00.000Z',
      version: 2,
    });
    expect(answer.crosswalkCount).toBeGreaterThan(3);
    const notices = await core.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', owner.id)
      .execute();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'assessment_assigned' });
    const [listed] = await listAssessments(core, { systemId: system.id });
    expect(listed?.progress).toMatchObject({ answered: 1, counts: { partial: 1, unanswered: 71 } });
  });

  it('refuses a stale answer with version_conflict and keeps the first answer', async () => {
    const system = await newSystem(core, 'No-show prediction');
    const assessment = await newAssessment(core, system.id);
    const ref = { assessmentId: assessment.id, itemKey: 'nist_map_1_1' };
    await answerItem(core, testActor, ref, {
      status: 'met',
      note: null,
      ownerId: null,
      expectedVersion: 1,
    });
    const error = await rejectionOf(() =>
      answerItem(core, testActor, ref, {
        status: 'not_met',
        note: 'late',
        ownerId: null,
        expectedVersion: 1,
      }),
    );
    expect(error.code).toBe('version_conflict');
    const detail = await getAssessment(core, assessment.id);
    expect(detail.answers.find((a) => a.itemKey === 'nist_map_1_1')).toMatchObject({
      status: 'met',
      version: 2,
    });
  });

  it('names params.itemKey for an item the framework does not have', async () => {
    const system = await newSystem(core, 'AKI predictor');
    const assessment = await newAssessment(core, system.id);
    const error = await rejectionOf(() =>
      answerItem(
        core,
        testActor,
        { assessmentId: assessment.id, itemKey: 'ruaih_governance_leader' },
        {
          status: 'met',
          note: null,
          ownerId: null,
          expectedVersion: 1,
        },
      ),
    );
    expect(error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'params.itemKey' }],
    });
  });

  it('names body.ownerId when the owner is not an active user', async () => {
    const system = await newSystem(core, 'Fall risk');
    const assessment = await newAssessment(core, system.id);
    const error = await rejectionOf(() =>
      answerItem(
        core,
        testActor,
        { assessmentId: assessment.id, itemKey: 'nist_map_1_1' },
        {
          status: 'met',
          note: null,
          ownerId: '00000000-0000-4000-8000-000000000000',
          expectedVersion: 1,
        },
      ),
    );
    expect(error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.ownerId' }] });
  });

  it('refuses answers on a completed assessment until it is reopened', async () => {
    const system = await newSystem(core, 'Chest X-ray triage');
    const assessment = await newAssessment(core, system.id, 'hti1_irm');
    const completed = await updateAssessment(core, testActor, assessment.id, {
      status: 'completed',
      expectedVersion: 1,
    });
    const ref = { assessmentId: assessment.id, itemKey: 'hti1_irm_risk_analysis_safety' };
    const answer = { status: 'met' as const, note: null, ownerId: null, expectedVersion: 1 };
    expect((await rejectionOf(() => answerItem(core, testActor, ref, answer))).code).toBe(
      'conflict',
    );
    await updateAssessment(core, testActor, assessment.id, {
      status: 'in_progress',
      expectedVersion: completed.version,
    });
    expect((await answerItem(core, testActor, ref, answer)).status).toBe('met');
  });

  it('renames with the expected version only', async () => {
    const system = await newSystem(core, 'ED length of stay');
    const assessment = await newAssessment(core, system.id, 'chai_lifecycle');
    const renamed = await updateAssessment(core, testActor, assessment.id, {
      title: 'CHAI checklist 2026',
      expectedVersion: 1,
    });
    expect(renamed).toMatchObject({ title: 'CHAI checklist 2026', version: 2 });
    const error = await rejectionOf(() =>
      updateAssessment(core, testActor, assessment.id, { title: 'Other', expectedVersion: 1 }),
    );
    expect(error.code).toBe('version_conflict');
  });

  it('filters the list by framework, scope and system', async () => {
    const system = await newSystem(core, 'Sepsis');
    await newAssessment(core, system.id);
    await newAssessment(core, system.id, 'chai_principles');
    await newAssessment(core, null, 'ruaih');
    expect((await listAssessments(core, {})).length).toBe(3);
    expect(
      (await listAssessments(core, { scope: 'institution' })).map((a) => a.frameworkKey),
    ).toEqual(['ruaih']);
    expect(
      (await listAssessments(core, { systemId: system.id, frameworkKey: 'chai_principles' }))
        .length,
    ).toBe(1);
  });
});
