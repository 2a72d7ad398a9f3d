import type { ModelCard } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { parseChaiXml } from './chai-xml.parse';
import { diffModelCards } from './model-card.diff';
import { maximalCard, minimalCard, readExample } from './model-card.test-fixtures';

/** Version 2 of the minimal card, as a vendor might send it. */
function nextVersion(): ModelCard {
  const v1 = minimalCard();
  const usefulness = v1.keyMetrics.usefulnessUsabilityEfficacy;
  return {
    ...v1,
    releaseInfo: { ...v1.releaseInfo, releaseVersion: '2.0', regulatoryApproval: 'FDA cleared' },
    keyMetrics: {
      ...v1.keyMetrics,
      usefulnessUsabilityEfficacy: {
        ...usefulness,
        results: [
          {
            label: 'AUROC',
            value: { kind: 'estimate_ci', estimate: 0.8, lower: 0.77, upper: 0.83, level: 95 },
          },
          { label: 'Usefulness result', value: { kind: 'single', value: 2 } },
        ],
      },
    },
    hti1: { hti1_pdsi_validity_local: 'AUROC 0.79 on our 2024 admissions' },
  };
}

describe('diff of two card versions', () => {
  it('is empty for the same card', () => {
    expect(diffModelCards(maximalCard(), maximalCard())).toEqual([]);
  });

  it('lists added, removed and changed fields with before and after, in the order of the new version', () => {
    expect(diffModelCards(minimalCard(), nextVersion())).toEqual([
      {
        path: 'releaseInfo.releaseVersion',
        fieldKey: 'chai_amc_release_version',
        label: 'Release version',
        change: 'changed',
        before: '1.0',
        after: '2.0',
      },
      {
        path: 'releaseInfo.regulatoryApproval',
        fieldKey: 'chai_amc_regulatory_approval',
        label: 'Regulatory approval',
        change: 'added',
        after: 'FDA cleared',
      },
      {
        path: 'keyMetrics.usefulnessUsabilityEfficacy.results[AUROC]',
        fieldKey: 'chai_amc_metric_usefulness',
        label: 'Usefulness, usability and efficacy · AUROC',
        change: 'added',
        after: {
          label: 'AUROC',
          value: { kind: 'estimate_ci', estimate: 0.8, lower: 0.77, upper: 0.83, level: 95 },
        },
      },
      {
        path: 'keyMetrics.usefulnessUsabilityEfficacy.results[Usefulness result]',
        fieldKey: 'chai_amc_metric_usefulness',
        label: 'Usefulness, usability and efficacy · Usefulness result',
        change: 'changed',
        before: { label: 'Usefulness result', value: { kind: 'single', value: 1 } },
        after: { label: 'Usefulness result', value: { kind: 'single', value: 2 } },
      },
      {
        path: 'hti1.hti1_pdsi_validity_local',
        fieldKey: 'hti1_pdsi_validity_local',
        label: 'Validity in local data',
        change: 'added',
        after: 'AUROC 0.79 on our 2024 admissions',
      },
    ]);
  });

  it('reports fields the new version drops as removed', () => {
    const changes = diffModelCards(maximalCard(), minimalCard())
      .filter((c) => c.change === 'removed')
      .map((c) => c.path);
    expect(changes).toEqual(
      expect.arrayContaining([
        'releaseInfo.ehrCompatibility',
        'signature',
        'hti1.hti1_pdsi_fairness_local',
        'keyMetrics.usefulnessUsabilityEfficacy.results[Lead time]',
      ]),
    );
  });

  it('matches metric results by label, so reordering them is no change', () => {
    const v1 = maximalCard();
    const metric = v1.keyMetrics.usefulnessUsabilityEfficacy;
    const v2 = {
      ...v1,
      keyMetrics: {
        ...v1.keyMetrics,
        usefulnessUsabilityEfficacy: { ...metric, results: [...metric.results].reverse() },
      },
    };
    expect(diffModelCards(v1, v2)).toEqual([]);
  });

  it('treats the same number written differently as no change', () => {
    const v1 = parseChaiXml(readExample('Aidoc_PE-03-RT'));
    const safety = v1.keyMetrics.safetyReliability;
    const v2 = {
      ...v1,
      keyMetrics: {
        ...v1.keyMetrics,
        safetyReliability: {
          ...safety,
          results: safety.results.map(({ label, value }) => ({ label, value })),
        },
      },
    };
    expect(diffModelCards(v1, v2)).toEqual([]);
  });

  it('shows a changed keyword list as one field with both lists', () => {
    const v1 = minimalCard();
    const v2 = { ...v1, modelSummary: { ...v1.modelSummary, keywords: ['sepsis'] } };
    expect(diffModelCards(v1, v2)).toEqual([
      expect.objectContaining({ path: 'modelSummary.keywords', before: [], after: ['sepsis'] }),
    ]);
  });

  it('tells apart two results with the same label by occurrence', () => {
    const v1 = minimalCard();
    const fairness = v1.keyMetrics.fairnessEquity;
    const twice = {
      ...fairness,
      results: [
        ...fairness.results,
        { label: 'Fairness result', value: { kind: 'single' as const, value: 5 } },
      ],
    };
    const v2 = { ...v1, keyMetrics: { ...v1.keyMetrics, fairnessEquity: twice } };
    expect(diffModelCards(v1, v2)).toEqual([
      expect.objectContaining({
        path: 'keyMetrics.fairnessEquity.results[Fairness result#2]',
        change: 'added',
      }),
    ]);
  });
});
