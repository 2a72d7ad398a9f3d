import type {
  ConditionGateState,
  DecisionOutcome,
  Discipline,
  LifecycleState,
  artefactDocumentKinds,
} from '@vigil/contracts';

// Example Health's review rounds, decisions, conditions and lifecycle history. People are named by
// the local part of their demo email; times are days before the moment the demo is seeded. Two
// systems in review are left without a round: the committee demo reviews the chest X-ray alert at a
// meeting, and the prior authorization assistant is free for the office to open a round.

export interface DemoSeat {
  reviewer: string;
  discipline: Discipline;
  daysAgo: number;
  conflict?: string;
  findings?: string;
  concerns?: string;
  proposed?: string[];
  recommendation?: DecisionOutcome;
  /** False leaves the review as a draft. */
  submit?: boolean;
}

export interface DemoCondition {
  description: string;
  owner: string;
  /** Days from now (negative: already past). */
  dueInDays: number;
  gates?: ConditionGateState;
  met?: { daysAgo: number; note: string };
}

export interface DemoRound {
  system: string;
  /** The state the system's recorded history starts from, before the round opens. */
  startsFrom: LifecycleState;
  openedDaysAgo: number;
  reason: string;
  seats: DemoSeat[];
  decision?: {
    daysAgo: number;
    outcome: DecisionOutcome;
    rationale: string;
    conditions: DemoCondition[];
  };
  artefacts?: {
    kind: (typeof artefactDocumentKinds)[number];
    filename: string;
    text: string;
    daysAgo: number;
  }[];
  /** Lifecycle moves after the decision. */
  moves?: { to: LifecycleState; daysAgo: number; reason: string }[];
}

export const demoRounds: DemoRound[] = [
  {
    system: 'Clinic no-show prediction',
    startsFrom: 'proposed',
    openedDaysAgo: 405,
    reason: 'Proposed by Ambulatory Operations to target reminder calls.',
    seats: [
      {
        reviewer: 'miguel.santos',
        discipline: 'clinical',
        daysAgo: 398,
        findings:
          'Outreach only: the score decides who gets an extra reminder call, never who is booked. Local back-test AUROC 0.78.',
        concerns: 'Patients without a phone on file are invisible to the outreach.',
        proposed: ['Equity audit of outreach by race, language and insurance before go-live'],
        recommendation: 'approved_with_conditions',
      },
      {
        reviewer: 'tom.becker',
        discipline: 'it_security',
        daysAgo: 397,
        findings: 'Runs inside the EHR vendor cloud under the existing BAA; no new data flows.',
        recommendation: 'approved',
      },
    ],
    decision: {
      daysAgo: 395,
      outcome: 'approved_with_conditions',
      rationale:
        'Low clinical risk and a clear operational benefit; the committee wants evidence that extra calls do not skew away from patients who already miss care.',
      conditions: [
        {
          description: 'Equity audit of reminder outreach by race, language and insurance',
          owner: 'priya.shah',
          dueInDays: -370,
          met: {
            daysAgo: 372,
            note: 'Audit attached: outreach rates within 2 points across groups.',
          },
        },
      ],
    },
    artefacts: [
      {
        kind: 'local_validation',
        filename: 'No-show local validation 2025.md',
        text: '# Local validation\n\nBack-test on 18 months of Example Health visits: AUROC 0.78, calibration slope 0.97.\n',
        daysAgo: 400,
      },
    ],
    moves: [
      { to: 'deployed', daysAgo: 368, reason: 'Condition met; live in all primary care clinics.' },
    ],
  },
  {
    system: 'Nurse staffing forecast',
    startsFrom: 'proposed',
    openedDaysAgo: 176,
    reason: 'Registration of the nursing office staffing forecast.',
    seats: [],
    decision: {
      daysAgo: 175,
      outcome: 'approved',
      rationale: 'Low risk (staff-facing forecast, no patient data); registration only.',
      conditions: [],
    },
    moves: [{ to: 'deployed', daysAgo: 170, reason: 'In use by the staffing office.' }],
  },
  {
    system: 'Ambient clinical documentation',
    startsFrom: 'proposed',
    openedDaysAgo: 88,
    reason: 'Pilot request from the hospitalist group after the vendor demonstration.',
    seats: [
      {
        reviewer: 'miguel.santos',
        discipline: 'clinical',
        daysAgo: 82,
        findings:
          'Draft notes were accurate in 46 of 50 sampled encounters; errors were omissions.',
        concerns: 'Clinicians may sign drafts without reading them.',
        proposed: ['Weekly audit of 20 signed notes during the pilot'],
        recommendation: 'approved_for_pilot',
      },
      {
        reviewer: 'tom.becker',
        discipline: 'it_security',
        daysAgo: 81,
        findings:
          'Audio is processed in the vendor region under the BAA and deleted after 30 days.',
        recommendation: 'approved_for_pilot',
      },
      {
        reviewer: 'rachel.adams',
        discipline: 'nursing',
        daysAgo: 80,
        findings: 'Nursing notes are out of scope for the pilot.',
        recommendation: 'approved_with_conditions',
      },
    ],
    decision: {
      daysAgo: 78,
      outcome: 'approved_for_pilot',
      rationale:
        'Promising accuracy and strong clinician demand; a two-unit pilot with note audits and patient notice answers the open concerns.',
      conditions: [
        {
          description: 'Post a patient notice of ambient recording in every pilot room',
          owner: 'ben.ortiz',
          dueInDays: -5,
        },
        {
          description: 'Weekly audit of 20 signed pilot notes, reported to the committee',
          owner: 'ben.ortiz',
          dueInDays: 6,
        },
        {
          description: 'Monitoring plan for note accuracy after go-live',
          owner: 'tom.becker',
          dueInDays: 40,
          gates: 'monitored',
        },
      ],
    },
  },
  {
    system: 'Symptom checker chatbot',
    startsFrom: 'in_review',
    openedDaysAgo: 24,
    reason: 'Patient-facing chatbot proposed for the patient portal.',
    seats: [
      {
        reviewer: 'miguel.santos',
        discipline: 'clinical',
        daysAgo: 12,
        findings:
          'Triage advice matched nurse triage in 88% of 200 test vignettes; under-triage in 4%.',
        concerns: 'Under-triage of chest pain vignettes in older adults.',
        proposed: ['Hard-coded escalation for chest pain and stroke symptoms'],
        recommendation: 're_review',
      },
      {
        reviewer: 'grace.liu',
        discipline: 'ethics_equity',
        daysAgo: 20,
        conflict: 'My spouse works for the chatbot vendor.',
      },
      {
        reviewer: 'tom.becker',
        discipline: 'it_security',
        daysAgo: 10,
        findings: 'Conversation logs leave the institution; the vendor agreed to a US-only region.',
        recommendation: 'approved_with_conditions',
      },
      {
        reviewer: 'nora.hassan',
        discipline: 'privacy_legal_compliance',
        daysAgo: 9,
        findings: 'Consent text needs a plain-language rewrite before any launch.',
        recommendation: 'approved_with_conditions',
      },
      {
        reviewer: 'linda.park',
        discipline: 'patient_advocate',
        daysAgo: 8,
        submit: false,
        findings: 'Patient advisory council is testing the Spanish version.',
      },
    ],
  },
  {
    system: 'Opioid overdose risk score',
    startsFrom: 'in_review',
    openedDaysAgo: 18,
    reason: 'Pharmacy request to flag patients for naloxone co-prescribing.',
    seats: [
      {
        reviewer: 'david.cho',
        discipline: 'pharmacy',
        daysAgo: 6,
        findings:
          'Flags align with the state PDMP criteria; positive predictive value 11% locally.',
        recommendation: 'approved_with_conditions',
      },
      { reviewer: 'miguel.santos', discipline: 'clinical', daysAgo: 16 },
    ],
  },
];

