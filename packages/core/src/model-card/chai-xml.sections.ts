import type { Element } from '@xmldom/xmldom';
import {
  canonicalMetricValueJson,
  modelCardMetricValue,
  type ModelCardKeyMetric,
  type ModelCardMetricResult,
} from '@vigil/contracts';
import {
  childrenOf,
  mapDefined,
  parseJsonOrUndefined,
  textOf,
  type ChildCursor,
} from './chai-xml.reader';

// One reader per CHAI section, each consuming its children in schema order.

const req = (c: ChildCursor, name: string) => textOf(c.required(name));
const opt = (c: ChildCursor, name: string) => mapDefined(c.optional(name), textOf);

export function readBasicInfo(el: Element) {
  const c = childrenOf(el);
  const section = {
    modelName: req(c, 'ModelName'),
    modelDeveloper: req(c, 'ModelDeveloper'),
    developerContact: req(c, 'DeveloperContact'),
  };
  c.end();
  return section;
}

export function readReleaseInfo(el: Element) {
  const c = childrenOf(el);
  const section = {
    releaseStage: req(c, 'ReleaseStage'),
    releaseDate: req(c, 'ReleaseDate'),
    releaseVersion: req(c, 'ReleaseVersion'),
    globalAvailability: req(c, 'GlobalAvailability'),
    ehrCompatibility: mapDefined(c.optional('EHRCompatibility'), (list) => textList(list, 'EHR')),
    regulatoryApproval: opt(c, 'RegulatoryApproval'),
  };
  c.end();
  return section;
}

export function readModelSummary(el: Element) {
  const c = childrenOf(el);
  const section = {
    summary: req(c, 'Summary'),
    keywords: textList(c.required('Keywords'), 'Keyword'),
  };
  c.end();
  return section;
}

export function readUsesAndDirections(el: Element) {
  const c = childrenOf(el);
  const section = {
    intendedUseAndWorkflow: req(c, 'IntendedUseAndWorkflow'),
    primaryIntendedUsers: req(c, 'PrimaryIntendedUsers'),
    howToUse: req(c, 'HowToUse'),
    targetedPatientPopulation: req(c, 'TargetedPatientPopulation'),
    cautionedOutOfScopeSettings: req(c, 'CautionedOutOfScopeSettings'),
  };
  c.end();
  return section;
}

export function readWarnings(el: Element) {
  const c = childrenOf(el);
  const section = {
    knownRisksAndLimitations: req(c, 'KnownRisksAndLimitations'),
    knownBiasesOrEthicalConsiderations: req(c, 'KnownBiasesOrEthicalConsiderations'),
    clinicalRiskLevel: req(c, 'ClinicalRiskLevel'),
  };
  c.end();
  return section;
}

export function readTrustIngredients(el: Element) {
  const c = childrenOf(el);
  const facts = childrenOf(c.required('AISystemFacts'));
  const aiSystemFacts = {
    outcomesAndOutputs: req(facts, 'OutcomesAndOutputs'),
    modelType: req(facts, 'ModelType'),
    foundationModels: opt(facts, 'FoundationModels'),
    inputDataSource: req(facts, 'InputDataSource'),
    outputAndInputDataTypes: req(facts, 'OutputAndInputDataTypes'),
    developmentDataCharacterization: req(facts, 'DevelopmentDataCharacterization'),
    biasMitigationApproaches: req(facts, 'BiasMitigationApproaches'),
    ongoingMaintenance: req(facts, 'OngoingMaintenance'),
    security: opt(facts, 'Security'),
    transparency: opt(facts, 'Transparency'),
  };
  facts.end();
  const info = childrenOf(c.required('TransparencyInformation'));
  const transparencyInformation = {
    fundingSource: req(info, 'FundingSource'),
    thirdPartyInformation: opt(info, 'ThirdPartyInformation'),
    stakeholdersConsulted: req(info, 'StakeholdersConsulted'),
  };
  info.end();
  c.end();
  return { aiSystemFacts, transparencyInformation };
}

export function readKeyMetrics(el: Element) {
  const c = childrenOf(el);
  const section = {
    usefulnessUsabilityEfficacy: readKeyMetric(c.required('UsefulnessUsabilityEfficacy')),
    fairnessEquity: readKeyMetric(c.required('FairnessEquity')),
    safetyReliability: readKeyMetric(c.required('SafetyReliability')),
  };
  c.end();
  return section;
}

function readKeyMetric(el: Element): ModelCardKeyMetric {
  const c = childrenOf(el);
  const metricGoal = req(c, 'MetricGoal');
  const list = childrenOf(c.required('Results'));
  const results = [
    readMetricResult(list.required('MetricResult')),
    ...list.many('MetricResult').map(readMetricResult),
  ];
  list.end();
  const block = {
    metricGoal,
    results,
    interpretation: req(c, 'Interpretation'),
    testType: req(c, 'TestType'),
    testingDataDescription: req(c, 'TestingDataDescription'),
    validationProcessAndJustification: req(c, 'ValidationProcessAndJustification'),
  };
  c.end();
  return block;
}

function readMetricResult(el: Element): ModelCardMetricResult {
  const c = childrenOf(el);
  const label = req(c, 'Label');
  const raw = req(c, 'ValueJson');
  c.end();
  const parsed = modelCardMetricValue.safeParse(parseJsonOrUndefined(raw));
  if (!parsed.success) return { label, value: null, valueJson: raw };
  return canonicalMetricValueJson(parsed.data) === raw
    ? { label, value: parsed.data }
    : { label, value: parsed.data, valueJson: raw };
}

export function readResources(el: Element) {
  const c = childrenOf(el);
  const section = {
    evaluationReferences: opt(c, 'EvaluationReferences'),
    clinicalTrial: opt(c, 'ClinicalTrial'),
    peerReviewedPublications: req(c, 'PeerReviewedPublications'),
    reimbursementStatus: opt(c, 'ReimbursementStatus'),
    patientConsentOrDisclosure: req(c, 'PatientConsentOrDisclosure'),
  };
  c.end();
  return section;
}

function textList(el: Element, item: string): string[] {
  const c = childrenOf(el);
  const items = c.many(item).map(textOf);
  c.end();
  return items;
}
