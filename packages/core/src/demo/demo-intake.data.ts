import type {
  AiSystemSource,
  ImdrfCategory,
  IntakeAutonomy,
  IntakeKind,
  RiskTier,
} from '@vigil/contracts';

// Example Health's intakes and tierings. People are named by their demo email's local part;
// times are days before the seed runs, so the queue always looks like the last few weeks.

/** What happened to an intake after it came in, in order. */
export type DemoIntakeStep =
  | { daysAgo: number; ask: string }
  | { daysAgo: number; answer: string }
  | { daysAgo: number; acceptAs: string }
  | { daysAgo: number; close: string };

export interface DemoIntake {
  submitter: string;
  daysAgo: number;
  kind: IntakeKind;
  title: string;
  problem: string;
  intendedUse: string;
  department: string;
  source: AiSystemSource;
  vendorName?: string;
  dataUsed: string;
  affectedPeople: string;
  patientFacing: boolean;
  autonomy: IntakeAutonomy;
  steps: DemoIntakeStep[];
}

export const demoIntakes: DemoIntake[] = [
  {
    submitter: 'ben.ortiz',
    daysAgo: 41,
    kind: 'proposal',
    title: 'Draft the hospital course for discharge summaries',
    problem:
      'Hospitalists write the hospital course from scratch at discharge; it delays discharges on busy days and is often incomplete.',
    intendedUse:
      'A language model reads the notes of the stay and drafts the hospital course; the discharging physician edits and signs it.',
    department: 'Internal Medicine',
    source: 'in_house',
    dataUsed: 'Progress notes, consult notes and results from the inpatient stay.',
    affectedPeople:
      'Adult inpatients at discharge, hospitalists, the clinicians who read the summary.',
    patientFacing: false,
    autonomy: 'recommends',
    steps: [{ daysAgo: 37, acceptAs: 'Discharge summary generator' }],
  },
  {
    submitter: 'ben.ortiz',
    daysAgo: 35,
    kind: 'proposal',
    title: 'AI replies for the primary care inbox',
    problem:
      'Portal messages pile up over the weekend and nurses answer the same questions again and again.',
    intendedUse: 'Draft answers to routine portal messages for a nurse to check and send.',
    department: 'Primary Care',
    source: 'vendor',
    vendorName: 'Meridian Clinical AI',
    dataUsed: 'The patient’s message and their chart summary.',
    affectedPeople: 'Adult patients who use the portal; primary care nurses.',
    patientFacing: false,
    autonomy: 'recommends',
    steps: [
      {
        daysAgo: 33,
        close:
          'This is the Patient message reply drafter already approved for a pilot at Northgate; Dr. Ortiz will join that pilot instead of starting a second one.',
      },
    ],
  },
  {
    submitter: 'sam.rivera',
    daysAgo: 24,
    kind: 'existing_use',
    title: 'Free ambient note-taking app on 4 West',
    problem:
      'Charting takes most of the last hour of every shift. A vendor rep gave the unit a free app that listens and writes our notes.',
    intendedUse:
      'Some nurses leave a phone running during assessments and handoff. The app writes a draft shift note that we copy into the chart.',
    department: 'Nursing',
    source: 'vendor',
    vendorName: 'Lumen Speech',
    dataUsed: 'Everything said in the room, including patient names and what they tell us.',
    affectedPeople: 'Patients on 4 West and their families, and the nurses who use it.',
    patientFacing: false,
    autonomy: 'unknown',
    steps: [
      {
        daysAgo: 22,
        ask: 'Thank you for telling us, Sam. Two questions: are the recordings kept anywhere (on the phone or at the vendor), and does the app change anything in the chart by itself or do nurses always copy the note in?',
      },
      {
        daysAgo: 21,
        answer:
          'The rep said recordings go to their cloud and are deleted after a week. Nothing goes into the chart by itself, we copy and edit the note. About six of us use it on nights.',
      },
      { daysAgo: 18, acceptAs: 'Ambient scribe (unit pilot request)' },
    ],
  },
  {
    submitter: 'lee.chen',
    daysAgo: 20,
    kind: 'existing_use',
    title: 'AI flashcards for board preparation',
    problem: 'Residents make their own flashcards for the in-training exam.',
    intendedUse: 'Residents use a study app that generates flashcards from textbook chapters.',
    department: 'Graduate Medical Education',
    source: 'vendor',
    vendorName: 'StudyDeck',
    dataUsed: 'Published textbook chapters; no patient information.',
    affectedPeople: 'Residents only.',
    patientFacing: false,
    autonomy: 'informs',
    steps: [
      {
        daysAgo: 17,
        close:
          'No patient data and no part in care, so there is nothing for the committee to review. Residents may keep using it; please remind them never to paste patient details into study tools.',
      },
    ],
  },
  {
    submitter: 'sam.rivera',
    daysAgo: 12,
    kind: 'existing_use',
    title: 'Phone translation app at the bedside',
    problem:
      'Interpreters take 20 minutes or more at night, so nurses use a translation app for quick questions.',
    intendedUse: 'Nurses speak into a phone app that translates for patients with limited English.',
    department: 'Nursing',
    source: 'vendor',
    vendorName: 'LinguaNow',
    dataUsed: 'What the nurse and the patient say, including symptoms.',
    affectedPeople: 'Patients with a non-English language preference on 4 West.',
    patientFacing: true,
    autonomy: 'acts_without_review',
    steps: [
      {
        daysAgo: 10,
        ask: 'Is the app used for consent or medication teaching, or only for quick questions such as pain or needing the bathroom? And is it on hospital phones or personal ones?',
      },
    ],
  },
  {
    submitter: 'lee.chen',
    daysAgo: 9,
    kind: 'existing_use',
    title: 'Residents drafting discharge instructions with a public chatbot',
    problem: 'Residents say writing patient-friendly discharge instructions takes too long.',
    intendedUse:
      'Some residents paste parts of the note into a public chatbot and ask it to rewrite the instructions in plain language.',
    department: 'Graduate Medical Education',
    source: 'vendor',
    vendorName: 'Public chatbot (personal accounts)',
    dataUsed: 'Parts of the discharge note, sometimes with names and dates.',
    affectedPeople: 'Patients being discharged from the medicine teaching service.',
    patientFacing: true,
    autonomy: 'recommends',
    steps: [
      {
        daysAgo: 8,
        ask: 'How many residents do this, and do they remove names and dates first? We want to offer a safe alternative rather than only say no.',
      },
    ],
  },
  {
    submitter: 'rachel.adams',
    daysAgo: 6,
    kind: 'proposal',
    title: 'Camera-based fall detection on 5 North',
    problem: 'Falls on 5 North rose this year; sitters are hard to staff at night.',
    intendedUse:
      'Cameras in high-risk rooms detect a patient getting up and alert the nurse’s phone.',
    department: 'Nursing',
    source: 'vendor',
    vendorName: 'WatchWard',
    dataUsed: 'Video of the patient room; no recordings kept, according to the vendor.',
    affectedPeople: 'Adult inpatients at high fall risk and their visitors.',
    patientFacing: false,
    autonomy: 'informs',
    steps: [],
  },
  {
    submitter: 'priya.shah',
    daysAgo: 3,
    kind: 'proposal',
    title: 'Pressure injury risk model',
    problem: 'Braden scores miss many patients who go on to develop pressure injuries in the ICU.',
    intendedUse:
      'A model predicts pressure injury risk each day and suggests a wound-care nurse consult.',
    department: 'Data Science',
    source: 'in_house',
    dataUsed: 'Vital signs, labs, mobility and nursing assessments from the chart.',
    affectedPeople: 'ICU patients and wound-care nurses.',
    patientFacing: false,
    autonomy: 'recommends',
    steps: [],
  },
  {
    submitter: 'jordan.ellis',
    daysAgo: 1,
    kind: 'proposal',
    title: 'Voice agent for appointment scheduling calls',
    problem:
      'Call wait times in Patient Access average eleven minutes; a third of callers hang up.',
    intendedUse:
      'An AI voice agent answers calls, books or changes appointments and hands complex calls to staff.',
    department: 'Patient Access',
    source: 'vendor',
    vendorName: 'Harbor Patient Engagement',
    dataUsed: 'Caller’s voice, name, date of birth and the appointment schedule.',
    affectedPeople: 'All patients who call to book, including children’s parents.',
    patientFacing: true,
    autonomy: 'acts_without_review',
    steps: [],
  },
];

