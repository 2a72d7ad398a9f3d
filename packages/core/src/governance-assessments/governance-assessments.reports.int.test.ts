import { createTestCore, dialectsUnderTest, makeUser, type TestCore } from '@vigil/test-support';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addEvidence,
  answerItem,
  exportAssessmentCsv,
  getGapReport,
  getSystemAssessments,
} from './index';
import { newAssessment, newSystem, testActor } from './governance-assessments.test-fixtures';

describe.each(await dialectsUnderTest())('gap reports and exports on %s', (dialect) => {
  let core: TestCore;
  let systemId: string;
  let assessmentId: string;
  let ownerId: string;
  beforeEach(async () => {
    core = await createTestCore(dialect);
    systemId = (await newSystem(core, 'Clinical deterioration index')).id;
    assessmentId = (await newAssessment(core, systemId)).id;
    ownerId = (await makeUser(core, { displayName: 'Priya Shah', roles: ['data_scientist'] })).id;
  });
  afterEach(async () => {
    await core.close();
  });

  const answer = (
    itemKey: string,
    status: 'met' | 'partial' | 'not_met' | 'not_applicable',
    note: string | null = null,
  ) =>
    answerItem(
      core,
      testActor,
      { assessmentId, itemKey },
      { status, note, ownerId, expectedVersion: 1 },
    );

  it('lists every item not met, partial or unanswered by function and category, with owner and evidence count', async () => {
    await answer('nist_govern_1_1', 'met');
    await answer('nist_govern_1_2', 'not_applicable');
    await answer('nist_govern_1_3', 'partial', 'Risk tolerance drafted, not approved');
    await answer('nist_measure_2_11', 'not_met');
    await addEvidence(
      core,
      testActor,
      { assessmentId, itemKey: 'nist_govern_1_3' },
      {
        kind: 'link',
        title: 'Draft risk tolerance statement',
        url: 'https://intranet.example-health.org/ai/risk-tolerance',
      },
    );

    const report = await getGapReport(core, assessmentId);
    expect(report.gapCount).toBe(70);
    expect(report.functions.map((f) => [f.group.ref, f.gapCount])).toEqual([
      ['GOVERN', 17],
      ['MAP', 18],
      ['MEASURE', 22],
      ['MANAGE', 13],
    ]);
    const govern = report.functions[0];
    expect(govern?.progress).toMatchObject({
      total: 19,
      answered: 3,
      counts: { met: 1, not_applicable: 1, partial: 1, unanswered: 16 },
      percentMet: 5,
    });
    const govern1 = govern?.categories[0];
    expect(govern1?.group?.ref).toBe('GOVERN 1');
    expect(govern1?.gaps[0]).toEqual({
      itemKey: 'nist_govern_1_3',
      ref: 'GOVERN 1.3',
      text: expect.stringMatching(/risk-management effort/) as string,
      status: 'partial',
      ownerId,
      ownerName: 'Priya Shah',
      evidenceCount: 1,
      note: 'Risk tolerance drafted, not approved',
    });
    const gapKeys = report.functions.flatMap((f) =>
      f.categories.flatMap((c) => c.gaps.map((g) => g.itemKey)),
    );
    expect(gapKeys).not.toContain('nist_govern_1_1');
    expect(gapKeys).not.toContain('nist_govern_1_2');
    expect(gapKeys).toContain('nist_measure_2_11');
  });

  it('groups a one-level framework by its elements', async () => {
    const ruaih = await newAssessment(core, null, 'ruaih');
    const report = await getGapReport(core, ruaih.id);
    expect(report.functions).toHaveLength(7);
    expect(report.functions[0]?.categories).toHaveLength(1);
    expect(report.functions[0]?.categories[0]?.group).toBeNull();
  });

  it('exports every item as CSV with status, owner, evidence and a neutralised formula', async () => {
    await answer('nist_govern_1_1', 'met', '=HYPERLINK("http://evil")');
    await addEvidence(
      core,
      testActor,
      { assessmentId, itemKey: 'nist_govern_1_1' },
      {
        kind: 'link',
        title: 'AI policy, section 3',
        url: 'https://intranet.example-health.org/policy/ai-01',
      },
    );
    const { filename, csv } = await exportAssessmentCsv(core, assessmentId);
    expect(filename).toBe(
      'vigil-assessment-nist_ai_rmf-nist-ai-rmf-clinical-deterioration-index-2026-03-02.csv',
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(73);
    expect(lines[0]).toBe(
      'item_key,reference,function,category,text,status,owner,evidence_count,evidence,note,updated_by,updated_at',
    );
    expect(lines[1]).toBe(
      'nist_govern_1_1,GOVERN 1.1,GOVERN,GOVERN 1,"Legal and regulatory requirements for AI are known, managed and documented",Met,Priya Shah,1,"AI policy, section 3 <https://intranet.example-health.org/policy/ai-01>","\'=HYPERLINK(""http://evil"")",test,2026-03-02T09:00:00.000Z',
    );
    expect(lines[2]).toMatch(/^nist_govern_1_2,GOVERN 1.2,GOVERN,GOVERN 1,.*,Not answered,,0,,,,$/);
  });

  it("shows a system's assessments with progress and the frameworks not yet used", async () => {
    await answer('nist_map_1_1', 'met');
    const view = await getSystemAssessments(core, systemId);
    expect(view.system.name).toBe('Clinical deterioration index');
    expect(view.assessments).toHaveLength(1);
    expect(view.assessments[0]?.progress).toMatchObject({ answered: 1, counts: { met: 1 } });
    expect(view.frameworksNotAssessed.map((f) => f.key)).toEqual([
      'ruaih',
      'hti1_irm',
      'chai_principles',
      'chai_lifecycle',
    ]);
  });
});
