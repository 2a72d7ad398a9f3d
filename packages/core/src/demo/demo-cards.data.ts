import type { ModelCard, ModelCardKeyMetric } from '@vigil/contracts';

function metric(
  goal: string,
  results: ModelCardKeyMetric['results'],
  rest: Partial<ModelCardKeyMetric> = {},
): ModelCardKeyMetric {
  return {
    metricGoal: goal,
    results,
    interpretation: '',
    testType: '',
    testingDataDescription: '',
    validationProcessAndJustification: '',
    ...rest,
  };
}

const notReported = [{ label: 'Not yet reported', value: null, valueJson: '' }];

/** The in-house deterioration index's first card: the basics, written before local validation finished. */
export function deteriorationCardV1(): ModelCard {
  return {
    basicInfo: {
      modelName: 'Clinical deterioration index',
      modelDeveloper: 'Example Health Data Science',
      developerContact: 'datascience@example-health.org',
    },
    releaseInfo: {
      releaseStage: 'Deployed',
      releaseDate: 'January 2026',
      releaseVersion: '2.0',
      globalAvailability: 'Example Health only',
      ehrCompatibility: ['Epic'],
    },
    modelSummary: {
      summary:
        'Gradient-boosted model that predicts **ICU transfer, rapid response or death within 12 hours** for adult ward patients.',
      keywords: ['deterioration', 'early warning', 'nursing'],
    },
    usesAndDirections: {
      intendedUseAndWorkflow:
        'An hourly score in the patient list; charge nurses assess patients above the threshold first.',
      primaryIntendedUsers: 'Charge nurses, hospitalists',
      howToUse:
        'Sort the unit list by score; the score supports, never replaces, nursing judgement.',
      targetedPatientPopulation: 'Adult inpatients on medical and surgical wards',
      cautionedOutOfScopeSettings: 'Not validated in the ICU, obstetrics or pediatrics.',
    },
    warnings: {
      knownRisksAndLimitations: 'Alert fatigue when the threshold is set low.',
      knownBiasesOrEthicalConsiderations: '',
      clinicalRiskLevel: 'Moderate',
    },
    trustIngredients: {
      aiSystemFacts: {
        outcomesAndOutputs: 'A 0–100 risk score, refreshed hourly.',
        modelType: 'Gradient-boosted trees',
        inputDataSource: 'Epic Clarity: vital signs, labs, nursing flowsheets',
        outputAndInputDataTypes: 'Structured EHR data in, one number out',
        developmentDataCharacterization: '',
        biasMitigationApproaches: '',
        ongoingMaintenance: 'Quarterly drift review by the data science team.',
      },
      transparencyInformation: {
        fundingSource: 'Example Health operating budget',
        stakeholdersConsulted: 'Nursing leadership, hospitalists',
      },
    },
    keyMetrics: {
      usefulnessUsabilityEfficacy: metric('Discriminate patients who deteriorate within 12 hours', [
        {
          label: 'AUROC',
          value: { kind: 'estimate_ci', estimate: 0.79, lower: 0.77, upper: 0.81, level: 95 },
        },
      ]),
      fairnessEquity: metric('', notReported),
      safetyReliability: metric('', notReported),
    },
    resources: { peerReviewedPublications: '', patientConsentOrDisclosure: '' },
    bibliography: '',
    hti1: {},
  };
}

