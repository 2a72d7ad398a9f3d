import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedRange } from './prediction-csv.parser';
import type { RangeWorkerMessage, RangeWorkerRequest } from './parse-range.worker';
import type { RangeJob } from './range-parse';
import { bundledWorkerSource } from './worker-source';

const ENTRY = fileURLToPath(new URL('./parse-range.worker.ts', import.meta.url));

/** A worker thread that parses one byte range once it is given one. */
export interface RangeWorker {
  /**
   * True once the worker can take a range. Read synchronously (a shared flag the worker sets), so
   * a thread busy parsing sees it without waiting for its event loop.
   */
  isReady(): boolean;
  /** Hands the worker its range; `onBytes` hears of each chunk it finishes. Null on failure. */
  parse(job: RangeJob, onBytes: (bytes: number) => void): Promise<ParsedRange | null>;
  stop(): void;
}

/** Starts a range worker; it loads in the background (about 50 ms) while the caller parses. */
export function startRangeWorker(): RangeWorker {
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
  const stop = (): void => {
    stopped = true;
    void worker?.terminate();
  };
  const parse = (job: RangeJob, onBytes: (bytes: number) => void) =>
    new Promise<ParsedRange | null>((resolve) => {
      onMessage = (message) => {
        if (message.kind === 'progress') onBytes(message.bytes);
        else if (message.kind === 'done') resolve(message.result);
        else resolve(null);
      };
      onEnd = () => resolve(null);
      if (worker === null) resolve(null);
      else worker.postMessage({ job } satisfies RangeWorkerRequest);
    }).finally(stop);
  return { isReady: () => !stopped && Atomics.load(readyFlag, 0) === 1, parse, stop };
}
