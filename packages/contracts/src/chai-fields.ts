import { z } from 'zod';

/**
 * The fields of the CHAI Applied Model Card v0.2 (namespace https://mc.chai.org/v0.2/schema.xsd),
 * as data: our stable key, the schema section, the XML element path under AppliedModelCard, the
 * path of the value in our `ModelCard` shape, and whether the schema requires it.
 * `kind` tells how the value is held: markdown text, a list of strings, or a KeyMetric block.
 */
export const chaiFieldKinds = ['text', 'list', 'key_metric', 'signature'] as const;
export type ChaiFieldKind = (typeof chaiFieldKinds)[number];

/** One field of the card. */
export interface ChaiField {
  readonly key: string;
  readonly section: string;
  readonly element: string;
  readonly cardPath: string;
  readonly kind: ChaiFieldKind;
  readonly required: boolean;
  readonly label: string;
}

const f = <K extends string>(
  key: K,
  element: string,
  cardPath: string,
  required: boolean,
  label: string,
  kind: ChaiFieldKind = 'text',
) => ({ key, section: sectionOf(element), element, cardPath, kind, required, label }) as const;

function sectionOf(element: string): string {
  const parts = element.split('/');
  if (parts[0] === 'TrustIngredients') return parts.slice(0, 2).join('.');
  return parts.length > 1 ? (parts[0] ?? '') : '(root)';
}

const AF = 'TrustIngredients/AISystemFacts';
const TI = 'TrustIngredients/TransparencyInformation';
const af = 'trustIngredients.aiSystemFacts';
const ti = 'trustIngredients.transparencyInformation';

