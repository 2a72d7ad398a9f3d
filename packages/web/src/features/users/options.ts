import { disciplineLabels, disciplines, roleLabels, roles, type Role } from '@vigil/contracts';

export const roleOptions = roles.map((value) => ({ value, label: roleLabels[value] }));
export const disciplineOptions = disciplines.map((value) => ({
  value,
  label: disciplineLabels[value],
}));

/** Disciplines only mean something for committee members, so the form asks for them only then. */
export function needsDisciplines(selected: readonly Role[]): boolean {
  return selected.includes('committee_member');
}
