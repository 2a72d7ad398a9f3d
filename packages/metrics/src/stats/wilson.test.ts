import { describe, expect, it } from 'vitest';
import { expectClose } from '../monitoring/test-helpers/tolerance';
import { wilsonInterval } from './wilson';

describe('wilsonInterval', () => {
  it.each([
    { k: 0, n: 10, low: 0, high: 0.2775327998628892 },
    { k: 5, n: 10, low: 0.236593090512564, high: 0.7634069094874361 },
    { k: 10, n: 10, low: 0.7224672001371107, high: 0.9999999999999999 },
  ])('matches the closed form for $k of $n', ({ k, n, low, high }) => {
    const [l, h] = wilsonInterval(k, n);
    expectClose(l, low, 1e-12);
    expectClose(h, high, 1e-12);
  });

  it('is undefined for an empty denominator', () => {
    expect(wilsonInterval(0, 0)).toEqual([null, null]);
  });

  it('stays inside [0, 1], contains the point estimate and narrows as n grows', () => {
    let previousWidth = Infinity;
    for (const n of [10, 100, 1000, 10000]) {
      const k = Math.round(n * 0.3);
      const [l, h] = wilsonInterval(k, n) as [number, number];
      expect(l).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThanOrEqual(1);
      expect(l).toBeLessThanOrEqual(k / n);
      expect(h).toBeGreaterThanOrEqual(k / n);
      expect(h - l).toBeLessThan(previousWidth);
      previousWidth = h - l;
    }
  });
});
