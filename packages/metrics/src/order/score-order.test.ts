import { describe, expect, it } from 'vitest';
import { sortRowsByScore } from './score-order';

/** Scores of the sorted rows (payload = row index), ascending by block. */
function sortedScores(score: Float64Array): { values: number[]; blocks: number } {
  const index = Uint32Array.from(score, (_, i) => i);
  const sorted = sortRowsByScore(score, [index]);
  const rows = sorted.payload[0] ?? new Uint32Array(0);
  return { values: Array.from(rows, (r) => score[r] as number), blocks: sorted.blockCount };
}

describe('sortRowsByScore', () => {
  it('sorts fixed-point scores with ties into one block per distinct value', () => {
    const score = Float64Array.from([0.5, 0.123456, NaN, 0.5, 0, 1, 0.123456]);
    const { values, blocks } = sortedScores(score);
    expect(values).toEqual([0, 0.123456, 0.123456, 0.5, 0.5, 1]);
    expect(blocks).toBe(4);
  });

  it('sorts arbitrary doubles, negatives and −0 like a numeric sort', () => {
    const score = Float64Array.from(
      { length: 5000 },
      (_, i) => Math.sin(i * 12.9898) * 1e3 * Math.PI,
    );
    score[7] = -0;
    score[8] = 0;
    score[9] = -1e-300;
    const expected = Array.from(Float64Array.from(score).sort());
    const { values, blocks } = sortedScores(score);
    expect(values.map((v) => v + 0)).toEqual(expected.map((v) => v + 0));
    expect(blocks).toBe(new Set(expected.map((v) => v + 0)).size);
  });
});
