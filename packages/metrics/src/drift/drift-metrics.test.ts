import { describe, expect, it } from 'vitest';
import { expectClose } from '../monitoring/test-helpers/tolerance';
import { computeJsDistance } from './js-distance';
import { kolmogorovTwoSidedSf } from './kolmogorov-distribution';
import { computeKsPValue, computeKsStatistic } from './ks';
import { computePsi, psiBand } from './psi';
import { binCounts, referenceDecileEdges } from './quantile-edges';
import { valueCountsFromSorted } from './value-counts';
import { computeWassersteinNormed } from './wasserstein';

const sorted = (values: number[]): Float64Array => Float64Array.from(values).sort();

describe('PSI', () => {
  it('is 0 for identical distributions', () => {
    expect(computePsi([10, 20, 30], [1, 2, 3], 60, 6)).toBe(0);
  });

  it('matches a hand computation and replaces empty shares by 1e-4', () => {
    const expected = (0.5 - 0.25) * Math.log(0.5 / 0.25) + (0.5 - 0.75) * Math.log(0.5 / 0.75);
    expectClose(computePsi([1, 3], [2, 2], 4, 4), expected, 1e-15);
    const withEmpty = (1e-4 - 0.5) * Math.log(1e-4 / 0.5) + (1 - 0.5) * Math.log(1 / 0.5);
    expectClose(computePsi([1, 1], [0, 4], 2, 4), withEmpty, 1e-15);
  });

  it('is null for an empty period and banded at 0.1 and 0.25', () => {
    expect(computePsi([1], [0], 1, 0)).toBeNull();
    expect([psiBand(0.05), psiBand(0.1), psiBand(0.25), psiBand(null)]).toEqual([
      'stable',
      'moderate',
      'major',
      null,
    ]);
  });
});

describe('Jensen–Shannon distance', () => {
  it('is 0 for identical shares and √ln2 for disjoint ones', () => {
    expect(computeJsDistance([1, 1], [5, 5], 2, 10)).toBe(0);
    expectClose(computeJsDistance([1, 0], [0, 1], 1, 1), Math.sqrt(Math.LN2), 1e-15);
  });
});

describe('reference decile edges', () => {
  it('reproduces numpy linear quantiles of 1..10, deduplicated', () => {
    const vc = valueCountsFromSorted(sorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), new Float64Array(0));
    const edges = referenceDecileEdges(vc);
    [1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1].forEach((e, i) =>
      expectClose(edges[i], e, 1e-12),
    );
    const constant = valueCountsFromSorted(sorted([4, 4, 4]), new Float64Array(0));
    expect(referenceDecileEdges(constant)).toEqual([4]);
  });

  it('bins a value equal to an edge into the upper bin', () => {
    const vc = valueCountsFromSorted(sorted([1, 2, 3]), sorted([2, 2, 5]));
    expect(binCounts(vc, [2])).toEqual([
      [1, 2],
      [0, 3],
    ]);
  });
});

describe('KS and Wasserstein', () => {
  it('computes D as the largest CDF gap and 0 for identical samples', () => {
    const vc = valueCountsFromSorted(sorted([1, 2, 3, 4]), sorted([3, 4, 5, 6]));
    expect(computeKsStatistic(vc)).toBe(0.5);
    const same = valueCountsFromSorted(sorted([1, 2, 3]), sorted([1, 2, 3]));
    expect(computeKsStatistic(same)).toBe(0);
    expect(computeWassersteinNormed(same)).toBe(0);
  });

  it('normalises W1 by the reference population standard deviation', () => {
    const vc = valueCountsFromSorted(sorted([0, 2]), sorted([1, 3]));
    expectClose(computeWassersteinNormed(vc), 1 / 1, 1e-15);
  });

  it.each([
    [2750, 0.02, 0.2183818614021651],
    [2750, 0.05, 2.0518929077761113e-6],
    [50000, 0.006, 0.05442749636006261],
    [1400000, 0.0015, 0.003668938634603777],
    [300, 0.1, 0.004595673656972621],
  ])('matches scipy kstwo.sf(%f) for n = %i within 1e-6 relative', (n, x, expected) => {
    const p = kolmogorovTwoSidedSf(n, x);
    expect(Math.abs(p - expected) / expected).toBeLessThan(1e-6);
  });

  it('gives p-value 1 for D = 0 and 0 for an extreme D', () => {
    expect(computeKsPValue(0, 1000, 1000)).toBe(1);
    expect(computeKsPValue(0.5, 100000, 100000)).toBe(0);
  });
});
