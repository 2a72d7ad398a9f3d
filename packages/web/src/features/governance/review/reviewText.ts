import {
  type AssignmentStatus,
  type ConditionStatus,
  type Discipline,
  assignmentStatusLabels,
  disciplineLabels,
  disciplines,
} from '@vigil/contracts';

export const assignmentStatusColors: Record<AssignmentStatus, string> = {
  assigned: 'gray',
  draft: 'blue',
  submitted: 'green',
  conflicted: 'orange',
};

export const conditionStatusColors: Record<ConditionStatus, string> = {
  open: 'yellow',
  met: 'green',
  waived: 'gray',
};

export { assignmentStatusLabels };

/** Discipline options of a Select, required ones first. */
export function disciplineOptions(required: readonly Discipline[] = []) {
  const ordered = [...required, ...disciplines.filter((d) => !required.includes(d))];
  return ordered.map((d) => ({
    value: d,
    label: required.includes(d) ? `${disciplineLabels[d]} (required)` : disciplineLabels[d],
  }));
}

/** Today as YYYY-MM-DD in the browser's time zone, for date inputs. */
export function isoDay(offsetDays = 0): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}
