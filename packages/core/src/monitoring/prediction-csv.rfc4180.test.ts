import { describe, expect, it } from 'vitest';
import { PredictionCsvParser } from './prediction-csv.parser';
import { parseCsvText } from './prediction-csv.test-helpers';

const messy = Buffer.from(
  '\uFEFF"score","label","site","note",scored_at\r\n' +
    '0.25,0,"Main, North","said ""hi""",2024-01-01T00:00:00Z\r\n' +
    '"0.75","1","Main, North","line one\r\nline two",2024-01-02T00:00:00Z\r\n' +
    '\r\n' +
    'bad,0,Säo Paulo,,2024-01-03T00:00:00Z\r\n' +
    '0.5,1,"",x,"2024-01-04T00:00:00Z"',
  'utf8',
);

function snapshot(chunkBytes: number) {
  const { columns, summary } = parseCsvText(
    messy,
    { groupColumns: ['site'], featureColumns: [] },
    chunkBytes,
  );
  return {
    rows: columns.rowCount,
    score: [...columns.score],
    label: [...columns.label],
    time: [...(columns.timeMs ?? [])],
    site: columns.categorical[0]?.levels,
    codes: [...(columns.categorical[0]?.codes ?? [])],
    issues: summary.issues,
  };
}

describe('PredictionCsvParser RFC 4180 input', () => {
  it('handles BOM, quotes, embedded commas, quotes and CRLF newlines, and blank lines', () => {
    expect(snapshot(Number.POSITIVE_INFINITY)).toEqual({
      rows: 4,
      score: [0.25, 0.75, Number.NaN, 0.5],
      label: [0, 1, 0, 1],
      time: [
        Date.UTC(2024, 0, 1),
        Date.UTC(2024, 0, 2),
        Date.UTC(2024, 0, 3),
        Date.UTC(2024, 0, 4),
      ],
      site: ['Main, North', 'Säo Paulo'],
      codes: [0, 0, 1, 0xffff],
      // Line 1 is the header, the second row spans lines 3-4, line 5 is blank.
      issues: [{ column: 'score', role: 'score', kind: 'unparseable', count: 1, firstLines: [6] }],
    });
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const whole = snapshot(Number.POSITIVE_INFINITY);
    for (let size = 1; size <= messy.length; size++)
      expect(snapshot(size), `chunks of ${size}`).toEqual(whole);
  });

  it('gives the same result when split once at every byte offset', () => {
    const whole = snapshot(Number.POSITIVE_INFINITY);
    for (let cut = 1; cut < messy.length; cut++) {
      const parser = new PredictionCsvParser({ groupColumns: ['site'], featureColumns: [] });
      parser.push(messy.subarray(0, cut));
      parser.push(messy.subarray(cut));
      const { columns } = parser.finish();
      expect([...columns.score], `cut at ${cut}`).toEqual(whole.score);
      expect(columns.categorical[0]?.levels, `cut at ${cut}`).toEqual(whole.site);
    }
  });

  it('rejects a quoted field that is never closed, naming its line', () => {
    expect(() => parseCsvText('score,label\n0.5,1\n"0.5,1\n0.2,0\n')).toThrow(/line 3/);
  });

  it('ignores cells beyond the header and reads short rows as missing', () => {
    const { columns } = parseCsvText('score,label,lactate\n0.5,1,2.0,extra,"x,y"\n0.4\n0.3,0,1\n');
    expect([...columns.label]).toEqual([1, -1, 0]);
    expect([...(columns.numeric[0]?.values ?? [])]).toEqual([2, Number.NaN, 1]);
  });
});
