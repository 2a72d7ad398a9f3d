import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedPredictions } from './prediction-csv.parser';
import { parseCsvText } from './prediction-csv.test-helpers';
import { readPlainInParallel } from './parallel-read';
import { readPredictionFile } from './prediction-file.reader';

const dir = mkdtempSync(join(tmpdir(), 'vigil-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GENERATOR = join(
  import.meta.dirname,
  '../../../metrics/test-fixtures/monitoring/gen-predictions.mjs',
);

const HEADER =
  'prediction_id,scored_at,score,label,sex,race_ethnicity,age_group,payer,site,lactate,heart_rate,age';

/** A log of `rows` rows with bad cells, blank lines and CRLF endings spread over the whole file;
 * some site levels appear only in its second half, so the worker's dictionary differs. */
function messyLog(rows: number): string {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const site = i > rows * 0.8 ? `LATE_${i % 3}` : `SITE_${'ABCD'[i % 4] ?? 'A'}`;
    const score =
      i % 997 === 5 ? 'abc' : i % 1009 === 7 ? '1.5' : (((i * 37) % 1000) / 1000).toFixed(3);
    const label = i % 401 === 3 ? 'maybe' : i % 13 === 0 ? '' : String(i % 3 === 0 ? 1 : 0);
    const time =
      i % 1499 === 11 ? 'yesterday' : `2024-0${1 + (i % 9)}-1${i % 10}T0${i % 10}:00:00Z`;
    // Only the worker's range has bad ages: their lines must be shifted by the first range's lines.
    const age = i > rows * 0.7 && i % 211 === 0 ? 'old' : String(i % 100);
    const lactate = i % 733 === 1 ? 'x1' : (1 + (i % 50) / 10).toFixed(2);
    lines.push(
      `${i},${time},${score},${label},${i % 2 ? 'F' : 'M'},W,18-39,Medicare,${site},${lactate},${60 + (i % 90)},${age}`,
    );
    if (i % 2003 === 17) lines.push('');
  }
  return lines.map((line, i) => (i % 5 === 0 ? `${line}\r` : line)).join('\n') + '\n';
}

async function parallel(path: string, size: number): Promise<ParsedPredictions | null> {
  const handle = await open(path, 'r');
  try {
    return await readPlainInParallel(handle, path, size, {});
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
  it('gives the single-thread columns and issue lines on a file with bad rows', async () => {
    const text = messyLog(60_000);
    const path = join(dir, 'messy.csv');
    writeFileSync(path, text);
    const split = await parallel(path, Buffer.byteLength(text));
    if (split === null) throw new Error('expected the parallel path to run');
    const single = parseCsvText(text);
    expect(single.summary.issues.length).toBeGreaterThan(3);
    expect(single.summary.issues.find((i) => i.column === 'age')?.firstLines[0]).toBeGreaterThan(
      40_000,
    );
    expect(plain(split)).toEqual(plain(single));
  });

  it('gives the single-thread columns on a generated log', async () => {
    const path = join(dir, 'generated.csv');
    execFileSync(process.execPath, [GENERATOR, '30000', '7', path]);
    const viaReader = await readPredictionFile(path, { parallelMinBytes: 0 });
    const single = await readPredictionFile(path);
    const handle = await open(path, 'r');
    const size = (await handle.stat()).size;
    await handle.close();
    expect(await parallel(path, size)).not.toBeNull();
    expect(plain(viaReader)).toEqual(plain(single));
  });

  it('declines files with a quote, which the reader then parses on one thread', async () => {
    const rows = messyLog(20_000).split('\n');
    rows[15_000] = rows[15_000]?.replace(',W,', ',"W, with comma",') ?? '';
    const text = rows.join('\n');
    const path = join(dir, 'quoted.csv');
    writeFileSync(path, text);
    expect(await parallel(path, Buffer.byteLength(text))).toBeNull();
    const read = await readPredictionFile(path, { parallelMinBytes: 0 });
    expect(plain(read)).toEqual(plain(parseCsvText(text)));
  });

  it('declines files too small to estimate row sizes', async () => {
    const text = messyLog(50);
    const path = join(dir, 'small.csv');
    writeFileSync(path, text);
    expect(await parallel(path, Buffer.byteLength(text))).toBeNull();
  });
});