export const chaiFields = [
  f('chai_amc_model_name', 'BasicInfo/ModelName', 'basicInfo.modelName', true, 'Model name'),
  f(
    'chai_amc_developer',
    'BasicInfo/ModelDeveloper',
    'basicInfo.modelDeveloper',
    true,
    'Model developer',
  ),
  f(
    'chai_amc_developer_contact',
    'BasicInfo/DeveloperContact',
    'basicInfo.developerContact',
    true,
    'Developer contact',
  ),
  f(
    'chai_amc_release_stage',
    'ReleaseInfo/ReleaseStage',
    'releaseInfo.releaseStage',
    true,
    'Release stage',
  ),
  f(
    'chai_amc_release_date',
    'ReleaseInfo/ReleaseDate',
    'releaseInfo.releaseDate',
    true,
    'Release date',
  ),
  f(
    'chai_amc_release_version',
    'ReleaseInfo/ReleaseVersion',
    'releaseInfo.releaseVersion',
    true,
    'Release version',
  ),
  f(
    'chai_amc_global_availability',
    'ReleaseInfo/GlobalAvailability',
    'releaseInfo.globalAvailability',
    true,
    'Global availability',
  ),
  f(
    'chai_amc_ehr_compatibility',
    'ReleaseInfo/EHRCompatibility/EHR',
    'releaseInfo.ehrCompatibility',
    false,
    'EHR compatibility',
    'list',
  ),
  f(
    'chai_amc_regulatory_approval',
    'ReleaseInfo/RegulatoryApproval',
    'releaseInfo.regulatoryApproval',
    false,
    'Regulatory approval',
  ),
  f('chai_amc_summary', 'ModelSummary/Summary', 'modelSummary.summary', true, 'Summary'),
  f(
    'chai_amc_keywords',
    'ModelSummary/Keywords/Keyword',
    'modelSummary.keywords',
    true,
    'Keywords',
    'list',
  ),
  f(
    'chai_amc_intended_use_workflow',
    'UsesAndDirections/IntendedUseAndWorkflow',
    'usesAndDirections.intendedUseAndWorkflow',
    true,
    'Intended use and workflow',
  ),
  f(
    'chai_amc_primary_users',
    'UsesAndDirections/PrimaryIntendedUsers',
    'usesAndDirections.primaryIntendedUsers',
    true,
    'Primary intended users',
  ),
  f(
    'chai_amc_how_to_use',
    'UsesAndDirections/HowToUse',
    'usesAndDirections.howToUse',
    true,
    'How to use',
  ),
  f(
    'chai_amc_target_population',
    'UsesAndDirections/TargetedPatientPopulation',
    'usesAndDirections.targetedPatientPopulation',
    true,
    'Targeted patient population',
  ),
  f(
    'chai_amc_out_of_scope',
    'UsesAndDirections/CautionedOutOfScopeSettings',
    'usesAndDirections.cautionedOutOfScopeSettings',
    true,
    'Cautioned out-of-scope settings',
  ),
  f(
    'chai_amc_known_risks',
    'Warnings/KnownRisksAndLimitations',
    'warnings.knownRisksAndLimitations',
    true,
    'Known risks and limitations',
  ),
  f(
    'chai_amc_known_biases',
    'Warnings/KnownBiasesOrEthicalConsiderations',
    'warnings.knownBiasesOrEthicalConsiderations',
    true,
    'Known biases or ethical considerations',
  ),
  f(
    'chai_amc_clinical_risk_level',
    'Warnings/ClinicalRiskLevel',
    'warnings.clinicalRiskLevel',
    true,
    'Clinical risk level',
  ),
  f(
    'chai_amc_outputs',
    `${AF}/OutcomesAndOutputs`,
    `${af}.outcomesAndOutputs`,
    true,
    'Outcomes and outputs',
  ),
  f('chai_amc_model_type', `${AF}/ModelType`, `${af}.modelType`, true, 'Model type'),
  f(
    'chai_amc_foundation_models',
    `${AF}/FoundationModels`,
    `${af}.foundationModels`,
    false,
    'Foundation models',
  ),
  f(
    'chai_amc_input_data_source',
    `${AF}/InputDataSource`,
    `${af}.inputDataSource`,
    true,
    'Input data source',
  ),
  f(
    'chai_amc_io_data_types',
    `${AF}/OutputAndInputDataTypes`,
    `${af}.outputAndInputDataTypes`,
    true,
    'Output and input data types',
  ),
  f(
    'chai_amc_dev_data',
    `${AF}/DevelopmentDataCharacterization`,
    `${af}.developmentDataCharacterization`,
    true,
    'Development data characterization',
  ),
  f(
    'chai_amc_bias_mitigation',
    `${AF}/BiasMitigationApproaches`,
    `${af}.biasMitigationApproaches`,
    true,
    'Bias mitigation approaches',
  ),
  f(
    'chai_amc_maintenance',
    `${AF}/OngoingMaintenance`,
    `${af}.ongoingMaintenance`,
    true,
    'Ongoing maintenance',
  ),
  f('chai_amc_security', `${AF}/Security`, `${af}.security`, false, 'Security'),
  f('chai_amc_transparency', `${AF}/Transparency`, `${af}.transparency`, false, 'Transparency'),
  f('chai_amc_funding', `${TI}/FundingSource`, `${ti}.fundingSource`, true, 'Funding source'),
  f(
    'chai_amc_third_party',
    `${TI}/ThirdPartyInformation`,
    `${ti}.thirdPartyInformation`,
    false,
    'Third-party information',
  ),
  f(
    'chai_amc_stakeholders',
    `${TI}/StakeholdersConsulted`,
    `${ti}.stakeholdersConsulted`,
    true,
    'Stakeholders consulted',
  ),
  f(
    'chai_amc_metric_usefulness',
    'KeyMetrics/UsefulnessUsabilityEfficacy',
    'keyMetrics.usefulnessUsabilityEfficacy',
    true,
    'Usefulness, usability and efficacy',
    'key_metric',
  ),
  f(
    'chai_amc_metric_fairness',
    'KeyMetrics/FairnessEquity',
    'keyMetrics.fairnessEquity',
    true,
    'Fairness and equity',
    'key_metric',
  ),
  f(
    'chai_amc_metric_safety',
    'KeyMetrics/SafetyReliability',
    'keyMetrics.safetyReliability',
    true,
    'Safety and reliability',
    'key_metric',
  ),
  f(
    'chai_amc_eval_refs',
    'Resources/EvaluationReferences',
    'resources.evaluationReferences',
    false,
    'Evaluation references',
  ),
  f(
    'chai_amc_clinical_trial',
    'Resources/ClinicalTrial',
    'resources.clinicalTrial',
    false,
    'Clinical trial',
  ),
  f(
    'chai_amc_publications',
    'Resources/PeerReviewedPublications',
    'resources.peerReviewedPublications',
    true,
    'Peer-reviewed publications',
  ),
  f(
    'chai_amc_reimbursement',
    'Resources/ReimbursementStatus',
    'resources.reimbursementStatus',
    false,
    'Reimbursement status',
  ),
  f(
    'chai_amc_patient_consent',
    'Resources/PatientConsentOrDisclosure',
    'resources.patientConsentOrDisclosure',
    true,
    'Patient consent or disclosure',
  ),
  f('chai_amc_bibliography', 'Bibliography', 'bibliography', true, 'Bibliography (BibTeX)'),
  f('chai_amc_signature', 'ds:Signature', 'signature', false, 'XML digital signature', 'signature'),
] as const satisfies readonly ChaiField[];

export type ChaiFieldKey = (typeof chaiFields)[number]['key'];
export const chaiFieldKeys = chaiFields.map((c) => c.key) as [ChaiFieldKey, ...ChaiFieldKey[]];
export const chaiFieldKey = z.enum(chaiFieldKeys);

/** The six parts of each KeyMetric block, in schema order, with their element names. */
export const keyMetricParts = [
  { part: 'metricGoal', element: 'MetricGoal', label: 'Metric goal' },
  { part: 'results', element: 'Results', label: 'Results' },
  { part: 'interpretation', element: 'Interpretation', label: 'Interpretation' },
  { part: 'testType', element: 'TestType', label: 'Test type' },
  {
    part: 'testingDataDescription',
    element: 'TestingDataDescription',
    label: 'Testing data description',
  },
  {
    part: 'validationProcessAndJustification',
    element: 'ValidationProcessAndJustification',
    label: 'Validation process and justification',
  },
] as const;
export type KeyMetricPart = (typeof keyMetricParts)[number]['part'];
