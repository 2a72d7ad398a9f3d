import { z } from 'zod';

/**
 * ONC HTI-1 source attributes for decision support interventions, 45 CFR 170.315(b)(11)(iv):
 * 13 for evidence-based DSIs (A) and 31 for predictive DSIs (B). Keys are stable and never reused;
 * labels are our paraphrase (see docs: domain reference §1.2–1.3), not the regulation text.
 */
export const hti1DsiTypes = ['evidence_based', 'predictive'] as const;
export const hti1DsiType = z.enum(hti1DsiTypes);
/** The DSI types that carry source attributes (a subset of the portfolio's DSI type). */
export type Hti1DsiType = z.infer<typeof hti1DsiType>;

const A = '45 CFR 170.315(b)(11)(iv)(A)';
const B = '45 CFR 170.315(b)(11)(iv)(B)';

/** One source attribute. `required` is true when the rule requires it for its DSI type. */
export interface Hti1Attribute {
  readonly key: string;
  readonly ref: string;
  readonly dsiType: Hti1DsiType;
  readonly group: string;
  readonly label: string;
  readonly citation: string;
  readonly required: boolean;
}

const ebdsi = <K extends string>(n: number, key: K, group: string, label: string) =>
  ({
    key,
    ref: `A${n}`,
    dsiType: 'evidence_based',
    group,
    label,
    citation: `${A}(${n})`,
    required: true,
  }) as const;
const pdsi = <K extends string>(g: number, item: string, key: K, group: string, label: string) =>
  ({
    key,
    ref: `B${g}.${item}`,
    dsiType: 'predictive',
    group,
    label,
    citation: `${B}(${g})(${item})`,
    required: true,
  }) as const;