/**
 * A tiering of a demo system. Scores follow the dimensions of rule set version 1 in order:
 * clinical impact, autonomy, harm, reversibility, population, scale, change, third party, data,
 * generative.
 */
export interface DemoTiering {
  system: string;
  daysAgo: number;
  scores: [number, number, number, number, number, number, number, number, number, number];
  facts?: { patientFacing?: boolean; fdaRegulated?: boolean; genaiPatientData?: boolean };
  imdrf?: ImdrfCategory;
  override?: { tier: RiskTier; justification: string };
}

export const demoTierings: DemoTiering[] = [
  {
    system: 'Sepsis early warning (vendor)',
    daysAgo: 300,
    scores: [2, 1, 3, 2, 2, 3, 1, 3, 3, 0],
    imdrf: 'II',
  },
  {
    system: 'Clinical deterioration index',
    daysAgo: 280,
    scores: [2, 1, 3, 1, 2, 3, 2, 0, 3, 0],
    imdrf: 'II',
  },
  { system: 'Pediatric early warning score', daysAgo: 260, scores: [2, 1, 3, 1, 3, 2, 0, 0, 3, 0] },
  {
    system: 'CT pulmonary embolism triage',
    daysAgo: 250,
    scores: [2, 1, 3, 1, 1, 2, 1, 3, 3, 0],
    facts: { fdaRegulated: true },
    imdrf: 'II',
  },
  {
    system: 'Intracranial hemorrhage triage',
    daysAgo: 240,
    scores: [2, 1, 3, 1, 1, 2, 1, 3, 3, 0],
    facts: { fdaRegulated: true },
    imdrf: 'II',
  },
  {
    system: '30-day readmission risk',
    daysAgo: 230,
    scores: [1, 1, 1, 1, 2, 2, 2, 0, 3, 0],
    imdrf: 'I',
  },
  { system: 'Clinic no-show prediction', daysAgo: 220, scores: [1, 1, 1, 0, 2, 3, 2, 0, 3, 0] },
  {
    system: 'Diabetic retinopathy screening',
    daysAgo: 210,
    scores: [3, 3, 2, 2, 2, 2, 1, 3, 3, 0],
    facts: { fdaRegulated: true },
    imdrf: 'III',
  },
  { system: 'OR block scheduling optimiser', daysAgo: 200, scores: [1, 1, 1, 1, 1, 2, 1, 3, 3, 0] },
  {
    system: 'Medical coding assistant',
    daysAgo: 190,
    scores: [0, 1, 1, 1, 1, 3, 1, 3, 3, 2],
    facts: { genaiPatientData: true },
  },
  { system: 'Nurse staffing forecast', daysAgo: 180, scores: [1, 0, 1, 0, 0, 0, 2, 0, 2, 0] },
  { system: 'Drug interaction alerting', daysAgo: 170, scores: [2, 1, 2, 1, 2, 3, 1, 3, 3, 0] },
  {
    system: 'Venous thromboembolism prophylaxis rules',
    daysAgo: 160,
    scores: [2, 1, 2, 1, 1, 2, 0, 0, 3, 0],
  },
  { system: 'Hospital policy Q&A assistant', daysAgo: 150, scores: [0, 0, 1, 0, 0, 0, 1, 2, 0, 2] },
  {
    system: 'Denial prediction',
    daysAgo: 140,
    scores: [0, 1, 1, 1, 1, 3, 1, 3, 3, 0],
    override: {
      tier: 'low',
      justification:
        'Claims only: it never reaches clinical care, and billing staff check every flagged claim before anything is sent. Its score comes from volume and the vendor, not from risk to patients.',
    },
  },
  {
    system: 'Ambient clinical documentation',
    daysAgo: 90,
    scores: [1, 1, 2, 1, 1, 3, 1, 3, 3, 2],
    facts: { genaiPatientData: true },
  },
  {
    system: 'Patient message reply drafter',
    daysAgo: 80,
    scores: [1, 1, 2, 1, 1, 3, 1, 3, 3, 2],
    facts: { genaiPatientData: true },
    override: {
      tier: 'high',
      justification:
        'Its drafts reach patients in the clinician’s name. Until the pilot shows how often clinicians send drafts unedited, the committee wants the full review and monthly monitoring.',
    },
  },
  {
    system: 'Mammography density and detection',
    daysAgo: 70,
    scores: [3, 1, 3, 2, 1, 3, 1, 3, 3, 0],
    facts: { fdaRegulated: true },
    imdrf: 'III',
  },
  {
    system: 'Bed assignment optimiser',
    daysAgo: 60,
    scores: [1, 2, 1, 1, 1, 2, 1, 3, 3, 3],
    facts: { genaiPatientData: true },
  },
  {
    system: 'Postpartum hemorrhage risk',
    daysAgo: 50,
    scores: [2, 1, 3, 1, 3, 2, 2, 0, 3, 0],
    imdrf: 'II',
  },
  {
    system: 'Prior authorization assistant',
    daysAgo: 30,
    scores: [0, 2, 1, 1, 1, 2, 1, 3, 3, 3],
    facts: { genaiPatientData: true },
  },
  {
    system: 'Symptom checker chatbot',
    daysAgo: 26,
    scores: [2, 3, 3, 2, 2, 3, 1, 3, 3, 3],
    facts: { patientFacing: true, genaiPatientData: true },
    imdrf: 'II',
  },
  { system: 'Opioid overdose risk score', daysAgo: 20, scores: [2, 1, 3, 1, 2, 2, 2, 0, 3, 0] },
  {
    system: 'Chest X-ray pneumothorax alert',
    daysAgo: 15,
    scores: [2, 1, 3, 1, 2, 2, 1, 3, 3, 0],
    facts: { fdaRegulated: true },
    imdrf: 'II',
  },
];
