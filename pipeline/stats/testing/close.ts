/**
 * Test helper: relative-tolerance comparison, so each test states its tolerance as a relative error (1e-9 for
 * exact arithmetic, looser only where a published value is rounded).
 */
import {expect} from "vitest";

/**
 * Asserts |actual − expected| ≤ rel·|expected| (or ≤ rel when expected is 0), with a message naming both.
 */
export function expectClose(actual: number, expected: number, rel = 1e-9): void {
  const bound = expected === 0 ? rel : rel * Math.abs(expected);
  const error = Math.abs(actual - expected);
  expect(error <= bound, `expected ${actual} to be within ${rel} (relative) of ${expected}`).toBe(true);
}

/** {@link expectClose} element-wise, after checking the lengths match. */
export function expectAllClose(actual: readonly number[], expected: readonly number[], rel = 1e-9): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expectClose(a, expected[i], rel));
}

/**
 * Asserts `actual` rounds to a published value printed with `decimals` decimals: |actual − printed| ≤ ½·10^−decimals.
 */
export function expectRounded(actual: number, printed: number, decimals: number): void {
  const bound = 0.5 * 10 ** -decimals * (1 + 1e-9);
  expect(Math.abs(actual - printed) <= bound, `expected ${actual} to round to ${printed} (${decimals} decimals)`).toBe(
    true
  );
}