/** Version 2, after the local validation: fairness and safety results, data and bias sections. */
export function deteriorationCardV2(): ModelCard {
  const v1 = deteriorationCardV1();
  return {
    ...v1,
    releaseInfo: { ...v1.releaseInfo, releaseDate: 'March 2026', releaseVersion: '2.1' },
    warnings: {
      ...v1.warnings,
      knownBiasesOrEthicalConsiderations:
        'Lower sensitivity for patients with limited English proficiency in the development data; monitored monthly.',
    },
    trustIngredients: {
      ...v1.trustIngredients,
      aiSystemFacts: {
        ...v1.trustIngredients.aiSystemFacts,
        developmentDataCharacterization:
          '84,210 admissions at Main Campus and Riverside, 2019–2024.',
        biasMitigationApproaches:
          'Subgroup calibration by race, ethnicity, sex, age band and language.',
      },
    },
    keyMetrics: {
      usefulnessUsabilityEfficacy: metric(
        'Discriminate patients who deteriorate within 12 hours',
        [
          {
            label: 'AUROC',
            value: { kind: 'estimate_ci', estimate: 0.81, lower: 0.79, upper: 0.83, level: 95 },
          },
        ],
        {
          interpretation: 'Good discrimination on the 2025 local test set.',
          testType: 'Retrospective, temporal hold-out',
          testingDataDescription: '2025 admissions, both sites',
          validationProcessAndJustification: 'Temporal validation before the 2.1 release.',
        },
      ),
      fairnessEquity: metric('Equal sensitivity across subgroups', [
        { label: 'Sensitivity gap (max, pp)', value: { kind: 'single', value: 4.2, unit: 'pp' } },
      ]),
      safetyReliability: metric('Stable alert volume', [
        { label: 'Alerts per unit per day', value: { kind: 'mean_sd', mean: 3.1, sd: 1.4, n: 90 } },
      ]),
    },
    resources: {
      peerReviewedPublications: '',
      patientConsentOrDisclosure: 'Listed in the patient-facing AI inventory.',
    },
  };
}

/** The opioid risk score's draft card, still under review: the deterioration template, retitled. */
export function opioidCard(): ModelCard {
  const base = deteriorationCardV1();
  return {
    ...base,
    basicInfo: { ...base.basicInfo, modelName: 'Opioid overdose risk score' },
    releaseInfo: {
      releaseStage: 'In review',
      releaseDate: '',
      releaseVersion: '0.9',
      globalAvailability: 'Example Health only',
    },
    modelSummary: {
      summary:
        'Estimates 12-month risk of opioid overdose to prompt naloxone co-prescribing conversations.',
      keywords: ['opioids', 'naloxone'],
    },
  };
}

/** The no-show model's card: little more than what the model does. */
export function noShowCard(): ModelCard {
  const v1 = deteriorationCardV1();
  return {
    ...v1,
    basicInfo: {
      modelName: 'Clinic no-show prediction',
      modelDeveloper: 'Example Health Data Science',
      developerContact: 'datascience@example-health.org',
    },
    releaseInfo: {
      releaseStage: 'Deployed',
      releaseDate: '2025',
      releaseVersion: '1.4',
      globalAvailability: 'Example Health only',
    },
    modelSummary: {
      summary:
        'Predicts missed outpatient appointments to prioritise reminder calls and transport help.',
      keywords: ['no-show', 'access'],
    },
    usesAndDirections: {
      intendedUseAndWorkflow:
        'Schedulers call the highest-risk patients first; never used to double-book.',
      primaryIntendedUsers: 'Schedulers',
      howToUse: '',
      targetedPatientPopulation: 'Adult outpatients with a scheduled visit',
      cautionedOutOfScopeSettings: '',
    },
    warnings: {
      knownRisksAndLimitations: '',
      knownBiasesOrEthicalConsiderations: '',
      clinicalRiskLevel: 'Low',
    },
    trustIngredients: {
      aiSystemFacts: {
        outcomesAndOutputs: 'A risk band per appointment',
        modelType: 'Logistic regression',
        inputDataSource: '',
        outputAndInputDataTypes: '',
        developmentDataCharacterization: '',
        biasMitigationApproaches: '',
        ongoingMaintenance: '',
      },
      transparencyInformation: { fundingSource: '', stakeholdersConsulted: '' },
    },
    keyMetrics: {
      usefulnessUsabilityEfficacy: metric('', notReported),
      fairnessEquity: metric('', notReported),
      safetyReliability: metric('', notReported),
    },
  };
}
