import type { AnswerStatus, FrameworkKey } from '@vigil/contracts';

/** Evidence in the demo: a link, a small text file, or a reference to a record of the system. */
export type DemoEvidence =
  | { link: string; title: string }
  | { file: string; text: string }
  | { record: 'ai_system' | 'model_card' | 'system_document' | 'governance_decision' };

/** One answer; `owner` is the local part of a demo user's email. */
export interface DemoAnswer {
  item: string;
  status: AnswerStatus;
  owner?: string;
  note?: string;
  evidence?: DemoEvidence[];
}

export interface DemoAssessment {
  frameworkKey: FrameworkKey;
  /** A demo system's name, or null for the institution. */
  system: string | null;
  title: string;
  answers: DemoAnswer[];
  /** Items of another assessment of the same subject whose evidence is applied to this one. */
  crosswalkFrom?: { frameworkKey: FrameworkKey; items: string[] };
}

const intranet = 'https://intranet.example-health.org';
const policy: DemoEvidence = {
  link: `${intranet}/policies/ai-01`,
  title: 'Policy AI-01: Responsible use of AI',
};
const charter: DemoEvidence = {
  link: `${intranet}/ai-office/committee-charter`,
  title: 'AI governance committee charter (2025)',
};
const monitoringPlan: DemoEvidence = {
  link: `${intranet}/ai-office/monitoring/deterioration-index-plan`,
  title: 'Monitoring plan: clinical deterioration index',
};
const dua: DemoEvidence = {
  link: `${intranet}/legal/templates/ai-data-use-agreement-v3`,
  title: 'AI vendor data use agreement template v3',
};
const card: DemoEvidence = { record: 'model_card' };

const validationSummary: DemoEvidence = {
  file: 'deterioration-index-validation-summary-2025.md',
  text: [
    '# Clinical deterioration index: local validation summary (2025)',
    '',
    '- Silent-mode evaluation, 6 January to 31 March 2025, Main Hospital and Riverside Campus',
    '- 18,204 ward encounters; 912 outcomes (ICU transfer, rapid response call or death within 12 h)',
    '- AUROC 0.81 (95% CI 0.79-0.83); sensitivity 0.62 at the alert threshold; PPV 0.21',
    '- Subgroups: AUROC by sex, age band and race within 0.03 of overall; calibration by race pending',
    '- Test set held out by admission date (2024), independent of the 2019-2023 training data',
    '',
  ].join('\n'),
};

