import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  type MessagePort,
  receiveMessageOnPort,
  type TransferListItem,
  Worker,
} from 'node:worker_threads';
import {
  computeInputDrift,
  type InputDrift,
  type PredictionColumns,
  type ReportHelpers,
  type ReportOptions,
  type TieBlockPassResult,
  type TiePassHelper,
} from '@vigil/metrics';
import type { ParsedRange } from './prediction-csv.parser';
import type {
  AnswerMessage,
  MonitoringWorkerRequest,
  RangeWorkerMessage,
} from './monitoring.worker';
import type { RangeJob } from './range-parse';
import { bundledWorkerSource } from './worker-source';

const ENTRY = fileURLToPath(new URL('./monitoring.worker.ts', import.meta.url));
/**
 * How long the main thread waits for an answer before it does the job itself: a worker that dies
 * mid-job never answers, and a synchronous wait cannot hear its exit event. The worker's job is
 * about as big as the work this thread did since posting it, so a worker that takes ten times
 * as long (and at least two seconds) has failed; a late answer is dropped, the result is the same.
 */
export interface AnswerPatience {
  minimumMs: number;
  factor: number;
}

const ANSWER_PATIENCE: AnswerPatience = { minimumMs: 2_000, factor: 10 };

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
   * The report work this worker can take for `columns` (see ReportHelpers): the input drift when
   * the columns are in memory it can share, and a share of the tie-block pass.
   */
  reportHelpers(columns: PredictionColumns, options: ReportOptions): ReportHelpers;
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
    // A worker that ended takes no more jobs: the report does them itself at once.
    const end = (): void => {
      stopped = true;
      onEnd();
    };
    worker.on('error', end);
    worker.on('exit', end);
  };
  const source = bundledWorkerSource(ENTRY);
  if (typeof source === 'string') launch(source);
  else void source.then(launch);
  const isReady = (): boolean => !stopped && Atomics.load(readyFlag, 0) === 1;
  const post: Post = (request, transfer = []) => {
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
    reportHelpers: (columns, options) => ({
      inputDrift: startInputDrift(post, columns, options) ?? undefined,
      tiePass: tiePassHelper(post),
    }),
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

export type Post = (request: MonitoringWorkerRequest, transfer?: TransferListItem[]) => boolean;

/**
 * Posts a job whose answer the main thread reads synchronously (the report is synchronous), and
 * returns the function that waits for it: the answer, or undefined when the job failed or the
 * worker did not answer in time (see AnswerPatience). Null when the worker cannot take the job.
 */
export function startAnsweredJob<T>(
  post: Post,
  request: (to: { port: MessagePort; doneFlag: Int32Array }) => MonitoringWorkerRequest,
  patience: AnswerPatience = ANSWER_PATIENCE,
): (() => T | undefined) | null {
  const { port1, port2 } = new MessageChannel();
  const doneFlag = new Int32Array(new SharedArrayBuffer(4));
  if (!post(request({ port: port2, doneFlag }), [port2])) {
    port1.close();
    return null;
  }
  const postedAt = performance.now();
  return () => {
    const ownWorkMs = performance.now() - postedAt;
    Atomics.wait(doneFlag, 0, 0, Math.max(patience.minimumMs, patience.factor * ownWorkMs));
    const received = receiveMessageOnPort(port1)?.message as AnswerMessage | undefined;
    port1.close();
    return received !== undefined && 'value' in received ? (received.value as T) : undefined;
  };
}

function startInputDrift(
  post: Post,
  columns: PredictionColumns,
  options: ReportOptions,
): (() => InputDrift | null) | null {
  const inputs = sharedInputColumns(columns);
  if (inputs === null) return null;
  const awaitDrift = startAnsweredJob<InputDrift | null>(post, (to) => ({
    kind: 'input-drift',
    columns: inputs,
    options,
    ...to,
  }));
  if (awaitDrift === null) return null;
  return () => {
    const drift = awaitDrift();
    return drift === undefined ? computeInputDrift(columns, options) : drift;
  };
}

/** Runs the other share of the tie-block pass on the worker (the sorted rows are shared). */
function tiePassHelper(post: Post): TiePassHelper {
  return (job) =>
    startAnsweredJob<TieBlockPassResult>(post, (to) => ({ kind: 'tie-pass', job, ...to }));
}
