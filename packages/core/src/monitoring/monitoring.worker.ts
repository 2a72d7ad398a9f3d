// Worker entry for the monitoring engine's second thread (see monitoring-worker.ts): parses one
// byte range of a prediction log into shared columns, then takes part of the report's work.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { computeInputDrift } from '@vigil/metrics/input-drift';
import { runTiePassJob } from '@vigil/metrics/tie-pass';
import type { PredictionColumns, ReportOptions, TiePassJob } from '@vigil/metrics';
import { parseRange, type RangeJob } from './range-parse';

/** Where a synchronous job's answer goes: read by the main thread once `doneFlag` is set. */
interface AnswerTo {
  port: MessagePort;
  doneFlag: Int32Array;
}

/** The jobs a monitoring worker takes, one at a time. */
export type MonitoringWorkerRequest =
  | { kind: 'parse-range'; job: RangeJob }
  | ({ kind: 'input-drift'; columns: PredictionColumns; options: ReportOptions } & AnswerTo)
  | ({ kind: 'tie-pass'; job: TiePassJob } & AnswerTo);

/** Messages about a range: progress per chunk, then one result or failure. */
export type RangeWorkerMessage =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; result: ReturnType<typeof parseRange> }
  | { kind: 'failed'; reason: string };

/** A synchronous job's answer (on failure the main thread does the job itself). */
export type AnswerMessage = { value: unknown } | { failed: string };

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

/**
 * Runs a job the main thread waits for synchronously: the answer goes to the job's port, its
 * buffers moved rather than copied, then the flag wakes the main thread.
 */
function answer(to: AnswerTo, compute: () => unknown): void {
  let message: AnswerMessage;
  try {
    message = { value: compute() };
  } catch (error) {
    message = { failed: reason(error) };
  }
  try {
    to.port.postMessage(message, 'value' in message ? movableBuffers(message.value) : []);
  } catch (error) {
    to.port.postMessage({ failed: reason(error) } satisfies AnswerMessage);
  }
  Atomics.store(to.doneFlag, 0, 1);
  Atomics.notify(to.doneFlag, 0);
}

/** The private array buffers inside a result (shared ones are never copied anyway). */
function movableBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) movableBuffers(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) movableBuffers(item, found);
  }
  return [...found];
}

const port = parentPort;
const readyFlag = (workerData as { readyFlag?: Int32Array } | null)?.readyFlag;
if (port !== null && readyFlag instanceof Int32Array) {
  port.on('message', (request: MonitoringWorkerRequest) => {
    if (request.kind === 'parse-range') parse(port, request.job);
    else if (request.kind === 'input-drift') {
      answer(request, () => computeInputDrift(request.columns, request.options));
    } else answer(request, () => runTiePassJob(request.job));
  });
  Atomics.store(readyFlag, 0, 1);
}
