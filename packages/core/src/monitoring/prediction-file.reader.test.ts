import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MonitoringInputError } from './monitoring-input.error';
import { type ReadPredictionFileOptions, readPredictionFile } from './prediction-file.reader';
import { sampleCsv } from './prediction-csv.test-helpers';

const dir = mkdtempSync(join(tmpdir(), 'vigil-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function errorOf(promise: Promise<unknown>): Promise<MonitoringInputError> {
  const error = await promise.then(
    () => new Error('expected a MonitoringInputError'),
    (e: unknown) => e,
  );
  if (error instanceof MonitoringInputError) return error;
  throw error;
}

describe('readPredictionFile', () => {
  it('reads a plain file in small chunks and reports progress', async () => {
    const progress: number[] = [];
    const path = fileWith('plain.csv', sampleCsv);
    const { columns } = await readPredictionFile(path, {
      chunkBytes: 16,
      onProgress: (read) => progress.push(read),
    });
    expect(columns.rowCount).toBe(4);
    expect(progress.at(-1)).toBe(Buffer.byteLength(sampleCsv));
  });

  it('reads a gzip file, detected by its magic bytes whatever its name', async () => {
    const path = fileWith('log.csv', gzipSync(sampleCsv));
    const { columns } = await readPredictionFile(path);
    expect([...columns.score]).toEqual([0.036029, 0.844813, 0.5, 0.25]);
  });

  it('names the path of a missing file', async () => {
    const error = await errorOf(readPredictionFile(join(dir, 'nope.csv')));
    expect(error.code).toBe('file_unreadable');
    expect(error.message).toContain('nope.csv');
  });

  it('rejects a corrupt gzip file', async () => {
    const bytes = gzipSync(sampleCsv);
    const error = await errorOf(
      readPredictionFile(fileWith('bad.gz', bytes.subarray(0, bytes.length - 30))),
    );
    expect(error.code).toBe('file_unreadable');
  });

  it('names an explicitly requested column that is missing', async () => {
    const error = await errorOf(
      readPredictionFile(fileWith('a.csv', sampleCsv), { groupColumns: ['ward'] }),
    );
    expect(error).toMatchObject({ code: 'column_missing', details: { column: 'ward' } });
    expect(error.message).toContain('"ward"');
  });

  it('leaves out a default column that is absent and says why', async () => {
    const path = fileWith('b.csv', 'score,label,sex\n0.1,0,F\n0.9,1,M\n');
    const { summary, columns } = await readPredictionFile(path);
    expect(columns.timeMs).toBeNull();
    expect(summary.omittedColumns.map((o) => o.column)).toEqual([
      'scored_at',
      'prediction_id',
      'race_ethnicity',
      'age_group',
      'payer',
      'site',
      'lactate',
      'heart_rate',
      'age',
    ]);
    expect(summary.omittedColumns[0]?.reason).toMatch(/time windows/);
  });

  const rejected: [string, string, string, ReadPredictionFileOptions?][] = [
    ['a missing score column', 'p,label\n0.1,0\n', 'column_missing'],
    ['an empty file', '', 'file_empty'],
    ['a header without rows', 'score,label\n', 'no_usable_rows'],
    ['no valid score', 'score,label\nx,0\n2,1\n', 'no_usable_rows'],
    ['no known outcome', 'score,label\n0.1,\n0.2,\n', 'no_labeled_rows'],
    ['a constant label', 'score,label\n0.1,1\n0.2,1\n', 'constant_label'],
    [
      'one column with two roles',
      'score,label\n0.1,1\n',
      'column_conflict',
      { groupColumns: ['score'] },
    ],
  ];
  it.each(rejected)('rejects %s', async (_name, content, code, options = {}) => {
    const error = await errorOf(readPredictionFile(fileWith(`${code}.csv`, content), options));
    expect(error.code).toBe(code);
  });

  it('says how to read a text outcome when no label is 0/1', async () => {
    const path = fileWith('d.csv', 'score,label\n0.2,Good\n0.7,Poor\n');
    const error = await errorOf(readPredictionFile(path));
    expect(error.code).toBe('no_labeled_rows');
    expect(error.message).toMatch(/2 unparseable \(first on line 2\).*positive value/);
    const never = await errorOf(readPredictionFile(path, { positiveLabel: 'Bad' }));
    expect(never.message).toMatch(/positive label "Bad" never occurs/);
  });

  it('says what is wrong with the scores when none is usable', async () => {
    const error = await errorOf(readPredictionFile(fileWith('c.csv', 'score,label\nx,0\n2,1\n')));
    expect(error.message).toMatch(
      /1 out of range \(first on line 3\), 1 unparseable \(first on line 2\)/,
    );
  });
});
