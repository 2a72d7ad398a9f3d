import {
  buildMonitoringReport,
  defaultReportOptions,
  type MonitoringReport,
  type ReportOptions,
} from '@vigil/metrics';
import { stat } from 'node:fs/promises';
import { type MonitoringWorker, startMonitoringWorker } from './monitoring-worker';
import {
  DEFAULT_PARALLEL_MIN_BYTES,
  type ReadPredictionFileOptions,
  readPredictionFile,
} from './prediction-file.reader';

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
  const worker = await workerFor(request.path);
  try {
    const { columns, summary } = await readPredictionFile(request.path, {
      ...request.columns,
      scoreKind: options.scoreKind,
      onProgress: request.onProgress,
      worker,
    });
    request.onParsed?.(columns.rowCount);
    const helpers = worker?.reportHelpers(columns, options) ?? {};
    return buildMonitoringReport(columns, options, summary, helpers);
  } finally {
    worker?.stop();
  }
}

/** A second thread for a log large enough to gain from one (it parses, then computes drift). */
async function workerFor(path: string): Promise<MonitoringWorker | undefined> {
  const size = await stat(path).then(
    (info) => info.size,
    () => 0,
  );
  return size >= DEFAULT_PARALLEL_MIN_BYTES ? startMonitoringWorker() : undefined;
}
