import { type Kysely, sql } from 'kysely';

type Db = Kysely<unknown>;

// Version 1 of the risk-tiering rules: domain reference §5.5, with consequences from §5.5 and the
// monitoring cadence of §6.3. This is a frozen copy: later versions are published from the web
// app as new rows, so this file never changes and every database starts from the same version 1.

const levels = (...texts: [string, string, string, string]) => texts;

/**
 * Weights: the three dimensions that alone can make a system high risk under §5.5 (clinical
 * function, autonomy, worst credible harm) describe what happens to a patient when the output is
 * wrong, so they weigh 2; the other seven describe exposure (how reversible, how many people, how
 * vulnerable, how changeable, how opaque, how sensitive the data, whether generative) and weigh 1.
 * The maximum is 39. The §5.5 threshold of 12 is then met by a tool at level 2 on the three heavy
 * dimensions alone, by level 1 on every dimension, or by a low-impact tool with several exposure
 * concerns at their top (a vendor black box on identifiable PHI for 100,000 patients a year); a
 * tool with no patient data, used by staff, stays below it.
 */
export const tierRuleSetV1 = {
  dimensions: [
    {
      key: 'tier_clinical_impact',
      label: 'Clinical proximity and function',
      question: 'How close is its output to clinical decisions about a patient?',
      weight: 2,
      levels: levels(
        'Administrative',
        'Operational or clinical information',
        'Clinical decision support',
        'Diagnosis or treatment',
      ),
    },
    {
      key: 'tier_autonomy',
      label: 'Autonomy',
      question: 'How much does it act on its own?',
      weight: 2,
      levels: levels('Informs only', 'Recommends', 'Acts with human review', 'Acts without review'),
    },
    {
      key: 'tier_harm_severity',
      label: 'Worst credible harm if wrong',
      question: 'What is the worst credible harm if its output is wrong?',
      weight: 2,
      levels: levels('Minimal', 'Minor and reversible', 'Moderate', 'Serious harm or death'),
    },
    {
      key: 'tier_reversibility',
      label: 'Reversibility of the acted-on output',
      question: 'Can an action taken on its output be undone?',
      weight: 1,
      levels: levels(
        'Fully reversible before it takes effect',
        'Reversible with effort',
        'Partly reversible',
        'Irreversible',
      ),
    },
    {
      key: 'tier_population',
      label: 'Population vulnerability',
      question: 'Who is affected by it?',
      weight: 1,
      levels: levels(
        'Staff only',
        'General adult patients',
        'Broad population including vulnerable groups',
        'Pediatric, neonatal, ICU or other highly vulnerable patients',
      ),
    },
    {
      key: 'tier_scale',
      label: 'Patients affected per year',
      question: 'How many patients does it affect each year?',
      weight: 1,
      levels: levels('Fewer than 100', '100 to 10,000', '10,000 to 100,000', 'More than 100,000'),
    },
    {
      key: 'tier_change',
      label: 'Change over time',
      question: 'How does the model change after it goes live?',
      weight: 1,
      levels: levels('Fixed', 'Vendor updates', 'Retrained locally', 'Continuously learning'),
    },
    {
      key: 'tier_third_party',
      label: 'Reliance on a third party',
      question: 'Who builds and runs the model?',
      weight: 1,
      levels: levels('In house', 'Open source', 'Foundation-model API', 'Vendor black box'),
    },
    {
      key: 'tier_data_sensitivity',
      label: 'Data',
      question: 'What patient data does it use?',
      weight: 1,
      levels: levels('None', 'De-identified', 'Limited data set', 'Identifiable PHI'),
    },
    {
      key: 'tier_genai',
      label: 'Generative or agentic',
      question: 'Is it generative or agentic AI?',
      weight: 1,
      levels: levels(
        'No',
        'Not used (no level 1)',
        'Yes, output reviewed by a person',
        'Yes, patient-facing or acting on its own',
      ),
    },
  ],
  rules: [
    {
      id: 'high_risk',
      tier: 'high',
      label:
        'Diagnosis or treatment, serious harm, acts without review, acts with review on clinical decisions, IMDRF category III/IV or an FDA-regulated device',
      anyOf: [
        { dimension: 'tier_clinical_impact', equals: 3 },
        { dimension: 'tier_harm_severity', equals: 3 },
        { dimension: 'tier_autonomy', equals: 3 },
        {
          allOf: [
            { dimension: 'tier_autonomy', equals: 2 },
            { dimension: 'tier_clinical_impact', atLeast: 2 },
          ],
        },
        { imdrfCategoryIn: ['III', 'IV'] },
        { fact: 'fda_regulated' },
      ],
    },
    {
      id: 'moderate_risk',
      tier: 'moderate',
      label:
        'Clinical decision support, patient-facing, moderate harm, generative or agentic AI touching patient-level data, or a weighted score of 12 or more',
      anyOf: [
        { dimension: 'tier_clinical_impact', equals: 2 },
        { fact: 'patient_facing' },
        { dimension: 'tier_harm_severity', equals: 2 },
        { fact: 'genai_patient_data' },
        { weightedScoreAtLeast: 12 },
      ],
    },
  ],
  defaultTier: 'low',
  tiers: {
    high: {
      pathway: 'full',
      requiredArtefacts: [
        'intended_use',
        'named_owners',
        'model_card',
        'hti1_source_attributes',
        'local_validation',
        'silent_evaluation',
        'risk_management_plan',
      ],
      // §6.3: performance and fairness checked monthly for high risk.
      monitoringCadenceDays: 30,
      reReviewMonths: 12,
    },
    moderate: {
      pathway: 'fast_track',
      requiredArtefacts: ['intended_use', 'named_owners', 'model_card', 'local_validation'],
      monitoringCadenceDays: 90,
      reReviewMonths: 12,
    },
    low: {
      pathway: 'registration_only',
      requiredArtefacts: ['intended_use', 'named_owners'],
      monitoringCadenceDays: 365,
      reReviewMonths: 24,
    },
  },
  pathways: {
    full: {
      requiredDisciplines: [
        'clinical',
        'it_security',
        'privacy_legal_compliance',
        'ethics_equity',
        'data_science',
      ],
      quorum: 3,
      decidedAtMeeting: true,
      targetDays: 60,
    },
    fast_track: {
      requiredDisciplines: ['clinical', 'it_security'],
      quorum: 2,
      decidedAtMeeting: false,
      targetDays: 21,
    },
    registration_only: {
      requiredDisciplines: [],
      quorum: 0,
      decidedAtMeeting: false,
      targetDays: 7,
    },
  },
} as const;

export async function up(db: Db): Promise<void> {
  // Inserted only where no version exists, so running it against a database that already holds
  // rules changes nothing. Migrations have no service clock: the version is dated when it lands.
  await sql`insert into tier_rule_sets (version, definition_json, note, created_by_id, created_by_label, created_at)
    select 1, ${JSON.stringify(tierRuleSetV1)}, ${'Version 1: the default risk-tiering rules of the domain reference (§5.5), with monitoring cadence from §6.3'}, null, ${'Vigil'}, ${new Date().toISOString()}
    where not exists (select 1 from tier_rule_sets)`.execute(db);
}

export async function down(db: Db): Promise<void> {
  await sql`delete from tier_rule_sets where version = 1`.execute(db);
}
