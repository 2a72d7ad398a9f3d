export type { MonitoringReport, ReportOptions } from '@vigil/metrics';
export { defaultColumnNames, type PredictionCsvOptions } from './csv-columns';
export { parseTimestamp } from './iso-time';
export {
  MonitoringInputError,
  monitoringInputErrorCode,
  type MonitoringInputErrorCode,
  type MonitoringInputErrorDetails,
} from './monitoring-input.error';
export { createMonitoringReport, type MonitoringReportRequest } from './monitoring-report.service';
export { type ParsedPredictions, PredictionCsvParser } from './prediction-csv.parser';
export { type ReadPredictionFileOptions, readPredictionFile } from './prediction-file.reader';
export { renderReportHtml } from './report-html';
