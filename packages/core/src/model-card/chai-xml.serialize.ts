import {
  canonicalMetricValueJson,
  modelCard,
  type ModelCard,
  type ModelCardKeyMetric,
  type ModelCardMetricResult,
} from '@vigil/contracts';
import { CHAI_NS, CHAI_ROOT, DSIG_NS } from './chai-xml.constants';
import { invalidCard } from './chai-xml.errors';
import { hti1Instruction } from './chai-xml.hti1';
import { parseSignatureXml } from './chai-xml.signature';

/** An element to write: text content, or child elements (absent optional children are undefined). */
type XmlNode = { name: string; text: string } | { name: string; children: (XmlNode | undefined)[] };

/**
 * Write a card as a CHAI Applied Model Card v0.2 XML instance that validates against schema.xsd;
 * `parseChaiXml` reads it back to an equal card (HTI-1 attributes travel in a processing instruction).
 * @throws validation_failed when the card does not satisfy the `modelCard` contract or its signature is not one ds:Signature element
 */
export function serializeChaiXml(card: ModelCard): string {
  const checked = modelCard.safeParse(card);
  if (!checked.success) {
    throw invalidCard(
      'The model card is not valid',
      checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  if (card.signature !== undefined) parseSignatureXml(card.signature);
  const namespaces = `xmlns="${CHAI_NS}"${card.signature === undefined ? '' : ` xmlns:ds="${DSIG_NS}"`}`;
  const indented = (xml: string | undefined) => (xml === undefined ? undefined : `\t${xml}`);
  const body = [
    indented(hti1Instruction(card.hti1)),
    ...sectionsOf(card).map((node) => render(node, 1)),
    indented(card.signature),
  ].filter((line) => line !== undefined);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${CHAI_ROOT} ${namespaces}>`,
    ...body,
    `</${CHAI_ROOT}>`,
    '',
  ].join('\n');
}

function sectionsOf(card: ModelCard): XmlNode[] {
  const { releaseInfo: r, trustIngredients: t, resources: res } = card;
  const facts = t.aiSystemFacts;
  const info = t.transparencyInformation;
  return [
    box('BasicInfo', [
      leaf('ModelName', card.basicInfo.modelName),
      leaf('ModelDeveloper', card.basicInfo.modelDeveloper),
      leaf('DeveloperContact', card.basicInfo.developerContact),
    ]),
    box('ReleaseInfo', [
      leaf('ReleaseStage', r.releaseStage),
      leaf('ReleaseDate', r.releaseDate),
      leaf('ReleaseVersion', r.releaseVersion),
      leaf('GlobalAvailability', r.globalAvailability),
      r.ehrCompatibility === undefined
        ? undefined
        : list('EHRCompatibility', 'EHR', r.ehrCompatibility),
      maybe('RegulatoryApproval', r.regulatoryApproval),
    ]),
    box('ModelSummary', [
      leaf('Summary', card.modelSummary.summary),
      list('Keywords', 'Keyword', card.modelSummary.keywords),
    ]),
    box('UsesAndDirections', [
      leaf('IntendedUseAndWorkflow', card.usesAndDirections.intendedUseAndWorkflow),
      leaf('PrimaryIntendedUsers', card.usesAndDirections.primaryIntendedUsers),
      leaf('HowToUse', card.usesAndDirections.howToUse),
      leaf('TargetedPatientPopulation', card.usesAndDirections.targetedPatientPopulation),
      leaf('CautionedOutOfScopeSettings', card.usesAndDirections.cautionedOutOfScopeSettings),
    ]),
    box('Warnings', [
      leaf('KnownRisksAndLimitations', card.warnings.knownRisksAndLimitations),
      leaf('KnownBiasesOrEthicalConsiderations', card.warnings.knownBiasesOrEthicalConsiderations),
      leaf('ClinicalRiskLevel', card.warnings.clinicalRiskLevel),
    ]),
    box('TrustIngredients', [
      box('AISystemFacts', [
        leaf('OutcomesAndOutputs', facts.outcomesAndOutputs),
        leaf('ModelType', facts.modelType),
        maybe('FoundationModels', facts.foundationModels),
        leaf('InputDataSource', facts.inputDataSource),
        leaf('OutputAndInputDataTypes', facts.outputAndInputDataTypes),
        leaf('DevelopmentDataCharacterization', facts.developmentDataCharacterization),
        leaf('BiasMitigationApproaches', facts.biasMitigationApproaches),
        leaf('OngoingMaintenance', facts.ongoingMaintenance),
        maybe('Security', facts.security),
        maybe('Transparency', facts.transparency),
      ]),
      box('TransparencyInformation', [
        leaf('FundingSource', info.fundingSource),
        maybe('ThirdPartyInformation', info.thirdPartyInformation),
        leaf('StakeholdersConsulted', info.stakeholdersConsulted),
      ]),
    ]),
    box('KeyMetrics', [
      keyMetric('UsefulnessUsabilityEfficacy', card.keyMetrics.usefulnessUsabilityEfficacy),
      keyMetric('FairnessEquity', card.keyMetrics.fairnessEquity),
      keyMetric('SafetyReliability', card.keyMetrics.safetyReliability),
    ]),
    box('Resources', [
      maybe('EvaluationReferences', res.evaluationReferences),
      maybe('ClinicalTrial', res.clinicalTrial),
      leaf('PeerReviewedPublications', res.peerReviewedPublications),
      maybe('ReimbursementStatus', res.reimbursementStatus),
      leaf('PatientConsentOrDisclosure', res.patientConsentOrDisclosure),
    ]),
    leaf('Bibliography', card.bibliography),
  ];
}

function keyMetric(name: string, m: ModelCardKeyMetric): XmlNode {
  return box(name, [
    leaf('MetricGoal', m.metricGoal),
    box('Results', m.results.map(metricResult)),
    leaf('Interpretation', m.interpretation),
    leaf('TestType', m.testType),
    leaf('TestingDataDescription', m.testingDataDescription),
    leaf('ValidationProcessAndJustification', m.validationProcessAndJustification),
  ]);
}

function metricResult(r: ModelCardMetricResult): XmlNode {
  const valueJson = r.valueJson ?? (r.value === null ? '' : canonicalMetricValueJson(r.value));
  return box('MetricResult', [leaf('Label', r.label), leaf('ValueJson', valueJson)]);
}

const leaf = (name: string, text: string): XmlNode => ({ name, text });
const maybe = (name: string, text: string | undefined) =>
  text === undefined ? undefined : leaf(name, text);
const box = (name: string, children: (XmlNode | undefined)[]): XmlNode => ({ name, children });
const list = (name: string, item: string, items: readonly string[]) =>
  box(
    name,
    items.map((text) => leaf(item, text)),
  );

function render(node: XmlNode, depth: number): string {
  const indent = '\t'.repeat(depth);
  if ('text' in node)
    return node.text === ''
      ? `${indent}<${node.name} />`
      : `${indent}<${node.name}>${escapeText(node.text)}</${node.name}>`;
  const children = node.children.filter((child) => child !== undefined);
  if (children.length === 0) return `${indent}<${node.name} />`;
  return [
    `${indent}<${node.name}>`,
    ...children.map((child) => render(child, depth + 1)),
    `${indent}</${node.name}>`,
  ].join('\n');
}

/** Escape element text; `\r` becomes a character reference, because parsers turn a literal one into `\n`. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}
