import type { ChaiFieldKey, Hti1AttributeKey, KeyMetricPart } from '@vigil/contracts';

/** A CHAI field, or one part of a KeyMetric block, that can answer an HTI-1 attribute. */
export interface CrosswalkSource {
  readonly field: ChaiFieldKey;
  readonly part?: KeyMetricPart;
}

/**
 * One HTI-1 attribute answered through CHAI fields. `match: 'all'` needs every source filled, `'any'`
 * one of them. `basis` says where the mapping comes from: the domain reference §9 crosswalk, or our
 * extension for evidence-based attributes §9 leaves out.
 */
export interface CrosswalkEntry {
  readonly hti1: Hti1AttributeKey;
  readonly sources: readonly CrosswalkSource[];
  readonly match: 'all' | 'any';
  readonly basis: 'reference_s9' | 'vigil_extension';
}

const src = (...fields: ChaiFieldKey[]): CrosswalkSource[] => fields.map((field) => ({ field }));
const metrics: readonly ChaiFieldKey[] = [
  'chai_amc_metric_usefulness',
  'chai_amc_metric_fairness',
  'chai_amc_metric_safety',
];
const externalValidation: CrosswalkSource[] = metrics.flatMap((field) => [
  { field, part: 'testType' },
  { field, part: 'validationProcessAndJustification' },
]);

const s9 = (
  hti1: Hti1AttributeKey,
  sources: CrosswalkSource[],
  match: 'all' | 'any' = 'any',
): CrosswalkEntry => ({
  hti1,
  sources,
  match,
  basis: 'reference_s9',
});
const ours = (hti1: Hti1AttributeKey, sources: CrosswalkSource[]): CrosswalkEntry => ({
  hti1,
  sources,
  match: 'any',
  basis: 'vigil_extension',
});

/**
 * HTI-1 ← CHAI crosswalk (domain reference §9). Not mapped, so only an explicit `hti1` value meets
 * them: B4.ii, B4.iii and A5–A13 (which USCDI variables are used; CHAI has no such field).
 */
export const hti1Crosswalk: readonly CrosswalkEntry[] = [
  s9('hti1_pdsi_developer_contact', src('chai_amc_developer', 'chai_amc_developer_contact'), 'all'),
  s9('hti1_pdsi_funding', src('chai_amc_funding')),
  s9('hti1_pdsi_output_value', src('chai_amc_outputs')),
  s9('hti1_pdsi_output_type', src('chai_amc_outputs')),
  s9('hti1_pdsi_intended_use', src('chai_amc_intended_use_workflow')),
  s9('hti1_pdsi_intended_population', src('chai_amc_target_population')),
  s9('hti1_pdsi_intended_users', src('chai_amc_primary_users')),
  s9('hti1_pdsi_decision_role', src('chai_amc_how_to_use')),
  s9('hti1_pdsi_cautioned_contexts', src('chai_amc_out_of_scope')),
  s9('hti1_pdsi_known_risks_limits', src('chai_amc_known_risks')),
  s9(
    'hti1_pdsi_training_inclusion_exclusion',
    src('chai_amc_input_data_source', 'chai_amc_dev_data'),
  ),
  s9('hti1_pdsi_training_relevance', src('chai_amc_input_data_source', 'chai_amc_dev_data')),
  s9('hti1_pdsi_fairness_approach', src('chai_amc_bias_mitigation', 'chai_amc_known_biases')),
  s9('hti1_pdsi_bias_management', src('chai_amc_bias_mitigation', 'chai_amc_known_biases')),
  s9('hti1_pdsi_extval_data_source', externalValidation),
  s9('hti1_pdsi_extval_party', externalValidation),
  s9('hti1_pdsi_extval_representativeness', externalValidation),
  s9('hti1_pdsi_extval_process', externalValidation),
  s9('hti1_pdsi_validity_internal', src('chai_amc_metric_usefulness', 'chai_amc_metric_safety')),
  s9('hti1_pdsi_validity_external', src('chai_amc_metric_usefulness', 'chai_amc_metric_safety')),
  s9('hti1_pdsi_fairness_internal', src('chai_amc_metric_fairness')),
  s9('hti1_pdsi_fairness_external', src('chai_amc_metric_fairness')),
  s9('hti1_pdsi_outcome_evidence', src('chai_amc_eval_refs', 'chai_amc_publications')),
  s9('hti1_pdsi_validity_monitoring_process', src('chai_amc_maintenance')),
  s9('hti1_pdsi_validity_local', src('chai_amc_maintenance')),
  s9('hti1_pdsi_fairness_monitoring_process', src('chai_amc_maintenance')),
  s9('hti1_pdsi_fairness_local', src('chai_amc_maintenance')),
  s9('hti1_pdsi_update_process', src('chai_amc_maintenance')),
  s9('hti1_pdsi_correction_frequency', src('chai_amc_maintenance')),
  s9('hti1_ebdsi_funding', src('chai_amc_funding')),
  ours('hti1_ebdsi_citation', src('chai_amc_bibliography', 'chai_amc_publications')),
  ours('hti1_ebdsi_developer', src('chai_amc_developer')),
  ours('hti1_ebdsi_release_dates', src('chai_amc_release_date')),
];

/** The crosswalk entry for an attribute, if it has one. */
export function findCrosswalkEntry(key: Hti1AttributeKey): CrosswalkEntry | undefined {
  return hti1Crosswalk.find((entry) => entry.hti1 === key);
}

/** `chai_amc_metric_fairness.testType`-style name of a source. */
export function sourceName(source: CrosswalkSource): string {
  return source.part === undefined ? source.field : `${source.field}.${source.part}`;
}
