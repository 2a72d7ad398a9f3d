import { z } from 'zod';

export const roles = [
  'admin',
  'caio',
  'committee_member',
  'model_owner',
  'data_scientist',
  'educator',
  'staff',
  'executive',
  'auditor',
] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  caio: 'Chief AI Officer',
  committee_member: 'Committee member',
  model_owner: 'Model owner',
  data_scientist: 'Data scientist',
  educator: 'Educator',
  staff: 'Staff',
  executive: 'Executive',
  auditor: 'Auditor',
};

export const disciplines = [
  'clinical',
  'nursing',
  'pharmacy',
  'it_security',
  'privacy_legal_compliance',
  'ethics_equity',
  'data_science',
  'patient_advocate',
] as const;
export const discipline = z.enum(disciplines);
export type Discipline = z.infer<typeof discipline>;

export const disciplineLabels: Record<Discipline, string> = {
  clinical: 'Clinical',
  nursing: 'Nursing',
  pharmacy: 'Pharmacy',
  it_security: 'IT security',
  privacy_legal_compliance: 'Privacy, legal and compliance',
  ethics_equity: 'Ethics and equity',
  data_science: 'Data science',
  patient_advocate: 'Patient advocate',
};

/**
 * The one permission table. Every route names a permission (or `public`/`authenticated`)
 * and the server checks it; the web app reads the same table to decide what to show.
 */
export const permissionRoles = {
  'users.read': ['admin', 'auditor'],
  'users.manage': ['admin'],
  'tokens.manage_any': ['admin'],
  'audit.read': ['admin', 'auditor'],
  'portfolio.read': [
    'admin',
    'caio',
    'committee_member',
    'model_owner',
    'data_scientist',
    'educator',
    'staff',
    'executive',
    'auditor',
  ],
  'portfolio.write': ['admin', 'caio', 'model_owner', 'data_scientist'],
  /** Propose AI or report AI in use, and follow one's own submissions: everyone on staff. */
  'governance.submit': [
    'admin',
    'caio',
    'committee_member',
    'model_owner',
    'data_scientist',
    'educator',
    'staff',
    'executive',
  ],
  /** See every intake, review, decision, condition, meeting and assessment. */
  'governance.read': [
    'admin',
    'caio',
    'committee_member',
    'model_owner',
    'data_scientist',
    'executive',
    'auditor',
  ],
  /** Run the office: triage, tiering, opening reviews, decisions, lifecycle moves, meetings. */
  'governance.manage': ['admin', 'caio'],
  /** Record findings, conflicts and recommendations on reviews one is assigned to. */
  'governance.review': ['caio', 'committee_member'],
  /** Change the risk-tiering rules (a new version; past tierings keep theirs). */
  'governance.rules': ['admin', 'caio'],
  /** Answer framework assessment items and attach evidence. */
  'assessments.write': ['admin', 'caio', 'committee_member', 'model_owner', 'data_scientist'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionRoles;
export const permissions = Object.keys(permissionRoles) as Permission[];

/** Who may call a route: anyone, any signed-in user, or holders of a permission. */
export type Access = 'public' | 'authenticated' | Permission;

/** True when any of the roles grants the permission. */
export function rolesGrant(held: readonly Role[], permission: Permission): boolean {
  const allowed: readonly Role[] = permissionRoles[permission];
  return held.some((r) => allowed.includes(r));
}

/** All permissions the roles grant, sorted. */
export function permissionsOf(held: readonly Role[]): Permission[] {
  return permissions.filter((p) => rolesGrant(held, p)).sort();
}
