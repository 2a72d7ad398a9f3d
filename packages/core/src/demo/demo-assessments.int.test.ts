import { createTestCore, dialectsUnderTest, type TestCore } from '@vigil/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAssessment, getGapReport, listAssessments } from '../governance-assessments/index';
import { seedDemoInstitution } from './demo-seed';

describe.each(await dialectsUnderTest())(
  'Example Health’s demo framework assessments on %s',
  (dialect) => {
    let core: TestCore;
    beforeAll(async () => {
      core = await createTestCore(dialect);
      await seedDemoInstitution(core);
    });
    afterAll(async () => {
      await core.close();
    });

    it('has assessments in progress against NIST AI RMF, HTI-1 IRM and RUAIH', async () => {
      const assessments = await listAssessments(core, { status: 'in_progress' });
      expect(assessments.map((a) => [a.frameworkKey, a.scope, a.systemName]).sort()).toEqual([
        ['hti1_irm', 'system', 'Clinical deterioration index'],
        ['nist_ai_rmf', 'system', 'Clinical deterioration index'],
        ['ruaih', 'institution', null],
      ]);
      for (const assessment of assessments) {
        const { counts, answered, total } = assessment.progress;
        expect(answered).toBeGreaterThan(0);
        expect(answered).toBeLessThan(total);
        if (assessment.frameworkKey !== 'hti1_irm') {
          expect(counts.met).toBeGreaterThan(0);
          expect(counts.partial).toBeGreaterThan(0);
          expect(counts.not_met).toBeGreaterThan(0);
        }
      }
    });

    it('answers the NIST items with owners and links, a file and the system’s model card as evidence', async () => {
      const [nist] = await listAssessments(core, { frameworkKey: 'nist_ai_rmf' });
      const detail = await getAssessment(core, nist?.id ?? '');
      const evidence = detail.answers.flatMap((a) => a.evidence);
      expect(new Set(evidence.map((e) => e.kind))).toEqual(new Set(['link', 'file', 'record']));
      expect(evidence.some((e) => e.recordType === 'model_card')).toBe(true);
      const fairness = detail.answers.find((a) => a.itemKey === 'nist_measure_2_11');
      expect(fairness).toMatchObject({ status: 'partial', ownerName: 'Grace Liu' });
      const owners = new Set(detail.answers.map((a) => a.ownerName).filter(Boolean));
      expect(owners.size).toBeGreaterThanOrEqual(6);
    });

    it('carries evidence over to HTI-1 through the crosswalk', async () => {
      const [irm] = await listAssessments(core, { frameworkKey: 'hti1_irm' });
      const detail = await getAssessment(core, irm?.id ?? '');
      const validity = detail.answers.find((a) => a.itemKey === 'hti1_irm_risk_analysis_validity');
      expect(validity?.evidence.map((e) => e.recordType)).toEqual(['model_card']);
    });

    it('has a NIST gap report with gaps in every function', async () => {
      const [nist] = await listAssessments(core, { frameworkKey: 'nist_ai_rmf' });
      const report = await getGapReport(core, nist?.id ?? '');
      expect(report.functions.every((f) => f.gapCount > 0)).toBe(true);
    });
  },
);
