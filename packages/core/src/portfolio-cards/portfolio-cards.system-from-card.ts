import {
  type AiSystemCategory,
  type AiSystemKind,
  type AiSystemSnapshot,
  type FdaStatus,
  type ModelCard,
  limits,
  portfolioLimits,
} from '@vigil/contracts';
import { DomainError } from '../errors';

// First match wins; a card whose keywords and name say nothing gets the defaults.
const kindRules: readonly [RegExp, AiSystemKind][] = [
  [/\b(imaging|radiolog\w*|ct|mri|x-ray|mammogra\w*|ultrasound|patholog\w*)\b/, 'imaging'],
  [/\b(agent|agentic|autonomous agent)\b/, 'agentic'],
  [
    /\b(generative|llm|large language model|transcription|voice|ambient|natural language processing|summari[sz]ation)\b/,
    'generative',
  ],
  [/\b(rules?-based|guideline)\b/, 'rules_based'],
];
const categoryRules: readonly [RegExp, AiSystemCategory][] = [
  [/\b(documentation|transcription|scribe|soap notes?|note)\b/, 'documentation'],
  [/\b(prior authori[sz]ation|billing|coding|claims?|revenue)\b/, 'administrative'],
  [/\b(scheduling|staffing|capacity|operations?)\b/, 'operational'],
  [/\b(patient-facing|chatbot|consumer)\b/, 'patient_facing'],
  [/\b(triage|detection|diagnos\w*|screening)\b/, 'diagnosis'],
];
const clearanceRules: readonly [RegExp, FdaStatus][] = [
  [/\b(K\d{6})\b/, 'cleared_510k'],
  [/\b(DEN\d{6})\b/, 'de_novo'],
  [/\b(P\d{6})\b/, 'pma_approved'],
];

/**
 * The record of a system registered from its model card: name, developer, version, intended
 * use, users and population from the card, the FDA status when the regulatory approval names a
 * clearance number, kind and category guessed from the keywords, and a proposed lifecycle state.
 * @throws DomainError validation_failed when the card has no model name or developer
 */
export function systemFromCard(card: ModelCard): AiSystemSnapshot {
  const name = clip(card.basicInfo.modelName, limits.nameMaxLength);
  const developer = clip(card.basicInfo.modelDeveloper, limits.nameMaxLength);
  const missing = [
    ...(name === ''
      ? [{ path: 'BasicInfo/ModelName', message: 'must name the model to register a new system' }]
      : []),
    ...(developer === ''
      ? [
          {
            path: 'BasicInfo/ModelDeveloper',
            message: 'must name the developer to register a new system',
          },
        ]
      : []),
  ];
  if (missing.length > 0)
    throw new DomainError('validation_failed', 'The card cannot register a new AI system', {
      details: missing,
    });
  const words = [card.basicInfo.modelName, ...card.modelSummary.keywords].join(' | ').toLowerCase();
  const clearance = clearanceOf(card.releaseInfo.regulatoryApproval ?? '');
  const text = (value: string) => clip(value, portfolioLimits.textMaxLength) || null;
  return {
    name,
    developer,
    product: null,
    productVersion:
      clip(card.releaseInfo.releaseVersion, portfolioLimits.shortTextMaxLength) || null,
    source: 'vendor',
    kind: kindRules.find(([pattern]) => pattern.test(words))?.[1] ?? 'predictive',
    category:
      categoryRules.find(([pattern]) => pattern.test(words))?.[1] ?? 'clinical_decision_support',
    departments: [],
    sites: [],
    intendedUse: text(card.usesAndDirections.intendedUseAndWorkflow),
    intendedUsers: text(card.usesAndDirections.primaryIntendedUsers),
    patientPopulation: text(card.usesAndDirections.targetedPatientPopulation),
    deployment: null,
    ehrIntegration:
      clip(
        (card.releaseInfo.ehrCompatibility ?? []).join(', '),
        portfolioLimits.shortTextMaxLength,
      ) || null,
    dsiType: 'predictive',
    fdaStatus: clearance?.status ?? 'unknown',
    fdaClearanceNumber: clearance?.number ?? null,
    imdrfCategory: null,
    euAiActRisk: 'unknown',
    lifecycleState: 'proposed',
    clinicalOwnerId: null,
    technicalOwnerId: null,
    executiveSponsorId: null,
    links: [],
    tags: card.modelSummary.keywords
      .map((k) => clip(k, portfolioLimits.tagMaxLength))
      .filter((k) => k !== '')
      .slice(0, portfolioLimits.listMaxItems),
  };
}

function clearanceOf(text: string): { status: FdaStatus; number: string } | undefined {
  for (const [pattern, status] of clearanceRules) {
    const number = pattern.exec(text)?.[1];
    if (number !== undefined) return { status, number };
  }
  return undefined;
}

/** Trimmed, whitespace runs collapsed, and cut to fit the column. */
function clip(value: string, max: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, max).trim();
}
