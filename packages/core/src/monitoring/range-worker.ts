import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RangeWorkerMessage } from './parse-range.worker';
import type { ParsedRange } from './prediction-csv.parser';
import type { RangeJob } from './range-parse';

/**
 * Source of the worker's bootstrap. The engine runs from its TypeScript sources, and Node 20 runs
 * no ESM loader hooks (tsx's `--import`) inside worker threads, so the worker loads them through
 * tsx's require hook; built JavaScript (a .js entry) loads without it.
 */
function bootstrapSource(): string {
  const here = import.meta.url;
  const extension = here.slice(here.lastIndexOf('.'));
  const entry = fileURLToPath(new URL(`./parse-range.worker${extension}`, here));
  let hook: string | null = null;
  if (extension === '.ts') {
    try {
      hook = createRequire(here).resolve('tsx/cjs');
    } catch {
      hook = null;
    }
  }
  const load = hook === null ? '' : `require(${JSON.stringify(hook)});`;
  return `${load}require(${JSON.stringify(entry)});`;
}

/** A range being parsed on another thread. */
export interface RangeWorker {
  /** The range's result, or null when the worker failed (quotes, overflow, bad input, no loader). */
  done: Promise<ParsedRange | null>;
  stop(): void;
}

/** Starts parsing `job` on a worker thread; `onBytes` hears of each chunk it finishes. */
export function startRangeWorker(job: RangeJob, onBytes: (bytes: number) => void): RangeWorker {
  const worker = new Worker(bootstrapSource(), { eval: true, workerData: job });
  const done = new Promise<ParsedRange | null>((resolve) => {
    worker.on('message', (message: RangeWorkerMessage) => {
      if (message.kind === 'progress') onBytes(message.bytes);
      else resolve(message.kind === 'done' ? message.result : null);
    });
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  const stop = (): void => void worker.terminate();
  return { done: done.finally(stop), stop };
}
