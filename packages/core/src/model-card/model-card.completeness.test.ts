import type { ModelCard } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { parseChaiXml } from './chai-xml.parse';
import { assessModelCardCompleteness } from './model-card.completeness';
import { minimalCard, readExample } from './model-card.test-fixtures';

const missingKeys = (
  card: ModelCard,
  dsiType: 'predictive' | 'evidence_based',
  source: 'chai' | 'hti1',
) =>
  assessModelCardCompleteness(card, dsiType)
    .items.filter((item) => item.source === source && item.status === 'missing')
    .map((item) => item.key);

/** A card whose required fields are filled except four, one of them only whitespace and a zero-width space. */
function partialCard(): ModelCard {
  const card = minimalCard();
  return {
    ...card,
    basicInfo: { ...card.basicInfo, developerContact: '' },
    usesAndDirections: { ...card.usesAndDirections, howToUse: ' \n\u200B ' },
    keyMetrics: {
      ...card.keyMetrics,
      fairnessEquity: { ...card.keyMetrics.fairnessEquity, metricGoal: '' },
    },
    bibliography: '',
  };
}

describe('transparency completeness of a card', () => {
  it('lists exactly the required CHAI fields a partial card leaves empty', () => {
    expect(missingKeys(partialCard(), 'predictive', 'chai')).toEqual([
      'chai_amc_developer_contact',
      'chai_amc_how_to_use',
      'chai_amc_metric_fairness',
      'chai_amc_bibliography',
    ]);
  });

  it('checks the 31 predictive attributes for a predictive DSI and the 13 for an evidence-based one', () => {
    expect(assessModelCardCompleteness(minimalCard(), 'predictive').hti1.total).toBe(31);
    expect(assessModelCardCompleteness(minimalCard(), 'evidence_based').hti1.total).toBe(13);
    expect(assessModelCardCompleteness(minimalCard(), 'predictive').chai.total).toBe(32);
  });

  it('lists exactly the predictive attributes neither written nor met through the crosswalk', () => {
    expect(missingKeys(partialCard(), 'predictive', 'hti1')).toEqual([
      'hti1_pdsi_developer_contact',
      'hti1_pdsi_decision_role',
      'hti1_pdsi_uscdi_vars_as_inputs',
      'hti1_pdsi_training_representativeness',
      'hti1_pdsi_fairness_internal',
      'hti1_pdsi_fairness_external',
    ]);
  });

  it('lists the evidence-based attributes CHAI cannot answer: the nine USCDI variable flags', () => {
    expect(missingKeys(minimalCard(), 'evidence_based', 'hti1')).toEqual([
      'hti1_ebdsi_uses_race',
      'hti1_ebdsi_uses_ethnicity',
      'hti1_ebdsi_uses_language',
      'hti1_ebdsi_uses_sexual_orientation',
      'hti1_ebdsi_uses_gender_identity',
      'hti1_ebdsi_uses_sex',
      'hti1_ebdsi_uses_dob',
      'hti1_ebdsi_uses_sdoh',
      'hti1_ebdsi_uses_health_status',
    ]);
  });

  it('counts an explicit HTI-1 value as present, and says which CHAI fields met a crosswalked one', () => {
    const card = {
      ...partialCard(),
      hti1: { hti1_pdsi_decision_role: 'Informs; the nurse decides.' },
    };
    const items = assessModelCardCompleteness(card, 'predictive').items;
    expect(items.find((i) => i.key === 'hti1_pdsi_decision_role')).toMatchObject({
      status: 'present',
      satisfiedBy: 'explicit',
    });
    expect(items.find((i) => i.key === 'hti1_pdsi_extval_process')).toMatchObject({
      status: 'present',
      satisfiedBy: 'crosswalk',
      viaChaiFields: [
        'chai_amc_metric_usefulness.testType',
        'chai_amc_metric_usefulness.validationProcessAndJustification',
        'chai_amc_metric_fairness.testType',
        'chai_amc_metric_fairness.validationProcessAndJustification',
        'chai_amc_metric_safety.testType',
        'chai_amc_metric_safety.validationProcessAndJustification',
      ],
    });
  });

  it('ignores an HTI-1 value that is only whitespace', () => {
    const card = { ...partialCard(), hti1: { hti1_pdsi_decision_role: '  \n' } };
    expect(missingKeys(card, 'predictive', 'hti1')).toContain('hti1_pdsi_decision_role');
  });

  it('gives percentages per source and overall, never rounding up to 100', () => {
    const report = assessModelCardCompleteness(partialCard(), 'predictive');
    expect(report.chai).toEqual({ present: 28, total: 32, percent: 87.5 });
    expect(report.hti1).toEqual({ present: 25, total: 31, percent: 80.6 });
    expect(report.overall).toEqual({ present: 53, total: 63, percent: 84.1 });
  });

  it('rates the Aidoc example: all CHAI fields but the empty bibliography', () => {
    const report = assessModelCardCompleteness(
      parseChaiXml(readExample('Aidoc_PE-03-RT')),
      'predictive',
    );
    expect(missingKeys(parseChaiXml(readExample('Aidoc_PE-03-RT')), 'predictive', 'chai')).toEqual([
      'chai_amc_bibliography',
    ]);
    expect(report.chai.percent).toBe(96.8);
  });
});
