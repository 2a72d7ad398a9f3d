import { describe, expect, it } from 'vitest';
import { expectClose } from '../monitoring/test-helpers/tolerance';
import { fitLogisticRecalibration } from './logistic-recalibration';
import { clippedLogit, createWeightedPoints, pushWeightedPoint } from './weighted-points';

function points(rows: [probability: number, pos: number, neg: number][]) {
  const p = createWeightedPoints(2);
  for (const [probability, pos, neg] of rows)
    pushWeightedPoint(p, clippedLogit(probability), pos, neg);
  return p;
}

describe('fitLogisticRecalibration', () => {
  it('finds slope 1 and intercepts 0 when observed rates equal the scores', () => {
    const fit = fitLogisticRecalibration(
      points([
        [0.25, 1, 3],
        [0.5, 2, 2],
        [0.75, 3, 1],
      ]),
    );
    expectClose(fit.slope, 1, 1e-9);
    expectClose(fit.intercept, 0, 1e-9);
    expectClose(fit.citlLogitIntercept, 0, 1e-9);
  });

  it('finds a negative calibration-in-the-large intercept for over-prediction', () => {
    const fit = fitLogisticRecalibration(
      points([
        [0.5, 1, 3],
        [0.8, 2, 2],
      ]),
    );
    expect(fit.citlLogitIntercept).toBeLessThan(0);
  });

  it('recovers a known recalibration line through the warm-started path for many points', () => {
    const truth = (x: number): number => 1 / (1 + Math.exp(-(-0.5 + 0.7 * x)));
    const rows: [number, number, number][] = Array.from({ length: 20_000 }, (_, i) => {
      const p = (i + 0.5) / 20_000;
      const observed = truth(clippedLogit(p));
      return [p, 10 * observed, 10 * (1 - observed)];
    });
    const fit = fitLogisticRecalibration(points(rows));
    expectClose(fit.slope, 0.7, 1e-9);
    expectClose(fit.intercept, -0.5, 1e-9);
  });

  it('stops only at the maximum: the score equations hold at the fit on noisy counts', () => {
    let seed = 7;
    const uniform = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const rows: [number, number, number][] = Array.from({ length: 30_000 }, (_, i) => {
      const p = (i + 0.5) / 30_000;
      const n = 1 + Math.floor(uniform() * 4);
      const pos = Array.from({ length: n }, uniform).filter((u) => u < p ** 0.8).length;
      return [p, pos, n - pos];
    });
    const fit = fitLogisticRecalibration(points(rows));
    const residuals = (a: number, b: number): [number, number] => {
      let r0 = 0;
      let r1 = 0;
      for (const [p, pos, neg] of rows) {
        const x = clippedLogit(p);
        const r = pos - (pos + neg) / (1 + Math.exp(-(a + b * x)));
        r0 += r;
        r1 += r * x;
      }
      return [r0, r1];
    };
    const [slope0, slope1] = residuals(fit.intercept ?? NaN, fit.slope ?? NaN);
    const [offset0] = residuals(fit.citlLogitIntercept ?? NaN, 1);
    // About 75,000 rows: a residual of 1e-6 is far below one row's weight.
    for (const r of [slope0, slope1, offset0]) expect(Math.abs(r)).toBeLessThan(1e-6);
  });

  it('returns null instead of NaN when the slope is not identifiable', () => {
    const fit = fitLogisticRecalibration(points([[0.3, 2, 5]]));
    expect(fit.slope).toBeNull();
    expectClose(fit.citlLogitIntercept, Math.log(2 / 5) - clippedLogit(0.3), 1e-9);
  });
});
