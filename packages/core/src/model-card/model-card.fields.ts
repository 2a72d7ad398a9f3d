import type { ChaiFieldKey, KeyMetricPart, ModelCard, ModelCardKeyMetric } from '@vigil/contracts';

/** The value a card holds for one CHAI field: text, a list, a KeyMetric block, or undefined when absent. */
export type ChaiFieldValue = string | readonly string[] | ModelCardKeyMetric | undefined;

/** How to read each CHAI field from a card; the same paths as `chaiFields[].cardPath`. */
export const chaiFieldReaders: {
  readonly [K in ChaiFieldKey]: (card: ModelCard) => ChaiFieldValue;
} = {
  chai_amc_model_name: (c) => c.basicInfo.modelName,
  chai_amc_developer: (c) => c.basicInfo.modelDeveloper,
  chai_amc_developer_contact: (c) => c.basicInfo.developerContact,
  chai_amc_release_stage: (c) => c.releaseInfo.releaseStage,
  chai_amc_release_date: (c) => c.releaseInfo.releaseDate,
  chai_amc_release_version: (c) => c.releaseInfo.releaseVersion,
  chai_amc_global_availability: (c) => c.releaseInfo.globalAvailability,
  chai_amc_ehr_compatibility: (c) => c.releaseInfo.ehrCompatibility,
  chai_amc_regulatory_approval: (c) => c.releaseInfo.regulatoryApproval,
  chai_amc_summary: (c) => c.modelSummary.summary,
  chai_amc_keywords: (c) => c.modelSummary.keywords,
  chai_amc_intended_use_workflow: (c) => c.usesAndDirections.intendedUseAndWorkflow,
  chai_amc_primary_users: (c) => c.usesAndDirections.primaryIntendedUsers,
  chai_amc_how_to_use: (c) => c.usesAndDirections.howToUse,
  chai_amc_target_population: (c) => c.usesAndDirections.targetedPatientPopulation,
  chai_amc_out_of_scope: (c) => c.usesAndDirections.cautionedOutOfScopeSettings,
  chai_amc_known_risks: (c) => c.warnings.knownRisksAndLimitations,
  chai_amc_known_biases: (c) => c.warnings.knownBiasesOrEthicalConsiderations,
  chai_amc_clinical_risk_level: (c) => c.warnings.clinicalRiskLevel,
  chai_amc_outputs: (c) => c.trustIngredients.aiSystemFacts.outcomesAndOutputs,
  chai_amc_model_type: (c) => c.trustIngredients.aiSystemFacts.modelType,
  chai_amc_foundation_models: (c) => c.trustIngredients.aiSystemFacts.foundationModels,
  chai_amc_input_data_source: (c) => c.trustIngredients.aiSystemFacts.inputDataSource,
  chai_amc_io_data_types: (c) => c.trustIngredients.aiSystemFacts.outputAndInputDataTypes,
  chai_amc_dev_data: (c) => c.trustIngredients.aiSystemFacts.developmentDataCharacterization,
  chai_amc_bias_mitigation: (c) => c.trustIngredients.aiSystemFacts.biasMitigationApproaches,
  chai_amc_maintenance: (c) => c.trustIngredients.aiSystemFacts.ongoingMaintenance,
  chai_amc_security: (c) => c.trustIngredients.aiSystemFacts.security,
  chai_amc_transparency: (c) => c.trustIngredients.aiSystemFacts.transparency,
  chai_amc_funding: (c) => c.trustIngredients.transparencyInformation.fundingSource,
  chai_amc_third_party: (c) => c.trustIngredients.transparencyInformation.thirdPartyInformation,
  chai_amc_stakeholders: (c) => c.trustIngredients.transparencyInformation.stakeholdersConsulted,
  chai_amc_metric_usefulness: (c) => c.keyMetrics.usefulnessUsabilityEfficacy,
  chai_amc_metric_fairness: (c) => c.keyMetrics.fairnessEquity,
  chai_amc_metric_safety: (c) => c.keyMetrics.safetyReliability,
  chai_amc_eval_refs: (c) => c.resources.evaluationReferences,
  chai_amc_clinical_trial: (c) => c.resources.clinicalTrial,
  chai_amc_publications: (c) => c.resources.peerReviewedPublications,
  chai_amc_reimbursement: (c) => c.resources.reimbursementStatus,
  chai_amc_patient_consent: (c) => c.resources.patientConsentOrDisclosure,
  chai_amc_bibliography: (c) => c.bibliography,
  chai_amc_signature: (c) => c.signature,
};

// Whitespace and the zero-width characters some editors leave behind (U+200B in a vendor card).
const blank = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

/** True when a text says something: not absent, not only whitespace or zero-width characters. */
export function hasContent(text: string | undefined): boolean {
  return text !== undefined && !blank.test(text);
}

/**
 * True when a field is filled: text with content; a list that is present (CHAI allows empty
 * keywords); a KeyMetric block with a goal and at least one labelled result.
 */
export function isFieldFilled(value: ChaiFieldValue): boolean {
  if (value === undefined || typeof value === 'string') return hasContent(value);
  if (isTextList(value)) return true;
  return hasContent(value.metricGoal) && value.results.some((r) => hasContent(r.label));
}

/** True when one part of a KeyMetric block is filled. */
export function isMetricPartFilled(metric: ModelCardKeyMetric, part: KeyMetricPart): boolean {
  if (part === 'results') return metric.results.some((r) => hasContent(r.label));
  return hasContent(metric[part]);
}

export function isTextList(value: ChaiFieldValue): value is readonly string[] {
  return Array.isArray(value);
}
