import { expect } from 'vitest';

/** Assert |actual − expected| ≤ tolerance (absolute), with a readable failure message. */
export function expectClose(
  actual: number | null | undefined,
  expected: number,
  tolerance: number,
): void {
  expect(actual, `expected a number close to ${expected}`).toBeTypeOf('number');
  const diff = Math.abs((actual as number) - expected);
  expect(diff, `|${String(actual)} − ${expected}| = ${diff} > ${tolerance}`).toBeLessThanOrEqual(
    tolerance,
  );
}
