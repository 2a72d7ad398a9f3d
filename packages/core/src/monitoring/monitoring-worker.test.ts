import { execFileSync } from 'node:child_process';
import type { MessagePort } from 'node:worker_threads';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildMonitoringReport,
  computeInputDrift,
  defaultReportOptions,
  type ReportOptions,
} from '@vigil/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringWorkerRequest } from './monitoring.worker';
import {
  type MonitoringWorker,
  type Post,
  startAnsweredJob,
  startMonitoringWorker,
} from './monitoring-worker';
import { readPlainInParallel } from './parallel-read';
import type { ParsedPredictions } from './prediction-csv.parser';
import { readPredictionFile } from './prediction-file.reader';

const dir = mkdtempSync(join(tmpdir(), 'vigil-worker-'));
const GENERATOR = join(
  import.meta.dirname,
  '../../../metrics/test-fixtures/monitoring/gen-predictions.mjs',
);
const path = join(dir, 'log.csv');
const options: ReportOptions = { ...defaultReportOptions, splitMs: Date.parse('2024-11-01') };
let worker: MonitoringWorker;

beforeAll(() => {
  execFileSync(process.execPath, [GENERATOR, '40000', '11', path]);
  worker = startMonitoringWorker();
});
afterAll(() => {
  worker.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The log parsed on two threads with the shared worker, which stays up for the drift. */
async function parsedWithWorker(): Promise<ParsedPredictions> {
  const handle = await open(path, 'r');
  try {
    const tuning = { minWorkerBytes: 0, sliceBytes: 64 << 10, waitForWorker: true };
    const read = await readPlainInParallel(
      handle,
      path,
      statSync(path).size,
      {},
      undefined,
      tuning,
      worker,
    );
    expect(read?.workerStart).not.toBeNull();
    if (read === null) throw new Error('expected a two-thread read');
    return read.parsed;
  } finally {
    await handle.close();
  }
}

describe('the monitoring worker', () => {
  it('parses half the log, then computes the same input drift as the main thread would', async () => {
    const { columns } = await parsedWithWorker();
    const awaitDrift = worker.reportHelpers(columns, options).inputDrift;
    if (awaitDrift === undefined) throw new Error('expected the worker to take the drift');
    const drift = awaitDrift();
    expect(drift).toEqual(computeInputDrift(columns, options));
    expect(Object.keys(drift?.numeric ?? {})).toEqual(['lactate', 'heart_rate', 'age']);
  });

  it('takes half the tie-block pass and the input drift without changing the report', async () => {
    const { columns, summary } = await parsedWithWorker();
    const answered: boolean[] = [];
    const helpers = worker.reportHelpers(columns, options);
    const tiePass = helpers.tiePass;
    const shared = buildMonitoringReport(columns, options, summary, {
      ...helpers,
      tiePass: (job) => {
        const wait = tiePass?.(job) ?? null;
        return (
          wait &&
          (() => {
            const result = wait();
            answered.push(result !== undefined);
            return result;
          })
        );
      },
    });
    // The worker answered (a failed job would be run here, with the same report).
    expect(answered).toEqual([true]);
    expect(shared).toEqual(buildMonitoringReport(columns, options, summary));
  });

  it('declines the drift of columns in memory it cannot share', async () => {
    const { columns } = await readPredictionFile(path, { parallelMinBytes: Infinity });
    expect(worker.reportHelpers(columns, options).inputDrift).toBeUndefined();
  });
});

describe("waiting for a worker's answer", () => {
  const noRows = {
    rowCount: 0,
    score: new Float64Array(0),
    label: new Int8Array(0),
    timeMs: null,
    categorical: [],
    numeric: [],
  };
  const request = (to: { port: MessagePort; doneFlag: Int32Array }): MonitoringWorkerRequest => ({
    kind: 'input-drift',
    columns: noRows,
    options,
    ...to,
  });
  const patience = { minimumMs: 50, factor: 10 };

  it('reads the answer the worker posted', () => {
    const answering: Post = (message) => {
      if (!('doneFlag' in message)) return false;
      message.port.postMessage({ value: 42 });
      Atomics.store(message.doneFlag, 0, 1);
      return true;
    };
    expect(startAnsweredJob<number>(answering, request, patience)?.()).toBe(42);
  });

  it('gives up on a worker that never answers and lets the caller do the job', () => {
    // A worker that died mid-job: it took the job and will never answer. Waiting as long as
    // before (two minutes) would outlast the test's own time limit.
    const silent: Post = () => true;
    expect(startAnsweredJob<number>(silent, request, patience)?.()).toBeUndefined();
  });

  it('posts nothing to a worker that cannot take the job', () => {
    expect(startAnsweredJob<number>(() => false, request, patience)).toBeNull();
  });
});
