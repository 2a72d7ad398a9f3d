// Worker entry: parses one byte range of a prediction log into shared columns (see parallel-read.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { parseRange, type RangeJob } from './range-parse';

/** Messages a range worker posts: progress per chunk, then one result or failure. */
export type RangeWorkerMessage =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; result: ReturnType<typeof parseRange> }
  | { kind: 'failed'; reason: string };

function post(message: RangeWorkerMessage): void {
  parentPort?.postMessage(message);
}

try {
  const result = parseRange(workerData as RangeJob, (bytes) => post({ kind: 'progress', bytes }));
  post({ kind: 'done', result });
} catch (error) {
  post({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
}
