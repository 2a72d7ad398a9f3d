// Worker entry: parses one byte range of a prediction log into shared columns (parallel-read.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { parseRange, type RangeJob } from './range-parse';

/** What the main thread sends: the range to parse, once it has chosen where to split. */
export interface RangeWorkerRequest {
  job: RangeJob;
}

/** Messages a range worker posts: progress per chunk, then one result or failure. */
export type RangeWorkerMessage =
  | { kind: 'progress'; bytes: number }
  | { kind: 'done'; result: ReturnType<typeof parseRange> }
  | { kind: 'failed'; reason: string };

const port = parentPort;
const readyFlag = (workerData as { readyFlag?: Int32Array } | null)?.readyFlag;
if (port !== null && readyFlag instanceof Int32Array) {
  port.once('message', ({ job }: RangeWorkerRequest) => {
    try {
      const result = parseRange(job, (bytes) => port.postMessage({ kind: 'progress', bytes }));
      port.postMessage({ kind: 'done', result } satisfies RangeWorkerMessage);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      port.postMessage({ kind: 'failed', reason } satisfies RangeWorkerMessage);
    }
  });
  Atomics.store(readyFlag, 0, 1);
}
