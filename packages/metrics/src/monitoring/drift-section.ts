import { computeCategoricalDrift } from '../drift/categorical-drift';
import { computeNumericDrift } from '../drift/numeric-drift';
import { buildPeriodValueCounts } from '../drift/period-value-counts';
import type { ValueCounts } from '../drift/value-counts';
import { MISSING_CODE, type PredictionColumns } from './prediction-columns';
import type { CategoricalDrift, DriftSection, NumericDrift } from './report.types';
import type { RowPassResult } from './row-pass';
import type { ReportOptions } from './report-options';
import { PERIOD_CURRENT, PERIOD_NONE, PERIOD_REFERENCE } from './slot-layout';
import { planTime } from './time-plan';

/** Drift of every numeric input and categorical column (all but the score's), per period. */
export interface InputDrift {
  numeric: Record<string, NumericDrift>;
  categorical: Record<string, CategoricalDrift>;
}

/**
 * Input drift for the report's reference and current periods, or null when the report has no
 * periods. Needs nothing from the score order, so a caller may compute it on another thread while
 * the report does the rest (and pass it to buildMonitoringReport).
 */
export function computeInputDrift(
  columns: PredictionColumns,
  options: ReportOptions,
): InputDrift | null {
  const plan = planTime(columns, options);
  if (!plan.hasPeriods || columns.timeMs === null || plan.splitMs === null) return null;
  const { periodOf, refRows, curRows } = periodsOfTimes(columns.timeMs, plan.splitMs);
  const numeric: Record<string, NumericDrift> = {};
  for (const column of columns.numeric) {
    const vc = buildPeriodValueCounts(column.values, periodOf);
    numeric[column.name] = computeNumericDrift(vc, refRows, curRows);
  }
  const categorical: Record<string, CategoricalDrift> = {};
  for (const column of columns.categorical) {
    const { ref, cur } = countCodesByPeriod(column.codes, column.levels.length, periodOf);
    categorical[column.name] = computeCategoricalDrift(column.levels, ref, cur, refRows, curRows);
  }
  return { numeric, categorical };
}

/** Each row's period (0 reference, 1 current, 2 no valid time) and the rows in each. */
function periodsOfTimes(
  timeMs: Float64Array,
  splitMs: number,
): { periodOf: Uint8Array; refRows: number; curRows: number } {
  const periodOf = new Uint8Array(timeMs.length);
  let refRows = 0;
  let curRows = 0;
  for (let i = 0; i < timeMs.length; i++) {
    const t = timeMs[i] as number;
    const period = t !== t ? PERIOD_NONE : t < splitMs ? PERIOD_REFERENCE : PERIOD_CURRENT;
    periodOf[i] = period;
    refRows += period === PERIOD_REFERENCE ? 1 : 0;
    curRows += period === PERIOD_CURRENT ? 1 : 0;
  }
  return { periodOf, refRows, curRows };
}

/** The drift section: the score's drift from the global score order, plus the input drift. */
export function buildDriftSection(
  rows: RowPassResult,
  scoreValues: ValueCounts,
  inputDrift: InputDrift,
): DriftSection {
  const refRows = rows.periodRows[0] ?? 0;
  const curRows = rows.periodRows[1] ?? 0;
  return {
    n_reference_rows: refRows,
    n_current_rows: curRows,
    numeric: { score: computeNumericDrift(scoreValues, refRows, curRows), ...inputDrift.numeric },
    categorical: inputDrift.categorical,
  };
}

/**
 * Rows per level in the reference and current period. Counted interleaved at code·2 + period so
 * the hot loop indexes instead of choosing between two arrays (a data-dependent branch that
 * mispredicts whenever the periods interleave).
 */
function countCodesByPeriod(
  codes: Uint16Array,
  levelCount: number,
  periodOf: Uint8Array,
): { ref: Float64Array; cur: Float64Array } {
  const counts = new Int32Array(2 * levelCount);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] as number;
    const p = periodOf[i] as number;
    if (code === MISSING_CODE || p > 1) continue;
    const at = 2 * code + p;
    counts[at] = (counts[at] as number) + 1;
  }
  const ref = new Float64Array(levelCount);
  const cur = new Float64Array(levelCount);
  for (let code = 0; code < levelCount; code++) {
    ref[code] = counts[2 * code] as number;
    cur[code] = counts[2 * code + 1] as number;
  }
  return { ref, cur };
}