/** Lifecycle moves of systems already in use before Vigil recorded their reviews. */
export const demoHistories: {
  system: string;
  startsFrom: LifecycleState;
  moves: { to: LifecycleState; daysAgo: number; reason: string }[];
}[] = [
  {
    system: 'Sepsis early warning (vendor)',
    startsFrom: 'deployed',
    moves: [
      {
        to: 'monitored',
        daysAgo: 280,
        reason: 'Stable for 90 days; monthly monitoring from now on.',
      },
    ],
  },
  {
    system: 'Clinical deterioration index',
    startsFrom: 'deployed',
    moves: [
      { to: 'monitored', daysAgo: 250, reason: 'Silent evaluation complete; monthly monitoring.' },
    ],
  },
  {
    system: 'CT pulmonary embolism triage',
    startsFrom: 'deployed',
    moves: [
      { to: 'monitored', daysAgo: 230, reason: 'Moved to quarterly monitoring by radiology QA.' },
    ],
  },
  {
    system: '30-day readmission risk',
    startsFrom: 'deployed',
    moves: [
      {
        to: 'monitored',
        daysAgo: 200,
        reason: 'Care management reviews its drift report monthly.',
      },
    ],
  },
  {
    system: 'Acute kidney injury predictor',
    startsFrom: 'monitored',
    moves: [
      {
        to: 'suspended',
        daysAgo: 21,
        reason: 'Calibration drift after the creatinine assay change; alerts paused.',
      },
    ],
  },
  {
    system: 'Patient education translator',
    startsFrom: 'deployed',
    moves: [
      {
        to: 'suspended',
        daysAgo: 9,
        reason: 'A mistranslated discharge instruction was reported; use paused pending review.',
      },
    ],
  },
];
