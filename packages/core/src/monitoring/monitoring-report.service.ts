import {
  buildMonitoringReport,
  defaultReportOptions,
  type MonitoringReport,
  type ReportOptions,
} from '@vigil/metrics';
import { type ReadPredictionFileOptions, readPredictionFile } from './prediction-file.reader';

/** A report request: the file, how its columns are named, and how the figures are computed. */
export interface MonitoringReportRequest {
  path: string;
  columns?: Omit<ReadPredictionFileOptions, 'onProgress' | 'scoreKind'>;
  report?: Partial<ReportOptions>;
  /** Reading progress: bytes read so far and the file size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Called once the file is parsed, before the figures are computed. */
  onParsed?: (rows: number) => void;
}

/**
 * Reads a prediction log and computes the standard monitoring report (spec v1) on it.
 * @throws MonitoringInputError file_unreadable, column_missing, no_usable_rows, constant_label, …
 */
export async function createMonitoringReport(
  request: MonitoringReportRequest,
): Promise<MonitoringReport> {
  const options: ReportOptions = { ...defaultReportOptions, ...request.report };
  const { columns, summary } = await readPredictionFile(request.path, {
    ...request.columns,
    scoreKind: options.scoreKind,
    onProgress: request.onProgress,
  });
  request.onParsed?.(columns.rowCount);
  return buildMonitoringReport(columns, options, summary);
}
