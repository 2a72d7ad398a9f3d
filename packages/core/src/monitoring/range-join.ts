import { MISSING_CODE, type PredictionColumns } from '@vigil/metrics';
import { MAX_LEVELS } from './category-dictionary';
import type { ColumnPlan } from './csv-columns';
import { IssueLog } from './issue-log';
import type { ParsedPredictions, ParsedRange } from './prediction-csv.parser';
import { type ColumnViews, moveRows, viewRows } from './shared-columns';
import { checkUsableRows } from './usable-rows';

/** Two ranges of one file parsed into shared columns: the first from row 0, the second at secondAt. */
export interface RangesToJoin {
  plan: ColumnPlan;
  columns: ColumnViews;
  first: ParsedRange;
  second: ParsedRange;
  secondAt: number;
  positiveLabel: string | null;
}

/**
 * Joins two ranges into the file's columns and summary, as one parse of the whole file would
 * give them: the second range's rows move down next to the first's, its category codes are
 * rewritten to the joined dictionary and its issue lines shifted. Null when the joined levels
 * overflow (one parse of the file reports that error).
 */
export function joinRanges(ranges: RangesToJoin): ParsedPredictions | null {
  const { plan, first, second } = ranges;
  const levels = plan.categorical.map((_, i) => [...(first.levels[i] ?? [])]);
  const remaps = levels.map((joined, i) => remapInto(joined, second.levels[i] ?? []));
  if (levels.some((joined) => joined.length > MAX_LEVELS)) return null;
  moveRows(ranges.columns, ranges.secondAt, first.rowCount, second.rowCount, remaps);
  const rowCount = first.rowCount + second.rowCount;
  const rows = viewRows(ranges.columns, 0, rowCount);
  const issues = new IssueLog(plan.names, plan.issueRoles);
  issues.absorb(first.issues, 0);
  issues.absorb(second.issues, first.linesRead);
  const columns: PredictionColumns = {
    rowCount,
    score: rows.score,
    label: rows.label,
    timeMs: rows.time,
    categorical: plan.categorical.map((name, i) => ({
      name,
      levels: levels[i] ?? [],
      codes: rows.codes[i] ?? new Uint16Array(0),
    })),
    numeric: plan.numeric.map((name, i) => ({
      name,
      values: rows.numeric[i] ?? new Float64Array(0),
    })),
  };
  const summary = { rowsRead: rowCount, issues: issues.list(), omittedColumns: plan.omitted };
  checkUsableRows(columns, summary, plan, ranges.positiveLabel);
  return { columns, summary };
}

/**
 * Appends the levels of `extra` that `joined` lacks (keeping first-appearance order over the file)
 * and returns the code map from `extra`'s codes to joined ones, or null when it is the identity.
 */
function remapInto(joined: string[], extra: readonly string[]): Uint16Array | null {
  const index = new Map(joined.map((level, code) => [level, code]));
  const remap = new Uint16Array(MISSING_CODE + 1);
  remap[MISSING_CODE] = MISSING_CODE;
  let identity = true;
  extra.forEach((level, code) => {
    let target = index.get(level);
    if (target === undefined) {
      target = joined.length;
      joined.push(level);
      index.set(level, target);
    }
    remap[code] = target;
    identity &&= target === code;
  });
  return identity ? null : remap;
}
