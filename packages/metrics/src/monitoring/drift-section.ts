import { computeCategoricalDrift } from '../drift/categorical-drift';
import { computeNumericDrift } from '../drift/numeric-drift';
import { buildPeriodValueCounts } from '../drift/period-value-counts';
import type { ValueCounts } from '../drift/value-counts';
import { MISSING_CODE, type PredictionColumns } from './prediction-columns';
import type { CategoricalDrift, DriftSection, NumericDrift } from './report.types';
import type { RowPassResult } from './row-pass';
import { NO_TIME, PERIOD_NONE } from './slot-layout';

/** Each row's period: 0 reference, 1 current, 2 neither (no time or no split). */
export function periodOfRows(timeCode: Uint16Array): Uint8Array {
  const out = new Uint8Array(timeCode.length);
  for (let i = 0; i < timeCode.length; i++) {
    const tc = timeCode[i] as number;
    out[i] = tc === NO_TIME ? PERIOD_NONE : tc % 3;
  }
  return out;
}

/**
 * Drift reference vs current for the score (from the global score order), every numeric input
 * and every categorical column, over all rows with a value (labels not needed).
 */
export function buildDriftSection(
  columns: PredictionColumns,
  rows: RowPassResult,
  scoreValues: ValueCounts,
  periodOf: Uint8Array,
): DriftSection {
  const refRows = rows.periodRows[0] ?? 0;
  const curRows = rows.periodRows[1] ?? 0;
  const numeric: Record<string, NumericDrift> = {
    score: computeNumericDrift(scoreValues, refRows, curRows),
  };
  for (const column of columns.numeric) {
    const vc = buildPeriodValueCounts(column.values, periodOf);
    numeric[column.name] = computeNumericDrift(vc, refRows, curRows);
  }
  const categorical: Record<string, CategoricalDrift> = {};
  for (const column of columns.categorical) {
    const { ref, cur } = countCodesByPeriod(column.codes, column.levels.length, periodOf);
    categorical[column.name] = computeCategoricalDrift(column.levels, ref, cur, refRows, curRows);
  }
  return { n_reference_rows: refRows, n_current_rows: curRows, numeric, categorical };
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
