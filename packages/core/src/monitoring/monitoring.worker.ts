// Worker entry for the monitoring engine's second thread (see monitoring-worker.ts): parses one
// byte range of a prediction log into shared columns, then computes the input drift.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { computeInputDrift, type InputDrift } from '@vigil/metrics/input-drift';
import type { PredictionColumns, ReportOptions } from '@vigil/metrics';
import { parseRange, type RangeJob } from './range-parse';

/** The jobs a monitoring worker takes, one at a time. */
export type MonitoringWorkerRequest =
  | { kind: 'parse-range'; job: RangeJob }
  | {
      kind: 'input-drift';
      columns: PredictionColumns;
      options: ReportOptions;
      /** Where the result goes, read synchronously by the main thread once `doneFlag` is set. */
      port: MessagePort;
      doneFlag: Int32Array;
    };

/** Messages about a range: progress per chunk, then one result or failure. */
export type RangeWorkerMessage =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; result: ReturnType<typeof parseRange> }
  | { kind: 'failed'; reason: string };

/** The input drift, or null when it failed (the main thread then computes it itself). */
export type InputDriftMessage = { drift: InputDrift | null } | { failed: string };

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function parse(port: MessagePort, job: RangeJob): void {
  try {
    const result = parseRange(job, (bytes) => port.postMessage({ kind: 'progress', bytes }));
    port.postMessage({ kind: 'done', result } satisfies RangeWorkerMessage);
  } catch (error) {
    port.postMessage({ kind: 'failed', reason: reason(error) } satisfies RangeWorkerMessage);
  }
}

function inputDrift(request: Extract<MonitoringWorkerRequest, { kind: 'input-drift' }>): void {
  let message: InputDriftMessage;
  try {
    message = { drift: computeInputDrift(request.columns, request.options) };
  } catch (error) {
    message = { failed: reason(error) };
  }
  request.port.postMessage(message);
  Atomics.store(request.doneFlag, 0, 1);
  Atomics.notify(request.doneFlag, 0);
}

const port = parentPort;
const readyFlag = (workerData as { readyFlag?: Int32Array } | null)?.readyFlag;
if (port !== null && readyFlag instanceof Int32Array) {
  port.on('message', (request: MonitoringWorkerRequest) => {
    if (request.kind === 'parse-range') parse(port, request.job);
    else inputDrift(request);
  });
  Atomics.store(readyFlag, 0, 1);
}
