import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../model-card/model-card.test-fixtures';
import { addEvidence, applyCrosswalk, getAssessment, getCrosswalk } from './index';
import { newAssessment, newSystem, testActor } from './governance-assessments.test-fixtures';

describe.each(await dialectsUnderTest())('the crosswalk between frameworks on %s', (dialect) => {
  let core: TestCore;
  let systemId: string;
  let nist: string;
  let ruaih: string;
  let chai: string;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    systemId = (await newSystem(core, 'Sepsis early warning')).id;
    nist = (await newAssessment(core, systemId, 'nist_ai_rmf')).id;
    ruaih = (await newAssessment(core, systemId, 'ruaih')).id;
    chai = (await newAssessment(core, systemId, 'chai_principles')).id;
  });
  afterEach(async () => {
    await core.close();
  });

  const fairness = () => ({ assessmentId: nist, itemKey: 'nist_measure_2_11' });
  const attachAudit = () =>
    addEvidence(core, testActor, fairness(), {
      kind: 'link',
      title: 'Subgroup performance audit',
      url: 'https://intranet.example-health.org/sepsis/fairness',
    });
  const evidenceTitles = async (assessmentId: string, itemKey: string) =>
    (await getAssessment(core, assessmentId)).answers
      .find((a) => a.itemKey === itemKey)
      ?.evidence.map((e) => e.title);

  it('suggests the mapped items of the same system, in the assessments they sit in', async () => {
    const evidence = await attachAudit();
    const crosswalk = await getCrosswalk(core, fairness());
    expect(crosswalk.evidenceCount).toBe(1);
    const byItem = new Map(crosswalk.suggestions.map((s) => [s.itemKey, s]));
    expect(byItem.get('ruaih_risk_bias_checks')).toMatchObject({
      frameworkKey: 'ruaih',
      assessmentId: ruaih,
      status: 'unanswered',
      missingEvidenceIds: [evidence.id],
    });
    expect(byItem.get('chai_fairness_subgroup_performance')?.assessmentId).toBe(chai);
    // No HTI-1 assessment of this system: the mapped item is shown without a place to apply it.
    expect(byItem.get('hti1_irm_risk_analysis_fairness')).toMatchObject({
      assessmentId: null,
      missingEvidenceIds: [],
    });
  });

  it('never suggests assessments of another subject', async () => {
    await newAssessment(core, null, 'hti1_irm');
    const other = await newSystem(core, 'Deterioration index');
    await newAssessment(core, other.id, 'chai_lifecycle');
    await attachAudit();
    const crosswalk = await getCrosswalk(core, fairness());
    expect(
      crosswalk.suggestions.find((s) => s.frameworkKey === 'hti1_irm')?.assessmentId,
    ).toBeNull();
    expect(
      crosswalk.suggestions.find((s) => s.frameworkKey === 'chai_lifecycle')?.assessmentId,
    ).toBeNull();
  });

  it('applies the evidence to every mapped item in one action, and refuses to apply it twice', async () => {
    await attachAudit();
    const targets = (await getCrosswalk(core, fairness())).suggestions.flatMap((s) =>
      s.assessmentId && s.missingEvidenceIds.length > 0
        ? [{ assessmentId: s.assessmentId, itemKey: s.itemKey }]
        : [],
    );
    expect(targets.length).toBeGreaterThanOrEqual(3);
    const result = await applyCrosswalk(core, testActor, fairness(), { targets });
    expect(result.linked).toBe(targets.length);
    expect(await evidenceTitles(ruaih, 'ruaih_risk_bias_checks')).toEqual([
      'Subgroup performance audit',
    ]);
    expect(await evidenceTitles(chai, 'chai_fairness_parity')).toEqual([
      'Subgroup performance audit',
    ]);
    const after = await getCrosswalk(core, fairness());
    expect(after.suggestions.every((s) => s.missingEvidenceIds.length === 0)).toBe(true);
    const again = await rejectionOf(() => applyCrosswalk(core, testActor, fairness(), { targets }));
    expect(again.code).toBe('conflict');
    const shared = (await getAssessment(core, nist)).answers.find(
      (a) => a.itemKey === 'nist_measure_2_11',
    )?.evidence[0];
    expect(shared?.linkCount).toBe(targets.length + 1);
  });

  it('keeps the status of the items it applies evidence to', async () => {
    await attachAudit();
    await applyCrosswalk(core, testActor, fairness(), {
      targets: [{ assessmentId: ruaih, itemKey: 'ruaih_risk_bias_checks' }],
    });
    const answer = (await getAssessment(core, ruaih)).answers.find(
      (a) => a.itemKey === 'ruaih_risk_bias_checks',
    );
    expect(answer?.status).toBe('unanswered');
  });

  it('names each target that is not a mapped item or not an assessment of this subject', async () => {
    await attachAudit();
    const other = await newSystem(core, 'No-show prediction');
    const elsewhere = await newAssessment(core, other.id, 'ruaih');
    const error = await rejectionOf(() =>
      applyCrosswalk(core, testActor, fairness(), {
        targets: [
          { assessmentId: ruaih, itemKey: 'ruaih_education_role_training' },
          { assessmentId: elsewhere.id, itemKey: 'ruaih_risk_bias_checks' },
        ],
      }),
    );
    expect(error).toMatchObject({ code: 'validation_failed' });
    expect(error.details?.map((d) => d.path)).toEqual([
      'body.targets.0.itemKey',
      'body.targets.1.assessmentId',
    ]);
  });

  it('refuses to apply an item that has no evidence yet', async () => {
    const error = await rejectionOf(() =>
      applyCrosswalk(core, testActor, fairness(), {
        targets: [{ assessmentId: ruaih, itemKey: 'ruaih_risk_bias_checks' }],
      }),
    );
    expect(error.code).toBe('conflict');
  });
});