/** The in-house deterioration index against NIST AI RMF: well under way, with real gaps. */
const deteriorationNist: DemoAnswer[] = [
  {
    item: 'nist_govern_1_1',
    status: 'met',
    owner: 'nora.hassan',
    note: 'Non-device CDS under the FDA 2022 criteria; HTI-1 source attributes published in the EHR.',
    evidence: [
      {
        link: 'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/clinical-decision-support-software',
        title: 'FDA guidance: Clinical Decision Support Software (2022)',
      },
      { record: 'ai_system' },
    ],
  },
  { item: 'nist_govern_1_2', status: 'met', owner: 'amara.okafor', evidence: [policy] },
  {
    item: 'nist_govern_1_3',
    status: 'partial',
    owner: 'amara.okafor',
    note: 'Tiered as high risk; the enterprise risk tolerance statement awaits board approval.',
  },
  { item: 'nist_govern_1_4', status: 'met', owner: 'amara.okafor', evidence: [policy] },
  {
    item: 'nist_govern_1_5',
    status: 'partial',
    owner: 'amara.okafor',
    note: 'First annual review of Policy AI-01 is due in June 2026.',
  },
  {
    item: 'nist_govern_1_6',
    status: 'met',
    owner: 'amara.okafor',
    note: 'Registered in the Vigil portfolio with owners and lifecycle state.',
    evidence: [{ record: 'ai_system' }],
  },
  {
    item: 'nist_govern_1_7',
    status: 'not_met',
    owner: 'priya.shah',
    note: 'No documented decommissioning procedure for in-house models yet.',
  },
  { item: 'nist_govern_2_1', status: 'met', owner: 'amara.okafor', evidence: [charter] },
  {
    item: 'nist_govern_2_2',
    status: 'partial',
    owner: 'lee.chen',
    note: 'Charge nurses trained on 2 of 4 medical units.',
  },
  {
    item: 'nist_govern_2_3',
    status: 'met',
    owner: 'jordan.ellis',
    note: 'The COO is executive sponsor and signs go / no-go decisions.',
  },
  {
    item: 'nist_govern_3_2',
    status: 'met',
    owner: 'rachel.adams',
    note: 'The score prompts a nurse assessment; it never places orders.',
  },
  {
    item: 'nist_govern_5_1',
    status: 'not_met',
    owner: 'grace.liu',
    note: 'No patient or community input collected yet.',
  },
  {
    item: 'nist_govern_6_1',
    status: 'not_applicable',
    owner: 'priya.shah',
    note: 'Built in house; no third-party AI components.',
  },
  {
    item: 'nist_govern_6_2',
    status: 'not_applicable',
    owner: 'priya.shah',
    note: 'Built in house; no third-party AI components.',
  },
  { item: 'nist_map_1_1', status: 'met', owner: 'rachel.adams', evidence: [card] },
  { item: 'nist_map_1_2', status: 'met', owner: 'rachel.adams', evidence: [charter] },
  { item: 'nist_map_1_4', status: 'met', owner: 'amara.okafor' },
  {
    item: 'nist_map_1_5',
    status: 'partial',
    owner: 'amara.okafor',
    note: 'Follows GOVERN 1.3: tolerance statement not yet approved.',
  },
  { item: 'nist_map_2_1', status: 'met', owner: 'priya.shah', evidence: [card] },
  { item: 'nist_map_2_2', status: 'met', owner: 'priya.shah', evidence: [card] },
  {
    item: 'nist_map_2_3',
    status: 'partial',
    owner: 'priya.shah',
    note: 'Training data 2019-2023 from Main Hospital; Riverside patients under-represented.',
  },
  { item: 'nist_map_3_1', status: 'met', owner: 'rachel.adams' },
  {
    item: 'nist_map_3_2',
    status: 'partial',
    owner: 'rachel.adams',
    note: 'Cost of alert fatigue estimated; cost of missed deterioration not yet.',
  },
  { item: 'nist_map_3_3', status: 'met', owner: 'rachel.adams', evidence: [card] },
  { item: 'nist_map_3_4', status: 'partial', owner: 'lee.chen' },
  { item: 'nist_map_3_5', status: 'met', owner: 'rachel.adams' },
  { item: 'nist_map_5_1', status: 'partial', owner: 'grace.liu' },
  { item: 'nist_map_5_2', status: 'not_met', owner: 'grace.liu' },
  { item: 'nist_measure_1_1', status: 'met', owner: 'priya.shah', evidence: [monitoringPlan] },
  { item: 'nist_measure_1_2', status: 'unanswered', owner: 'priya.shah' },
  {
    item: 'nist_measure_1_3',
    status: 'partial',
    owner: 'priya.shah',
    note: "Reviewed by the committee's data science member; no independent validation.",
  },
  { item: 'nist_measure_2_1', status: 'met', owner: 'priya.shah', evidence: [validationSummary] },
  {
    item: 'nist_measure_2_3',
    status: 'met',
    owner: 'priya.shah',
    note: 'Silent-mode evaluation January to March 2025 at both sites.',
    evidence: [validationSummary, card],
  },
  {
    item: 'nist_measure_2_4',
    status: 'met',
    owner: 'priya.shah',
    evidence: [
      {
        link: `${intranet}/ai-office/dashboards/deterioration-index`,
        title: 'Deterioration index monitoring dashboard',
      },
    ],
  },
  { item: 'nist_measure_2_5', status: 'met', owner: 'priya.shah', evidence: [card] },
  {
    item: 'nist_measure_2_6',
    status: 'partial',
    owner: 'rachel.adams',
    note: 'Falls back to the standard early-warning score; alert response time not measured.',
  },
  {
    item: 'nist_measure_2_7',
    status: 'partial',
    owner: 'tom.becker',
    note: 'Penetration test of the scoring service scheduled for Q2.',
  },
  { item: 'nist_measure_2_9', status: 'partial', owner: 'priya.shah' },
  {
    item: 'nist_measure_2_10',
    status: 'met',
    owner: 'nora.hassan',
    note: 'Privacy impact assessment PIA-2024-017 approved.',
  },
  {
    item: 'nist_measure_2_11',
    status: 'partial',
    owner: 'grace.liu',
    note: 'AUROC by sex, age band and race reported; calibration by race pending.',
    evidence: [card],
  },
  {
    item: 'nist_measure_2_12',
    status: 'not_applicable',
    owner: 'priya.shah',
    note: 'Small tabular model scored hourly; negligible compute.',
  },
  { item: 'nist_measure_2_13', status: 'unanswered', owner: 'priya.shah' },
  { item: 'nist_measure_3_1', status: 'met', owner: 'priya.shah', evidence: [monitoringPlan] },
  {
    item: 'nist_measure_3_3',
    status: 'not_met',
    owner: 'rachel.adams',
    note: 'No feedback button in the patient list yet.',
  },
  {
    item: 'nist_measure_4_3',
    status: 'met',
    owner: 'priya.shah',
    note: 'Monthly monitoring reports document calibration drift and recovery.',
  },
  {
    item: 'nist_manage_1_1',
    status: 'met',
    owner: 'amara.okafor',
    evidence: [{ record: 'governance_decision' }],
  },
  { item: 'nist_manage_1_2', status: 'partial', owner: 'amara.okafor' },
  { item: 'nist_manage_1_3', status: 'partial', owner: 'priya.shah' },
  {
    item: 'nist_manage_2_1',
    status: 'met',
    owner: 'rachel.adams',
    note: 'Compared with the standard early-warning score alone during silent mode.',
  },
  { item: 'nist_manage_2_3', status: 'partial', owner: 'priya.shah' },
  {
    item: 'nist_manage_2_4',
    status: 'not_met',
    owner: 'priya.shah',
    note: 'No named owner or procedure to switch the score off.',
  },
  { item: 'nist_manage_3_1', status: 'not_applicable', owner: 'priya.shah' },
  { item: 'nist_manage_3_2', status: 'not_applicable', owner: 'priya.shah' },
  { item: 'nist_manage_4_1', status: 'partial', owner: 'priya.shah', evidence: [monitoringPlan] },
  {
    item: 'nist_manage_4_3',
    status: 'not_met',
    owner: 'amara.okafor',
    note: 'AI incident process not yet defined.',
  },
];

