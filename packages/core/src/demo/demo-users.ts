import type { Discipline, Role } from '@vigil/contracts';

export const demoPassword = 'example-health-demo';

export interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  disciplines: Discipline[];
}

/** Example Health's people: one or more per role, named after the journeys in the docs. */
export const demoUsers: DemoUser[] = [
  {
    email: 'admin@example-health.org',
    displayName: 'Alex Morgan',
    roles: ['admin'],
    disciplines: [],
  },
  {
    email: 'amara.okafor@example-health.org',
    displayName: 'Dr. Amara Okafor',
    roles: ['caio'],
    disciplines: [],
  },
  {
    email: 'miguel.santos@example-health.org',
    displayName: 'Dr. Miguel Santos',
    roles: ['committee_member'],
    disciplines: ['clinical'],
  },
  {
    email: 'grace.liu@example-health.org',
    displayName: 'Grace Liu',
    roles: ['committee_member'],
    disciplines: ['ethics_equity'],
  },
  {
    email: 'tom.becker@example-health.org',
    displayName: 'Tom Becker',
    roles: ['committee_member'],
    disciplines: ['it_security'],
  },
  {
    email: 'rachel.adams@example-health.org',
    displayName: 'Rachel Adams, RN',
    roles: ['committee_member'],
    disciplines: ['nursing'],
  },
  {
    email: 'david.cho@example-health.org',
    displayName: 'David Cho, PharmD',
    roles: ['committee_member'],
    disciplines: ['pharmacy'],
  },
  {
    email: 'nora.hassan@example-health.org',
    displayName: 'Nora Hassan, JD',
    roles: ['committee_member'],
    disciplines: ['privacy_legal_compliance'],
  },
  {
    email: 'linda.park@example-health.org',
    displayName: 'Linda Park',
    roles: ['committee_member'],
    // The patient advocate on the committee is also its data science reviewer.
    disciplines: ['patient_advocate', 'data_science'],
  },
  {
    email: 'priya.shah@example-health.org',
    displayName: 'Priya Shah',
    roles: ['data_scientist', 'model_owner'],
    disciplines: [],
  },
  {
    email: 'ben.ortiz@example-health.org',
    displayName: 'Dr. Ben Ortiz',
    roles: ['model_owner'],
    disciplines: [],
  },
  {
    email: 'lee.chen@example-health.org',
    displayName: 'Dr. Lee Chen',
    roles: ['educator'],
    disciplines: [],
  },
  {
    email: 'sam.rivera@example-health.org',
    displayName: 'Sam Rivera',
    roles: ['staff'],
    disciplines: [],
  },
  {
    email: 'jordan.ellis@example-health.org',
    displayName: 'Jordan Ellis',
    roles: ['executive'],
    disciplines: [],
  },
  {
    email: 'pat.kim@example-health.org',
    displayName: 'Pat Kim',
    roles: ['auditor'],
    disciplines: [],
  },
];
