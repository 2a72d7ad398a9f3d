/**
 * Stable codes for problems with a prediction log. A user sees the message; scripts branch on
 * the code, so codes never change meaning once shipped.
 */
export const monitoringInputErrorCode = {
  fileUnreadable: 'file_unreadable',
  fileEmpty: 'file_empty',
  malformedCsv: 'malformed_csv',
  columnMissing: 'column_missing',
  columnConflict: 'column_conflict',
  tooManyLevels: 'too_many_levels',
  noUsableRows: 'no_usable_rows',
  noLabeledRows: 'no_labeled_rows',
  constantLabel: 'constant_label',
  invalidOption: 'invalid_option',
} as const;

export type MonitoringInputErrorCode =
  (typeof monitoringInputErrorCode)[keyof typeof monitoringInputErrorCode];

/** Where in the input the problem is, so a message can point at it. */
export interface MonitoringInputErrorDetails {
  column?: string;
  line?: number;
  path?: string;
  option?: string;
}

/**
 * A prediction log (or an option describing it) that cannot produce a report. The message is
 * safe to show to a user and names the column, line, path or option at fault.
 */
export class MonitoringInputError extends Error {
  override readonly name = 'MonitoringInputError';

  constructor(
    readonly code: MonitoringInputErrorCode,
    message: string,
    readonly details: MonitoringInputErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
