import { describe, expect, it } from 'vitest';
import { expectClose } from '../monitoring/test-helpers/tolerance';
import { computeBinaryDiscrimination } from './binary-discrimination';

const run = (scores: number[], labels: number[]) =>
  computeBinaryDiscrimination(Float64Array.from(scores), Int8Array.from(labels));

/** O(m·n) reference: Mann–Whitney AUROC and DeLong SE from explicit placements. */
function bruteForce(scores: number[], labels: number[]): { auroc: number; se: number } {
  const pos = scores.filter((_, i) => labels[i] === 1);
  const neg = scores.filter((_, i) => labels[i] === 0);
  const psi = (a: number, b: number): number => (a > b ? 1 : a === b ? 0.5 : 0);
  const v10 = pos.map((p) => neg.reduce((s, n) => s + psi(p, n), 0) / neg.length);
  const v01 = neg.map((n) => pos.reduce((s, p) => s + psi(p, n), 0) / pos.length);
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  const variance = (v: number[]): number =>
    v.reduce((s, x) => s + (x - mean(v)) ** 2, 0) / (v.length - 1);
  return {
    auroc: mean(v10),
    se: Math.sqrt(variance(v10) / pos.length + variance(v01) / neg.length),
  };
}

describe('computeBinaryDiscrimination', () => {
  it.each([
    {
      name: 'perfect ranking',
      scores: [0.1, 0.2, 0.8, 0.9],
      labels: [0, 0, 1, 1],
      auroc: 1,
      ap: 1,
    },
    {
      name: 'inverted ranking',
      scores: [0.9, 0.8, 0.2, 0.1],
      labels: [0, 0, 1, 1],
      auroc: 0,
      ap: 0.41666666666666663,
    },
    {
      name: 'sklearn doc example',
      scores: [0.1, 0.4, 0.35, 0.8],
      labels: [0, 0, 1, 1],
      auroc: 0.75,
      ap: 0.8333333333333333,
    },
    { name: 'a full tie counts one half', scores: [0.5, 0.5], labels: [0, 1], auroc: 0.5, ap: 0.5 },
    {
      name: 'ties across classes',
      scores: [0.2, 0.5, 0.5, 0.5, 0.9],
      labels: [0, 0, 1, 0, 1],
      auroc: 5 / 6,
      ap: 0.75,
    },
  ])('computes AUROC and AP for $name', ({ scores, labels, auroc, ap }) => {
    const r = run(scores, labels);
    expectClose(r.auroc, auroc, 1e-15);
    expectClose(r.averagePrecision, ap, 1e-15);
  });

  it('gives 1 − AUROC when the scores are reversed', () => {
    const scores = Array.from(
      { length: 300 },
      (_, i) => Math.round(Math.abs(Math.sin(i * 7.1)) * 50) / 50,
    );
    const labels = scores.map((s, i) => (s + Math.cos(i) * 0.3 > 0.5 ? 1 : 0));
    const forward = run(scores, labels);
    const reversed = run(
      scores.map((s) => -s),
      labels,
    );
    expectClose(reversed.auroc, 1 - (forward.auroc ?? NaN), 1e-12);
    expectClose(reversed.aurocSe, forward.aurocSe ?? NaN, 1e-12);
  });

  it('matches the O(m·n) DeLong placements on tied data', () => {
    const scores = Array.from(
      { length: 400 },
      (_, i) => Math.floor(Math.abs(Math.sin(i * 1.3)) * 20) / 20,
    );
    const labels = scores.map((s, i) => (s + 0.4 * Math.sin(i * 5.7) > 0.6 ? 1 : 0));
    const reference = bruteForce(scores, labels);
    const r = run(scores, labels);
    expectClose(r.auroc, reference.auroc, 1e-12);
    expectClose(r.aurocSe, reference.se, 1e-12);
    expect(r.aurocCi[0]).toBeLessThan(r.auroc ?? NaN);
    expect(r.aurocCi[1]).toBeGreaterThan(r.auroc ?? NaN);
  });

  it('returns nulls when one class is missing and ignores unlabeled or unscored rows', () => {
    expect(run([0.1, 0.2], [1, 1]).auroc).toBeNull();
    const r = computeBinaryDiscrimination(
      Float64Array.from([0.1, NaN, 0.9, 0.5]),
      Int8Array.from([0, 1, 1, -1]),
    );
    expect(r.auroc).toBe(1);
    expect(r.aurocSe).toBeNull();
  });

  it('clips the DeLong interval to [0, 1]', () => {
    const r = run([0.1, 0.2, 0.3, 0.7, 0.8, 0.9], [0, 0, 0, 1, 1, 1]);
    expect(r.aurocCi).toEqual([1, 1]);
  });
});
