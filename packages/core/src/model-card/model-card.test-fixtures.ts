import { readFileSync } from 'node:fs';
import type { ModelCard, ModelCardKeyMetric } from '@vigil/contracts';
import { DomainError } from '../errors';

/** The three vendor cards published with CHAI schema v0.2. */
export const exampleNames = [
  'Aidoc_PE-03-RT',
  'OrbDoc_Voice-to-SOAP',
  'Penguin-Ai_PA-SLM',
] as const;

export function readExample(name: (typeof exampleNames)[number]): string {
  return readFileSync(new URL(`./schema/examples/${name}.xml`, import.meta.url), 'utf8');
}

function metric(topic: string): ModelCardKeyMetric {
  return {
    metricGoal: `${topic} goal`,
    results: [{ label: `${topic} result`, value: { kind: 'single', value: 1 } }],
    interpretation: `${topic} interpretation`,
    testType: `${topic} test type`,
    testingDataDescription: `${topic} testing data`,
    validationProcessAndJustification: `${topic} validation`,
  };
}

/** A card with only the elements the schema requires, each filled. */
export function minimalCard(): ModelCard {
  return {
    basicInfo: {
      modelName: 'Sepsis Watch',
      modelDeveloper: 'Acme Health AI',
      developerContact: 'ai@acme.test',
    },
    releaseInfo: {
      releaseStage: 'Commercial',
      releaseDate: 'May 2025',
      releaseVersion: '1.0',
      globalAvailability: 'US',
    },
    modelSummary: { summary: 'Predicts sepsis.', keywords: [] },
    usesAndDirections: {
      intendedUseAndWorkflow: 'Alerts the rapid response team.',
      primaryIntendedUsers: 'Nurses',
      howToUse: 'Review the alert.',
      targetedPatientPopulation: 'Adult inpatients',
      cautionedOutOfScopeSettings: 'Not for paediatrics.',
    },
    warnings: {
      knownRisksAndLimitations: 'Alert fatigue.',
      knownBiasesOrEthicalConsiderations: 'None known.',
      clinicalRiskLevel: 'High',
    },
    trustIngredients: {
      aiSystemFacts: {
        outcomesAndOutputs: 'A risk score.',
        modelType: 'Gradient boosting',
        inputDataSource: 'EHR',
        outputAndInputDataTypes: 'Vitals, labs → score',
        developmentDataCharacterization: '2018–2022 admissions',
        biasMitigationApproaches: 'Subgroup audits',
        ongoingMaintenance: 'Quarterly recalibration',
      },
      transparencyInformation: {
        fundingSource: 'Self-funded',
        stakeholdersConsulted: 'Clinicians',
      },
    },
    keyMetrics: {
      usefulnessUsabilityEfficacy: metric('Usefulness'),
      fairnessEquity: metric('Fairness'),
      safetyReliability: metric('Safety'),
    },
    resources: {
      peerReviewedPublications: 'None yet.',
      patientConsentOrDisclosure: 'Disclosed in the portal.',
    },
    bibliography: '@article{a, title={A}}',
    hti1: {},
  };
}

export const signatureXml = [
  '<ds:Signature Id="sig-1">',
  '\t\t<ds:SignedInfo><ds:CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/></ds:SignedInfo>',
  '\t\t<ds:SignatureValue>',
  'bWFkZSB1cA==',
  '</ds:SignatureValue>',
  '\t</ds:Signature>',
].join('\n');

/** A card with every optional element, every metric kind, a signature and awkward text. */
export function maximalCard(): ModelCard {
  const base = minimalCard();
  const awkward = '\u200B\n- a & b < c > d ]]> "q" \'s\'\r\n\ttab\u2028line sep  \n';
  return {
    ...base,
    releaseInfo: {
      ...base.releaseInfo,
      ehrCompatibility: ['Epic', 'Oracle Health', ''],
      regulatoryApproval: 'FDA 510(k) K000000',
    },
    modelSummary: { summary: awkward, keywords: ['sepsis', ' early warning ', ''] },
    trustIngredients: {
      aiSystemFacts: {
        ...base.trustIngredients.aiSystemFacts,
        foundationModels: 'None',
        security: 'SOC 2',
        transparency: '',
      },
      transparencyInformation: {
        ...base.trustIngredients.transparencyInformation,
        thirdPartyInformation: 'MIMIC-IV',
      },
    },
    keyMetrics: {
      ...base.keyMetrics,
      usefulnessUsabilityEfficacy: {
        ...base.keyMetrics.usefulnessUsabilityEfficacy,
        results: [
          {
            label: 'AUROC',
            value: { kind: 'estimate_ci', estimate: 0.81, lower: 0.78, upper: 0.84, level: 95 },
          },
          {
            label: 'Lead time',
            value: { kind: 'mean_sd', mean: 4.2, sd: 1.1, n: 310, unit: 'hours' },
          },
          {
            label: 'PPV',
            value: { kind: 'single', value: 78, unit: '%' },
            valueJson: '{"kind":"single","value":78.0,"unit":"%"}',
          },
          { label: 'Narrative', value: null, valueJson: 'not json <at all> & more' },
        ],
      },
    },
    resources: {
      evaluationReferences: '[Report](https://example.test/report)',
      clinicalTrial: 'NCT00000000',
      peerReviewedPublications: base.resources.peerReviewedPublications,
      reimbursementStatus: 'Not billable',
      patientConsentOrDisclosure: base.resources.patientConsentOrDisclosure,
    },
    signature: signatureXml,
    hti1: {
      hti1_pdsi_uscdi_vars_as_inputs: 'Age, sex. Not race ?> or <ethnicity>.',
      hti1_pdsi_fairness_local: 'Line 1\r\nLine 2',
    },
  };
}

/** The DomainError a call throws or rejects with; fails the test when it succeeds or throws something else. */
export async function rejectionOf(run: () => unknown): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but the call succeeded');
}

/** The messages of an error's details. */
export function detailMessages(error: DomainError): string[] {
  return (error.details ?? []).map((detail) => detail.message);
}
