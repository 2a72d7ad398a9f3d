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

  it('sorts a fine grid exactly as a stable sort does: ties keep row order, NaN rows are left out', () => {
    let seed = 11;
    const uniform = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    // Six decimals over [0, 1]: a million grid keys.
    const score = Float64Array.from({ length: 50_000 }, () => Math.round(uniform() * 1e6) / 1e6);
    for (let i = 0; i < 200; i++) score[i * 97] = NaN;
    for (let i = 0; i < 2000; i++) score[i * 13 + 5] = 0.5; // one large tie block
    const index = Uint32Array.from(score, (_, i) => i);
    const sorted = sortRowsByScore(score, [index, Uint32Array.from(index, (i) => i * 3)]);
    const expected = Array.from(index)
      .filter((i) => !Number.isNaN(score[i]))
      .sort((a, b) => (score[a] as number) - (score[b] as number) || a - b);
    expect(Array.from(sorted.payload[0] ?? [])).toEqual(expected);
    expect(Array.from(sorted.payload[1] ?? [])).toEqual(expected.map((i) => i * 3));
    const starts = expected.flatMap((row, j) =>
      j === 0 || score[row] !== score[expected[j - 1] as number] ? [j] : [],
    );
    expect(Array.from(sorted.blockStart)).toEqual([...starts, expected.length]);
    expect(Array.from(sorted.blockValue)).toEqual(starts.map((j) => score[expected[j] as number]));
    expect(sorted.blockCount).toBe(starts.length);
  });
});