export const hti1Attributes = [
  ebdsi(
    1,
    'hti1_ebdsi_citation',
    'descriptive',
    'Bibliographic citation of the underlying research or guideline',
  ),
  ebdsi(
    2,
    'hti1_ebdsi_developer',
    'descriptive',
    'Who translated the research or guideline into the intervention',
  ),
  ebdsi(3, 'hti1_ebdsi_funding', 'descriptive', 'Funding source of the technical implementation'),
  ebdsi(
    4,
    'hti1_ebdsi_release_dates',
    'descriptive',
    'Release date and revision dates of the intervention or its source',
  ),
  ebdsi(5, 'hti1_ebdsi_uses_race', 'uscdi_variable_use', 'Whether race is used'),
  ebdsi(6, 'hti1_ebdsi_uses_ethnicity', 'uscdi_variable_use', 'Whether ethnicity is used'),
  ebdsi(7, 'hti1_ebdsi_uses_language', 'uscdi_variable_use', 'Whether language is used'),
  ebdsi(
    8,
    'hti1_ebdsi_uses_sexual_orientation',
    'uscdi_variable_use',
    'Whether sexual orientation is used',
  ),
  ebdsi(
    9,
    'hti1_ebdsi_uses_gender_identity',
    'uscdi_variable_use',
    'Whether gender identity is used',
  ),
  ebdsi(10, 'hti1_ebdsi_uses_sex', 'uscdi_variable_use', 'Whether sex is used'),
  ebdsi(11, 'hti1_ebdsi_uses_dob', 'uscdi_variable_use', 'Whether date of birth is used'),
  ebdsi(
    12,
    'hti1_ebdsi_uses_sdoh',
    'uscdi_variable_use',
    'Whether social determinants of health data are used',
  ),
  ebdsi(
    13,
    'hti1_ebdsi_uses_health_status',
    'uscdi_variable_use',
    'Whether health status assessment data are used',
  ),
  pdsi(
    1,
    'i',
    'hti1_pdsi_developer_contact',
    'details_output',
    'Developer name and contact information',
  ),
  pdsi(
    1,
    'ii',
    'hti1_pdsi_funding',
    'details_output',
    'Funding source of the technical implementation',
  ),
  pdsi(1, 'iii', 'hti1_pdsi_output_value', 'details_output', 'What value the intervention outputs'),
  pdsi(
    1,
    'iv',
    'hti1_pdsi_output_type',
    'details_output',
    'Output type (prediction, classification, recommendation, evaluation, analysis, other)',
  ),
  pdsi(2, 'i', 'hti1_pdsi_intended_use', 'purpose', 'Intended use'),
  pdsi(2, 'ii', 'hti1_pdsi_intended_population', 'purpose', 'Intended patient population(s)'),
  pdsi(2, 'iii', 'hti1_pdsi_intended_users', 'purpose', 'Intended user(s)'),
  pdsi(2, 'iv', 'hti1_pdsi_decision_role', 'purpose', 'Intended decision-making role'),
  pdsi(
    3,
    'i',
    'hti1_pdsi_cautioned_contexts',
    'out_of_scope',
    'Tasks, situations or populations where users should not apply it',
  ),
  pdsi(
    3,
    'ii',
    'hti1_pdsi_known_risks_limits',
    'out_of_scope',
    'Known risks, inappropriate settings or uses, known limitations',
  ),
  pdsi(
    4,
    'i',
    'hti1_pdsi_training_inclusion_exclusion',
    'development_inputs',
    'Inclusion and exclusion criteria of the training data',
  ),
  pdsi(
    4,
    'ii',
    'hti1_pdsi_uscdi_vars_as_inputs',
    'development_inputs',
    'Which of the nine USCDI variables are input features',
  ),
  pdsi(
    4,
    'iii',
    'hti1_pdsi_training_representativeness',
    'development_inputs',
    'Demographic representativeness of the training data',
  ),
  pdsi(
    4,
    'iv',
    'hti1_pdsi_training_relevance',
    'development_inputs',
    'Relevance of the training data to the intended deployment setting',
  ),
  pdsi(
    5,
    'i',
    'hti1_pdsi_fairness_approach',
    'fairness_process',
    "Developer's approach to making output fair",
  ),
  pdsi(
    5,
    'ii',
    'hti1_pdsi_bias_management',
    'fairness_process',
    'Approaches to manage, reduce or eliminate bias',
  ),
  pdsi(
    6,
    'i',
    'hti1_pdsi_extval_data_source',
    'external_validation',
    'Data source and setting of external validity and fairness testing',
  ),
  pdsi(
    6,
    'ii',
    'hti1_pdsi_extval_party',
    'external_validation',
    'Who performed the external testing',
  ),
  pdsi(
    6,
    'iii',
    'hti1_pdsi_extval_representativeness',
    'external_validation',
    'Demographic representativeness of the external data',
  ),
  pdsi(
    6,
    'iv',
    'hti1_pdsi_extval_process',
    'external_validation',
    'Description of the external validation process',
  ),
  pdsi(
    7,
    'i',
    'hti1_pdsi_validity_internal',
    'performance',
    'Validity on test data from the training source',
  ),
  pdsi(
    7,
    'ii',
    'hti1_pdsi_fairness_internal',
    'performance',
    'Fairness on test data from the training source',
  ),
  pdsi(7, 'iii', 'hti1_pdsi_validity_external', 'performance', 'Validity on external data'),
  pdsi(7, 'iv', 'hti1_pdsi_fairness_external', 'performance', 'Fairness on external data'),
  pdsi(
    7,
    'v',
    'hti1_pdsi_outcome_evidence',
    'performance',
    'References to evaluations of effect on patient outcomes',
  ),
  pdsi(
    8,
    'i',
    'hti1_pdsi_validity_monitoring_process',
    'maintenance',
    'Process and frequency of monitoring validity',
  ),
  pdsi(8, 'ii', 'hti1_pdsi_validity_local', 'maintenance', 'Validity in local data'),
  pdsi(
    8,
    'iii',
    'hti1_pdsi_fairness_monitoring_process',
    'maintenance',
    'Process and frequency of monitoring fairness',
  ),
  pdsi(8, 'iv', 'hti1_pdsi_fairness_local', 'maintenance', 'Fairness in local data'),
  pdsi(
    9,
    'i',
    'hti1_pdsi_update_process',
    'update_schedule',
    'Process and frequency of updating the intervention',
  ),
  pdsi(
    9,
    'ii',
    'hti1_pdsi_correction_frequency',
    'update_schedule',
    'How often performance is corrected when risks are found',
  ),
] as const satisfies readonly Hti1Attribute[];

export type Hti1AttributeKey = (typeof hti1Attributes)[number]['key'];
export const hti1AttributeKeys = hti1Attributes.map((a) => a.key) as [
  Hti1AttributeKey,
  ...Hti1AttributeKey[],
];
export const hti1AttributeKey = z.enum(hti1AttributeKeys);

/** The attributes that apply to a DSI type, in regulation order. */
export function hti1AttributesFor(type: Hti1DsiType): readonly (typeof hti1Attributes)[number][] {
  return hti1Attributes.filter((a) => a.dsiType === type);
}
