/** How a monitoring report is computed. All fields are plain values (no clock, no I/O). */
export type ScoreKind = 'probability' | 'score';
export type WindowGranularity = 'month' | 'week' | 'quarter';

export interface ReportOptions {
  /** Flag rule: flagged = score >= threshold (IEEE double comparison). Default 0.5. */
  threshold: number;
  /**
   * Reference = time < split; current = time >= split (epoch ms UTC). null => the latest window
   * becomes the current period when `splitLatestWindow` is set (a monthly upload compared with
   * everything before it), otherwise there are no periods and no drift.
   */
  splitMs: number | null;
  /** With no explicit split, use the start of the latest calendar window. Default true. */
  splitLatestWindow: boolean;
  /** 'probability' requires scores in [0,1]; 'score' accepts any real and skips probability-only figures. */
  scoreKind: ScoreKind;
  /** Subgroups with fewer labeled rows are censored (counts only). Default 10. */
  minGroupN: number;
  /** Calendar windows in UTC: month (default), ISO week (Monday start) or quarter. */
  window: WindowGranularity;
}

export const defaultReportOptions: ReportOptions = {
  threshold: 0.5,
  splitMs: null,
  splitLatestWindow: true,
  scoreKind: 'probability',
  minGroupN: 10,
  window: 'month',
};
