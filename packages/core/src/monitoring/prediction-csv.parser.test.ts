import { describe, expect, it } from 'vitest';
import { parseCsvText, sampleCsv } from './prediction-csv.test-helpers';

const header = 'score,label';

describe('PredictionCsvParser columns', () => {
  it('reads the default layout into typed columns', () => {
    const { columns, summary } = parseCsvText(sampleCsv);
    expect(columns.rowCount).toBe(4);
    expect([...columns.score]).toEqual([0.036029, 0.844813, 0.5, 0.25]);
    expect([...columns.label]).toEqual([0, 1, -1, 0]);
    expect(columns.timeMs?.[0]).toBe(Date.UTC(2024, 0, 1, 0, 0, 20));
    expect(columns.timeMs?.[3]).toBe(Date.UTC(2024, 2, 15, 23, 59, 59));
    expect(columns.categorical.map((c) => c.name)).toEqual([
      'sex',
      'race_ethnicity',
      'age_group',
      'payer',
      'site',
    ]);
    const race = columns.categorical[1];
    expect(race?.levels).toEqual(['White', 'Black', 'Asian']);
    expect([...(race?.codes ?? [])]).toEqual([0, 1, 0, 2]);
    expect(columns.numeric.map((c) => c.name)).toEqual(['lactate', 'heart_rate', 'age']);
    expect([...(columns.numeric[0]?.values ?? [])]).toEqual([1.16, 1.76, Number.NaN, 2.5]);
    expect(summary).toEqual({ rowsRead: 4, issues: [], omittedColumns: [] });
  });

  it('parses decimals exactly as Number() does', () => {
    const values = [
      '0.123456',
      '-12.5',
      '1e-3',
      '+4',
      '.5',
      '7.',
      '0.1234567890123456789',
      '1E5',
      '123456789012345678',
    ];
    const { columns } = parseCsvText(
      [header, ...values.map((v, i) => `${v},${i % 2}`)].join('\n'),
      { scoreKind: 'score' },
    );
    expect([...columns.score]).toEqual(values.map(Number));
  });

  it('reads timestamps with offsets, fractions, spaces and dates as UTC', () => {
    const times = [
      '2024-03-10T12:00:00+02:00',
      '2024-03-10 12:00:00.250',
      '2024-03-10',
      '2024-03-10T12:00-0130',
      '2024/03/10 12:00',
    ];
    const csv = ['score,label,scored_at', ...times.map((t, i) => `0.5,${i % 2},${t}`)].join('\n');
    const { columns } = parseCsvText(csv);
    expect([...(columns.timeMs ?? [])]).toEqual([
      Date.UTC(2024, 2, 10, 10),
      Date.UTC(2024, 2, 10, 12, 0, 0, 250),
      Date.UTC(2024, 2, 10),
      Date.UTC(2024, 2, 10, 13, 30),
      Date.UTC(2024, 2, 10, 12),
    ]);
  });

  it('maps renamed columns by header name, in any order', () => {
    const csv = 'unit,p,y,when\nICU,0.9,1,2024-01-01\nWard,0.1,0,2024-01-02\n';
    const { columns, summary } = parseCsvText(csv, {
      scoreColumn: 'p',
      labelColumn: 'y',
      timeColumn: 'when',
      groupColumns: ['unit'],
      featureColumns: [],
    });
    expect([...columns.score]).toEqual([0.9, 0.1]);
    expect(columns.categorical[0]?.levels).toEqual(['ICU', 'Ward']);
    expect(summary.omittedColumns.map((o) => [o.column, o.role])).toEqual([
      ['prediction_id', 'id'],
    ]);
  });
});

describe('PredictionCsvParser labels', () => {
  it('accepts true/false and yes/no in any case', () => {
    const { columns } = parseCsvText(
      `${header}\n0.1,TRUE\n0.2,no\n0.3,Yes\n0.4,false\n0.5,1.0\n0.6,NA`,
    );
    expect([...columns.label]).toEqual([1, 0, 1, 0, 1, -1]);
  });

  it('codes a text outcome with the positive label as 1 and other values as 0', () => {
    const csv = `${header}\n0.9,Poor\n0.2,Good\n0.3,\n0.8, Poor \n0.4,Fair`;
    const { columns } = parseCsvText(csv, { positiveLabel: 'Poor' });
    expect([...columns.label]).toEqual([1, 0, -1, 1, 0]);
  });
});

describe('PredictionCsvParser invalid cells', () => {
  it('counts bad scores, labels, timestamps and numbers with their line numbers', () => {
    const csv = [
      'score,label,scored_at,lactate',
      '0.5,1,2024-01-01T00:00:00Z,1.0',
      'abc,0,2024-01-01T00:00:00Z,1.0',
      '1.5,0,2024-13-01T00:00:00Z,x',
      '0.2,2,yesterday,1.0',
      '0.3,maybe,2024-01-02,1e999',
      '0.1,0,2024-01-02,2',
    ].join('\r\n');
    const { columns, summary } = parseCsvText(csv);
    expect([...columns.score]).toEqual([0.5, Number.NaN, Number.NaN, 0.2, 0.3, 0.1]);
    expect(summary.issues).toEqual([
      { column: 'score', role: 'score', kind: 'out_of_range', count: 1, firstLines: [4] },
      { column: 'score', role: 'score', kind: 'unparseable', count: 1, firstLines: [3] },
      { column: 'label', role: 'label', kind: 'out_of_range', count: 1, firstLines: [5] },
      { column: 'label', role: 'label', kind: 'unparseable', count: 1, firstLines: [6] },
      { column: 'scored_at', role: 'time', kind: 'unparseable', count: 2, firstLines: [4, 5] },
      { column: 'lactate', role: 'numeric', kind: 'out_of_range', count: 1, firstLines: [6] },
      { column: 'lactate', role: 'numeric', kind: 'unparseable', count: 1, firstLines: [4] },
    ]);
  });

  it('keeps at most ten line numbers per issue but counts all', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i % 3 === 0 ? 'bad' : '0.5'},${i % 2}`);
    const { summary } = parseCsvText([header, ...rows].join('\n'));
    expect(summary.issues[0]?.count).toBe(14);
    expect(summary.issues[0]?.firstLines).toEqual([2, 5, 8, 11, 14, 17, 20, 23, 26, 29]);
  });

  it('accepts any real score when the score kind is score', () => {
    const { columns, summary } = parseCsvText(`${header}\n-3,0\n12.5,1`, { scoreKind: 'score' });
    expect([...columns.score]).toEqual([-3, 12.5]);
    expect(summary.issues).toEqual([]);
  });
});

describe('PredictionCsvParser categorical columns', () => {
  it('keeps codes right when a column has thousands of levels', () => {
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `${(i % 10) / 10},${i % 2},level-${i % 5000}`,
    );
    const { columns } = parseCsvText(['score,label,g', ...rows].join('\n'), {
      groupColumns: ['g'],
    });
    const g = columns.categorical[0];
    expect(g?.levels.length).toBe(5000);
    expect(g?.levels[4321]).toBe('level-4321');
    expect([...(g?.codes ?? [])].every((code, i) => code === i % 5000)).toBe(true);
  });

  it('rejects a subgroup column with more distinct values than codes can hold', () => {
    const rows = Array.from({ length: 65_535 }, (_, i) => `0.5,${i % 2},id-${i}`);
    expect(() =>
      parseCsvText(['score,label,g', ...rows].join('\n'), { groupColumns: ['g'] }),
    ).toThrow(/"g" has more than 65534 distinct values \(line 65536\)/);
  });
});
