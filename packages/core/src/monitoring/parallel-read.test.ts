import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ParallelRead, readPlainInParallel } from './parallel-read';
import type { ParsedPredictions } from './prediction-csv.parser';
import { parseCsvText } from './prediction-csv.test-helpers';
import { readPredictionFile } from './prediction-file.reader';

const dir = mkdtempSync(join(tmpdir(), 'vigil-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GENERATOR = join(
  import.meta.dirname,
  '../../../metrics/test-fixtures/monitoring/gen-predictions.mjs',
);

const HEADER =
  'prediction_id,scored_at,score,label,sex,race_ethnicity,age_group,payer,site,lactate,heart_rate,age';

/**
 * A log of `rows` rows with bad cells, blank lines and CRLF endings over the whole file; some
 * site levels appear only in its last fifth, so the worker's dictionary differs from the main
 * thread's, and bad ages only in its last third, so their lines depend on the first range's.
 */
function messyRows(rows: number): string[] {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const site = i > rows * 0.8 ? `LATE_${i % 3}` : `SITE_${'ABCD'[i % 4] ?? 'A'}`;
    const score =
      i % 997 === 5 ? 'abc' : i % 1009 === 7 ? '1.5' : (((i * 37) % 1000) / 1000).toFixed(3);
    const label = i % 401 === 3 ? 'maybe' : i % 13 === 0 ? '' : String(i % 3 === 0 ? 1 : 0);
    const time =
      i % 1499 === 11 ? 'yesterday' : `2024-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:00:00Z`;
    const age = i > rows * 0.7 && i % 211 === 0 ? 'old' : String(i % 100);
    const lactate = i % 733 === 1 ? 'x1' : (1 + (i % 50) / 10).toFixed(2);
    lines.push(
      `${i},${time},${score},${label},${i % 2 ? 'F' : 'M'},W,18-39,Medicare,${site},${lactate},${60 + (i % 90)},${age}`,
    );
    if (i % 2003 === 17) lines.push('');
  }
  return lines;
}

function joinRows(lines: readonly string[]): string {
  return lines.map((line, i) => (i % 5 === 0 ? `${line}\r` : line)).join('\n') + '\n';
}

/** Small slices and no minimum, so a file of a few megabytes is split as a large one would be. */
const SPLIT_SMALL_FILES = { minWorkerBytes: 0, sliceBytes: 64 << 10, waitForWorker: true };

async function parallel(text: string, name: string): Promise<ParallelRead | null> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const handle = await open(path, 'r');
  try {
    return await readPlainInParallel(
      handle,
      path,
      Buffer.byteLength(text),
      {},
      undefined,
      SPLIT_SMALL_FILES,
    );
  } finally {
    await handle.close();
  }
}

function plain(parsed: ParsedPredictions): unknown {
  const { columns, summary } = parsed;
  return {
    summary,
    rowCount: columns.rowCount,
    score: Array.from(columns.score),
    label: Array.from(columns.label),
    time: Array.from(columns.timeMs ?? []),
    categorical: columns.categorical.map((c) => ({ ...c, codes: Array.from(c.codes) })),
    numeric: columns.numeric.map((c) => ({ ...c, values: Array.from(c.values) })),
  };
}

describe('readPlainInParallel', () => {
  it('splits a file between two threads and gives the single-thread columns and issue lines', async () => {
    const text = joinRows(messyRows(60_000));
    const read = await parallel(text, 'messy.csv');
    const single = parseCsvText(text);
    expect(read?.workerStart).toBeGreaterThan(Buffer.byteLength(text) / 3);
    expect(single.summary.issues.length).toBeGreaterThan(3);
    const badAges = single.summary.issues.find((issue) => issue.column === 'age');
    expect(badAges?.firstLines[0]).toBeGreaterThan(40_000);
    expect(plain(read?.parsed ?? single)).toEqual(plain(single));
  });

  it('lets the worker parse quoted fields with line breaks in its part', async () => {
    const lines = messyRows(40_000);
    lines[38_000] = (lines[38_000] ?? '').replace(',W,', ',"W, with\na line break",');
    lines[39_000] = (lines[39_000] ?? '').replace(/,\d+$/, ',old');
    const text = joinRows(lines);
    const read = await parallel(text, 'quoted-late.csv');
    expect(read?.workerStart).not.toBeNull();
    expect(plain(read?.parsed ?? parseCsvText('x'))).toEqual(plain(parseCsvText(text)));
  });

  it('parses on alone when its own part holds a quote, since the split could fall inside a row', async () => {
    const lines = messyRows(60_000);
    lines[15_000] = (lines[15_000] ?? '').replace(',W,', ',"W, with comma",');
    const text = joinRows(lines);
    const read = await parallel(text, 'quoted-early.csv');
    expect(read?.workerStart).toBeNull();
    expect(plain(read?.parsed ?? parseCsvText('x'))).toEqual(plain(parseCsvText(text)));
  });

  it('parses the worker part itself when that part has more rows than estimated', async () => {
    // Rows four times longer than the average up front: the worker's part has far more rows.
    const lines = messyRows(30_000).map((line, i) =>
      i > 0 && i <= 5_000
        ? line.replace(/^(\d+),/, (_, id: string) => `${id.padStart(2000, '0')},`)
        : line,
    );
    const text = joinRows(lines);
    const read = await parallel(text, 'short-rows-late.csv');
    expect(read?.workerStart).toBeNull();
    expect(plain(read?.parsed ?? parseCsvText('x'))).toEqual(plain(parseCsvText(text)));
  });

  it('declines files too small to estimate row sizes', async () => {
    expect(await parallel(joinRows(messyRows(50)), 'small.csv')).toBeNull();
  });

  it('gives the reader the single-thread columns on a generated log', async () => {
    const path = join(dir, 'generated.csv');
    execFileSync(process.execPath, [GENERATOR, '30000', '7', path]);
    const split = await readPredictionFile(path, { parallelMinBytes: 0 });
    const single = await readPredictionFile(path, { parallelMinBytes: Number.POSITIVE_INFINITY });
    expect(plain(split)).toEqual(plain(single));
  });
});
