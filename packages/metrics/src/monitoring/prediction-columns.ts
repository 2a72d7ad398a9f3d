/**
 * The typed, columnar form of a prediction log: what ingestion produces and what
 * `buildMonitoringReport` consumes. One entry per data row in every array (index = row).
 */

/** Code used in `CategoricalColumn.codes` for a missing or empty value. */
export const MISSING_CODE = 0xffff;

/** A subgroup attribute (sex, race_ethnicity, ...): dictionary-encoded. */
export interface CategoricalColumn {
  name: string;
  levels: string[];
  /** Index into `levels`; `MISSING_CODE` (0xFFFF) = missing/empty. */
  codes: Uint16Array;
}

/** A numeric input feature for drift (lactate, heart_rate, age, ...). */
export interface NumericColumn {
  name: string;
  /** NaN = missing (empty or unparseable). */
  values: Float64Array;
}

export interface PredictionColumns {
  /** Data rows read (header excluded). */
  rowCount: number;
  /** NaN where the score is empty, unparseable, or out of range for the score kind. */
  score: Float64Array;
  /** 1, 0, or -1 when missing/invalid. */
  label: Int8Array;
  /** Epoch ms UTC, NaN where missing/invalid; null when there is no time column. */
  timeMs: Float64Array | null;
  /** Subgroup attributes (sex, race_ethnicity, ... or user-named). */
  categorical: CategoricalColumn[];
  /** Numeric input features for drift (lactate, heart_rate, age, ...). */
  numeric: NumericColumn[];
}

export type ColumnRole = 'score' | 'label' | 'time' | 'numeric' | 'categorical';

export interface ColumnIssue {
  column: string;
  role: ColumnRole;
  kind: 'unparseable' | 'out_of_range';
  count: number;
  /** 1-based file line numbers, at most 10. */
  firstLines: number[];
}

export interface IngestionSummary {
  rowsRead: number;
  issues: ColumnIssue[];
  omittedColumns: { column: string; role: string; reason: string }[];
}
