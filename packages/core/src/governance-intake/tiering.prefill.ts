import {
  type AiSystemCategory,
  type AiSystemKind,
  type AiSystemSource,
  type FdaStatus,
  type IntakeAutonomy,
  type TierAnswerValue,
  type TierAnswers,
  aiSystemCategoryLabels,
  aiSystemSourceLabels,
  fdaStatusLabels,
  imdrfCategory,
  intakeAutonomyLabels,
} from '@vigil/contracts';

// Suggested tiering answers from what the portfolio and the intake already say. They are only
// suggestions: the office sees where each came from and answers every dimension itself.

/** The system and intake fields the suggestions read. */
export interface PrefillFacts {
  system: {
    source: AiSystemSource;
    kind: AiSystemKind;
    category: AiSystemCategory;
    departments: string[];
    patientPopulation: string | null;
    fdaStatus: FdaStatus;
    imdrfCategory: string | null;
  };
  intake: { reference: string; patientFacing: boolean; autonomy: IntakeAutonomy } | null;
}

/** FDA statuses of a device under FDA oversight (cleared, granted, approved, exempt or under study). */
const deviceStatuses: readonly FdaStatus[] = [
  'class_i_exempt',
  'cleared_510k',
  'de_novo',
  'pma_approved',
  'breakthrough_designated',
  'investigational_ide',
];

const clinicalImpactByCategory: Partial<Record<AiSystemCategory, number>> = {
  administrative: 0,
  operational: 1,
  documentation: 1,
  clinical_decision_support: 2,
  diagnosis: 3,
};

const thirdPartyBySource: Record<AiSystemSource, number> = {
  in_house: 0,
  open_source: 1,
  vendor: 3,
};

const autonomyLevels: Record<IntakeAutonomy, TierAnswerValue> = {
  informs: 0,
  recommends: 1,
  acts_with_review: 2,
  acts_without_review: 3,
  unknown: 'unknown',
};

const vulnerable = /\b(child|children|pediatric|paediatric|neonat\w*|infant\w*|nicu|picu|icu)\b/i;
const noPatients = /\bno patient/i;

/** Suggested answers with where each came from, keyed by dimension, `fact.<name>` or `imdrfCategory`. */
export function prefillAnswers(facts: PrefillFacts): {
  answers: TierAnswers;
  sources: Record<string, string>;
} {
  const { system, intake } = facts;
  const scores: TierAnswers['scores'] = {};
  const sources: Record<string, string> = {};
  const category = aiSystemCategoryLabels[system.category];

  const impact = clinicalImpactByCategory[system.category];
  if (impact !== undefined) {
    scores.tier_clinical_impact = impact;
    sources.tier_clinical_impact = `The system’s category: ${category}`;
  }
  if (intake) {
    scores.tier_autonomy = autonomyLevels[intake.autonomy];
    sources.tier_autonomy = `Intake ${intake.reference}: “${intakeAutonomyLabels[intake.autonomy]}”`;
  }
  scores.tier_third_party = thirdPartyBySource[system.source];
  sources.tier_third_party = `The system’s source: ${aiSystemSourceLabels[system.source]}`;

  const isGenerative = system.kind === 'generative' || system.kind === 'agentic';
  const actsOrFacesPatients = system.kind === 'agentic' || system.category === 'patient_facing';
  scores.tier_genai = isGenerative ? (actsOrFacesPatients ? 3 : 2) : 0;
  sources.tier_genai = `The system’s kind (${system.kind.replace('_', ' ')}) and category (${category})`;

  const population = [system.patientPopulation ?? '', ...system.departments].join(' ');
  if (noPatients.test(population)) {
    scores.tier_population = 0;
    scores.tier_data_sensitivity = 0;
    sources.tier_population = sources.tier_data_sensitivity = 'The system’s patient population';
  } else if (vulnerable.test(population)) {
    scores.tier_population = 3;
    sources.tier_population = 'The system’s patient population and departments';
  }

  const patientFacing = system.category === 'patient_facing' || (intake?.patientFacing ?? false);
  const fdaRegulated = deviceStatuses.includes(system.fdaStatus);
  const genaiPatientData = isGenerative && scores.tier_data_sensitivity !== 0;
  sources['fact.patient_facing'] = intake
    ? `The system’s category and intake ${intake.reference}`
    : 'The system’s category';
  sources['fact.fda_regulated'] = `The system’s FDA status: ${fdaStatusLabels[system.fdaStatus]}`;
  sources['fact.genai_patient_data'] = 'The system’s kind and patient population';

  const imdrf = imdrfCategory.safeParse(system.imdrfCategory);
  sources.imdrfCategory = imdrf.success
    ? `The system’s IMDRF category: ${imdrf.data}`
    : 'The system has no IMDRF category';

  return {
    answers: {
      scores,
      estimates: {},
      facts: {
        patient_facing: patientFacing,
        fda_regulated: fdaRegulated,
        genai_patient_data: genaiPatientData,
      },
      imdrfCategory: imdrf.success ? imdrf.data : null,
    },
    sources,
  };
}