/** The same system against HTI-1 intervention risk management: just started. */
const deteriorationIrm: DemoAnswer[] = [
  { item: 'hti1_irm_risk_analysis_validity', status: 'met', owner: 'priya.shah' },
  { item: 'hti1_irm_risk_analysis_reliability', status: 'met', owner: 'priya.shah' },
  { item: 'hti1_irm_risk_analysis_fairness', status: 'partial', owner: 'grace.liu' },
  { item: 'hti1_irm_risk_analysis_privacy', status: 'met', owner: 'nora.hassan' },
  { item: 'hti1_irm_public_summary_link', status: 'unanswered', owner: 'amara.okafor' },
];

/** Example Health against the Joint Commission / CHAI guidance, institution-wide. */
const institutionRuaih: DemoAnswer[] = [
  {
    item: 'ruaih_governance_leader',
    status: 'met',
    owner: 'amara.okafor',
    note: 'Chief AI Officer appointed in 2025, reporting to the COO.',
  },
  { item: 'ruaih_governance_committee', status: 'met', owner: 'amara.okafor', evidence: [charter] },
  {
    item: 'ruaih_governance_policies',
    status: 'partial',
    owner: 'amara.okafor',
    note: 'Policy AI-01 covers selection to monitoring; the retirement section is in draft.',
    evidence: [policy],
  },
  {
    item: 'ruaih_governance_board_reporting',
    status: 'met',
    owner: 'jordan.ellis',
    note: 'Quarterly AI report to the board quality committee.',
  },
  { item: 'ruaih_governance_policy_review', status: 'unanswered', owner: 'amara.okafor' },
  {
    item: 'ruaih_privacy_data_policies',
    status: 'met',
    owner: 'nora.hassan',
    evidence: [{ link: `${intranet}/policies/dg-04`, title: 'Data governance policy DG-04' }],
  },
  {
    item: 'ruaih_privacy_patient_disclosure',
    status: 'not_met',
    owner: 'nora.hassan',
    note: 'Patient-facing notice on AI use drafted, not yet published.',
  },
  { item: 'ruaih_privacy_patient_notification', status: 'not_met', owner: 'nora.hassan' },
  { item: 'ruaih_privacy_consent', status: 'partial', owner: 'nora.hassan' },
  {
    item: 'ruaih_privacy_staff_transparency',
    status: 'met',
    owner: 'amara.okafor',
    note: 'The AI portfolio is open to all staff in Vigil.',
  },
  {
    item: 'ruaih_security_controls',
    status: 'met',
    owner: 'tom.becker',
    evidence: [
      {
        link: `${intranet}/security/standards/is-12`,
        title: 'Information security standard IS-12',
      },
    ],
  },
  {
    item: 'ruaih_security_dua_permitted_uses',
    status: 'met',
    owner: 'nora.hassan',
    evidence: [dua],
  },
  {
    item: 'ruaih_security_dua_reidentification',
    status: 'met',
    owner: 'nora.hassan',
    evidence: [dua],
  },
  { item: 'ruaih_security_dua_compliance', status: 'met', owner: 'tom.becker', evidence: [dua] },
  {
    item: 'ruaih_security_dua_audit_rights',
    status: 'partial',
    owner: 'nora.hassan',
    note: 'Template updated; four legacy vendor contracts still lack an audit clause.',
  },
  {
    item: 'ruaih_monitoring_vendor_validation',
    status: 'partial',
    owner: 'amara.okafor',
    note: 'The procurement questionnaire has asked since January 2026; older contracts not covered.',
  },
  { item: 'ruaih_monitoring_vendor_bias', status: 'partial', owner: 'grace.liu' },
  {
    item: 'ruaih_monitoring_owners',
    status: 'met',
    owner: 'priya.shah',
    note: 'Every monitored model has a named technical owner in the portfolio.',
  },
  { item: 'ruaih_monitoring_dashboard', status: 'partial', owner: 'priya.shah' },
  {
    item: 'ruaih_monitoring_frequency',
    status: 'met',
    owner: 'amara.okafor',
    note: 'Monitoring cadence is set by risk tier.',
  },
  { item: 'ruaih_monitoring_adverse_event_path', status: 'partial', owner: 'amara.okafor' },
  {
    item: 'ruaih_safety_blinded_reporting',
    status: 'not_met',
    owner: 'amara.okafor',
    note: 'No Patient Safety Organization agreement covers AI events yet.',
  },
  {
    item: 'ruaih_safety_internal_logging',
    status: 'partial',
    owner: 'tom.becker',
    note: 'The incident system has an "AI involved" flag since March.',
  },
  { item: 'ruaih_safety_owners', status: 'met', owner: 'amara.okafor' },
  { item: 'ruaih_risk_identify', status: 'partial', owner: 'grace.liu' },
  {
    item: 'ruaih_risk_model_cards',
    status: 'met',
    owner: 'priya.shah',
    note: 'CHAI model cards are required for every clinical model; vendor cards are imported.',
  },
  { item: 'ruaih_risk_local_testing', status: 'partial', owner: 'priya.shah' },
  { item: 'ruaih_risk_bias_checks', status: 'partial', owner: 'grace.liu' },
  { item: 'ruaih_education_role_training', status: 'partial', owner: 'lee.chen' },
  { item: 'ruaih_education_authorized_users', status: 'not_met', owner: 'lee.chen' },
  {
    item: 'ruaih_education_training_before_rollout',
    status: 'met',
    owner: 'lee.chen',
    note: 'Training is required before rollout of every tier 1 tool.',
  },
];

export const demoAssessments: DemoAssessment[] = [
  {
    frameworkKey: 'nist_ai_rmf',
    system: 'Clinical deterioration index',
    title: 'NIST AI RMF: Clinical deterioration index',
    answers: deteriorationNist,
  },
  {
    frameworkKey: 'hti1_irm',
    system: 'Clinical deterioration index',
    title: 'HTI-1 IRM: Clinical deterioration index',
    answers: deteriorationIrm,
    crosswalkFrom: {
      frameworkKey: 'nist_ai_rmf',
      items: ['nist_measure_2_5', 'nist_measure_2_11'],
    },
  },
  {
    frameworkKey: 'ruaih',
    system: null,
    title: 'RUAIH readiness: Example Health',
    answers: institutionRuaih,
  },
];
