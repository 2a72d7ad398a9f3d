import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  type TransferListItem,
  Worker,
} from 'node:worker_threads';
import {
  computeInputDrift,
  type InputDrift,
  type PredictionColumns,
  type ReportOptions,
} from '@vigil/metrics';
import type { ParsedRange } from './prediction-csv.parser';
import type {
  InputDriftMessage,
  MonitoringWorkerRequest,
  RangeWorkerMessage,
} from './monitoring.worker';
import type { RangeJob } from './range-parse';
import { bundledWorkerSource } from './worker-source';

const ENTRY = fileURLToPath(new URL('./monitoring.worker.ts', import.meta.url));
/** A worker that has not answered by then has failed; the main thread computes the drift. */
const DRIFT_WAIT_MS = 120_000;

/**
 * The monitoring engine's second thread: it parses the second half of a large log while the main
 * thread parses the first, then computes the input drift while the main thread sorts the scores.
 */
export interface MonitoringWorker {
  /**
   * True once the worker can take a job. Read synchronously (a shared flag the worker sets), so
   * a thread busy parsing sees it without waiting for its event loop.
   */
  isReady(): boolean;
  /** Parses a byte range; `onBytes` hears of each chunk it finishes. Null on failure. */
  parseRange(job: RangeJob, onBytes: (bytes: number) => void): Promise<ParsedRange | null>;
  /**
   * Starts computing the input drift of `columns` and returns the function that waits for it, for
   * buildMonitoringReport; null when the worker is not ready or the columns are not in memory it
   * can share.
   */
  startInputDrift(
    columns: PredictionColumns,
    options: ReportOptions,
  ): (() => InputDrift | null) | null;
  stop(): void;
}

/** Starts a monitoring worker; it loads in the background (about 50 ms) while the caller works. */
export function startMonitoringWorker(): MonitoringWorker {
  const readyFlag = new Int32Array(new SharedArrayBuffer(4));
  let worker: Worker | null = null;
  let stopped = false;
  let onMessage: (message: RangeWorkerMessage) => void = () => undefined;
  let onEnd: () => void = () => undefined;
  const launch = (source: string | null): void => {
    if (source === null || stopped) return;
    worker = new Worker(source, { eval: true, workerData: { readyFlag } });
    worker.on('message', (message: RangeWorkerMessage) => onMessage(message));
    worker.on('error', () => onEnd());
    worker.on('exit', () => onEnd());
  };
  const source = bundledWorkerSource(ENTRY);
  if (typeof source === 'string') launch(source);
  else void source.then(launch);
  const isReady = (): boolean => !stopped && Atomics.load(readyFlag, 0) === 1;
  const post = (request: MonitoringWorkerRequest, transfer: TransferListItem[] = []): boolean => {
    if (worker === null || !isReady()) return false;
    worker.postMessage(request, transfer);
    return true;
  };
  return {
    isReady,
    parseRange: (job, onBytes) =>
      new Promise<ParsedRange | null>((resolve) => {
        onMessage = (message) => {
          if (message.kind === 'progress') onBytes(message.bytes);
          else resolve(message.kind === 'done' ? message.result : null);
        };
        onEnd = () => resolve(null);
        if (!post({ kind: 'parse-range', job })) resolve(null);
      }),
    startInputDrift: (columns, options) => startInputDrift(post, columns, options),
    stop: () => {
      stopped = true;
      void worker?.terminate();
    },
  };
}

/** The columns input drift reads, when every one of them is in shared memory; else null. */
function sharedInputColumns(columns: PredictionColumns): PredictionColumns | null {
  const arrays = [
    columns.timeMs,
    ...columns.numeric.map((c) => c.values),
    ...columns.categorical.map((c) => c.codes),
  ];
  const shared = arrays.every((a) => a === null || a.buffer instanceof SharedArrayBuffer);
  if (!shared) return null;
  // Score and label stay behind: the drift of the inputs does not read them.
  return { ...columns, score: new Float64Array(0), label: new Int8Array(0) };
}

function startInputDrift(
  post: (request: MonitoringWorkerRequest, transfer?: TransferListItem[]) => boolean,
  columns: PredictionColumns,
  options: ReportOptions,
): (() => InputDrift | null) | null {
  const inputs = sharedInputColumns(columns);
  if (inputs === null) return null;
  const { port1, port2 } = new MessageChannel();
  const doneFlag = new Int32Array(new SharedArrayBuffer(4));
  const request = { kind: 'input-drift' as const, columns: inputs, options, port: port2, doneFlag };
  if (!post(request, [port2])) {
    port1.close();
    return null;
  }
  return () => {
    // The report is synchronous: wait here (the worker is usually done by now) for its answer.
    Atomics.wait(doneFlag, 0, 0, DRIFT_WAIT_MS);
    const received = receiveMessageOnPort(port1)?.message as InputDriftMessage | undefined;
    port1.close();
    if (received !== undefined && 'drift' in received) return received.drift;
    return computeInputDrift(columns, options);
  };
}
