import type { ColumnIssue, IngestionSummary } from '@vigil/metrics';
import { MonitoringInputError } from './monitoring-input.error';

/** How the prediction log is laid out; every name defaults to the spec's §0 column. */
export interface PredictionCsvOptions {
  scoreColumn?: string;
  labelColumn?: string;
  timeColumn?: string;
  idColumn?: string;
  groupColumns?: readonly string[];
  featureColumns?: readonly string[];
  scoreKind?: 'probability' | 'score';
  /** Label value that means the outcome happened; any other non-empty value is 0. */
  positiveLabel?: string;
  /** Decompressed size of the input when known; used to pre-size the columns. */
  expectedBytes?: number;
}

/** Column names of the spec's §0 (and of gen-predictions.mjs). */
export const defaultColumnNames = {
  id: 'prediction_id',
  time: 'scored_at',
  score: 'score',
  label: 'label',
  groups: ['sex', 'race_ethnicity', 'age_group', 'payer', 'site'],
  features: ['lactate', 'heart_rate', 'age'],
} as const;

/** What the parser does with each column of the file. */
export const columnKind = {
  skip: 0,
  score: 1,
  label: 2,
  time: 3,
  categorical: 4,
  numeric: 5,
} as const;

type Omitted = IngestionSummary['omittedColumns'][number];

/** The header mapped to roles: per file column a kind and a slot in its role's list. */
export interface ColumnPlan {
  names: string[];
  kinds: Uint8Array;
  slots: Int32Array;
  issueRoles: (ColumnIssue['role'] | null)[];
  categorical: string[];
  numeric: string[];
  hasTime: boolean;
  omitted: Omitted[];
}

interface Wanted {
  name: string;
  explicit: boolean;
  role: ColumnIssue['role'] | 'id';
  kind: number;
}

function wantedColumns(options: PredictionCsvOptions): Wanted[] {
  const one = (name: string | undefined, fallback: string, role: Wanted['role'], kind: number) => ({
    name: name ?? fallback,
    explicit: name !== undefined,
    role,
    kind,
  });
  const many = (
    names: readonly string[] | undefined,
    fallback: readonly string[],
    role: Wanted['role'],
    kind: number,
  ) => (names ?? fallback).map((name) => ({ name, explicit: names !== undefined, role, kind }));
  return [
    one(options.scoreColumn, defaultColumnNames.score, 'score', columnKind.score),
    one(options.labelColumn, defaultColumnNames.label, 'label', columnKind.label),
    one(options.timeColumn, defaultColumnNames.time, 'time', columnKind.time),
    one(options.idColumn, defaultColumnNames.id, 'id', columnKind.skip),
    ...many(options.groupColumns, defaultColumnNames.groups, 'categorical', columnKind.categorical),
    ...many(options.featureColumns, defaultColumnNames.features, 'numeric', columnKind.numeric),
  ];
}

function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const folded = name.trim().toLowerCase();
  return header.findIndex((h) => h.trim().toLowerCase() === folded);
}

const omittedReason: Record<Wanted['role'], string> = {
  id: 'no id column; rows are identified by their line number',
  time: 'no time column; no reference/current periods or time windows',
  categorical: 'not in the file; no subgroup or category drift figures for it',
  numeric: 'not in the file; no drift figures for it',
  score: 'required',
  label: 'required',
};

/**
 * Maps header names to roles.
 * @throws MonitoringInputError column_missing (a named or required column is absent),
 *   column_conflict (one column given two roles)
 */
export function planColumns(header: readonly string[], options: PredictionCsvOptions): ColumnPlan {
  const plan: ColumnPlan = {
    names: [...header],
    kinds: new Uint8Array(header.length),
    slots: new Int32Array(header.length).fill(-1),
    issueRoles: header.map(() => null),
    categorical: [],
    numeric: [],
    hasTime: false,
    omitted: [],
  };
  const claimedBy: string[] = [];
  for (const want of wantedColumns(options)) {
    const index = findColumn(header, want.name);
    if (index < 0) {
      rejectOrOmit(want, header, plan);
      continue;
    }
    const previous = claimedBy[index];
    if (previous !== undefined) {
      throw new MonitoringInputError(
        'column_conflict',
        `Column "${want.name}" is used both as ${previous} and as ${want.role}.`,
        { column: want.name },
      );
    }
    claimedBy[index] = want.role;
    assign(plan, index, want);
  }
  return plan;
}

function rejectOrOmit(want: Wanted, header: readonly string[], plan: ColumnPlan): void {
  if (want.explicit || want.role === 'score' || want.role === 'label') {
    throw new MonitoringInputError(
      'column_missing',
      `The ${want.role} column "${want.name}" is not in the file. Columns found: ${header.join(', ')}.`,
      { column: want.name },
    );
  }
  plan.omitted.push({ column: want.name, role: want.role, reason: omittedReason[want.role] });
}

function assign(plan: ColumnPlan, index: number, want: Wanted): void {
  plan.kinds[index] = want.kind;
  if (want.role !== 'id') plan.issueRoles[index] = want.role;
  const name = plan.names[index] ?? want.name;
  if (want.kind === columnKind.categorical) plan.slots[index] = plan.categorical.push(name) - 1;
  if (want.kind === columnKind.numeric) plan.slots[index] = plan.numeric.push(name) - 1;
  if (want.kind === columnKind.time) plan.hasTime = true;
}
