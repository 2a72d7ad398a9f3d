import {
  IconActivityHeartbeat,
  IconBriefcase,
  IconBulb,
  IconGavel,
  IconNetwork,
  IconSchool,
  IconTargetArrow,
  type Icon,
} from '@tabler/icons-react';

/** A product area that has its navigation entry now and its features in a later release. */
export interface ProductArea {
  path: string;
  label: string;
  icon: Icon;
  purpose: string;
  /** True when the area's own pages exist; its entry then opens them instead of the plan. */
  isReleased?: boolean;
  /** What works today, if anything; shown before what is planned. */
  availableNow?: { text: string; command?: string };
  release: string;
  willHold: readonly string[];
}

export const productAreas: readonly ProductArea[] = [
  {
    path: '/portfolio',
    label: 'Portfolio',
    icon: IconBriefcase,
    purpose:
      'The registry of every AI system in use or proposed at your institution: what it does, who owns it, which vendor and version, its regulatory status and where it is in its life cycle, with each model card checked for transparency gaps.',
    isReleased: true,
    release: 'the portfolio release',
    willHold: [
      'One versioned record per AI system, with owners, vendor, version and intended use',
      'Search, filters, saved views, and spreadsheet import and export',
      'CHAI model cards with their CHAI and HTI-1 transparency gaps highlighted',
    ],
  },
  {
    path: '/governance',
    label: 'Governance',
    icon: IconGavel,
    purpose:
      'How the AI governance committee reviews systems: intake, review workspaces per discipline, conflicts of interest, meetings with quorum, and decisions with their conditions.',
    isReleased: true,
    release: 'the governance release',
    willHold: [
      'Review workspaces with the items each discipline must answer',
      'Conflict declarations that exclude a member from a vote',
      'Meeting agendas, attendance, quorum and recorded decisions',
      'Decision letters and conditions that fall due',
    ],
  },
  {
    path: '/monitoring',
    label: 'Monitoring',
    icon: IconActivityHeartbeat,
    purpose:
      'Whether each model still performs as validated: regular reports from prediction logs, with the problems found listed first and alerts when a model drifts.',
    availableNow: {
      text: 'The command line already produces the standard monitoring report from a prediction log:',
      command: 'vigil report',
    },
    release: 'the monitoring release',
    willHold: [
      'Uploading a prediction log in the browser, with progress',
      'Monitoring reports and their history for every model in the portfolio',
      'Alerts on the home page when the latest run finds a problem',
    ],
  },
  {
    path: '/projects',
    label: 'Projects',
    icon: IconBulb,
    purpose:
      'Ideas and reports of AI use from across the institution, and the projects that grow out of them, each in one thread between staff and the AI office.',
    release: 'the projects release',
    willHold: [
      '“Report or propose AI”: a short plain-language form for any member of staff',
      'A conversation thread per idea between the submitter and the office',
      'Intake counts by department, so a quiet department is visible too',
    ],
  },
  {
    path: '/education',
    label: 'Education',
    icon: IconSchool,
    purpose:
      'AI education for clinicians and staff: rotations and cohorts, sessions, a curriculum mapped to competencies, modules, assessments and certificates.',
    release: 'the education release',
    willHold: [
      'Rotation cohorts with their session calendar',
      'Modules and assessments mapped to competencies',
      'Rotation projects tied to real systems in the portfolio',
      'Certificates on completion',
    ],
  },
  {
    path: '/strategy',
    label: 'Strategy',
    icon: IconTargetArrow,
    purpose:
      'The AI office’s strategy and its evidence: readiness over time and the quarterly report for the board.',
    release: 'the strategy release',
    willHold: [
      'Readiness assessments and their trend',
      'The quarterly board report: portfolio by state and risk tier, decisions, monitoring alerts, training completion',
    ],
  },
  {
    path: '/network',
    label: 'Network',
    icon: IconNetwork,
    purpose:
      'The peer network of Chief AI Officers at other institutions: profiles, events, write-ups, and threads about specific products and model versions.',
    release: 'the network release',
    willHold: [
      'Peer profiles',
      'Events with registration, waitlists and check-in',
      'Write-ups of wins and challenges, and a thread per product',
      'Performance figures other sites published for the same model version',
    ],
  },
];
