import {describe, expect, it} from "vitest";

import {normalQuantile} from "./distributions.js";
import {shapiroWilk} from "./normality.js";
import {expectClose, expectRounded} from "./testing/close.js";

// Weights (lbs) of 11 adult men, Shapiro & Wilk (1965) §4 Example 1; used by scipy's `shapiro` tutorial.
const MEN = [148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236];

describe("shapiroWilk", () => {
  it("has the exact closed form for n = 3", () => {
    // a = (−1/√2, 0, 1/√2): W = (x₃ − x₁)²/2 / Σ(x − x̄)². For [1, 2, 4]: (3²/2)/(42/9) = 4.5/(14/3) = 27/28.
    // p = 6/π·(asin√W − asin√0.75) = 6/π·(asin√(27/28) − π/3).
    const result = shapiroWilk([4, 1, 2]);
    expectClose(result.W, 27 / 28, 1e-14);
    expectClose(result.p, (6 / Math.PI) * (Math.asin(Math.sqrt(27 / 28)) - Math.PI / 3), 1e-12);
    expect(result.n).toBe(3);
    // Equally spaced points are the most normal-looking 3-sample: W = 1, p = 1.
    expectClose(shapiroWilk([1, 2, 3]).W, 1, 1e-14);
    expectClose(shapiroWilk([1, 2, 3]).p, 1, 1e-12);
    // Two tied values give the minimum W = 3/4 and p = 0 (scipy: W 0.7500000000000002, p 7.77e-16 from rounding).
    expectClose(shapiroWilk([1, 1, 2]).W, 0.75, 1e-14);
    expect(shapiroWilk([1, 1, 2]).p).toBeLessThan(1e-15);
  });

  it("reproduces the Shapiro & Wilk (1965) example as R and scipy report it", () => {
    // R: shapiro.test(x) → W = 0.78881, p-value = 0.006704 (rounded as printed); scipy docs tutorial
    // (hypothesis_shapiro): statistic 0.7888146948631716, pvalue 0.006703814061898823.
    const result = shapiroWilk(MEN);
    expectRounded(result.W, 0.78881, 5);
    expectRounded(result.p, 0.006704, 6);
    expectClose(result.W, 0.7888146948631716, 1e-12);
    // scipy evaluates the normal tail with AS 66 (≈1e-10 relative); stdlib's exact CDF differs by ~4e-11.
    expectClose(result.p, 0.006703814061898823, 1e-9);
  });

  it("matches scipy.stats.shapiro (scipy 1.17.1) across the n = 3, 4–11 and ≥ 12 branches", () => {
    const cases: [number[], number, number][] = [
      [[1, 2, 10], 0.8321917808219177, 0.19391752148145214],
      [[1, 2, 3, 10], 0.8068856643251408, 0.11515298127551521],
      [[1, 2, 3, 4, 100], 0.5773067579532578, 0.0003053888504386124],
      [[0, 0, 0, 0, 1], 0.552181683501241, 0.00013097817774592973],
      [[2.1, 3.5, 1.2, 8.9, 4.4, 5.0, 3.3], 0.910923216363968, 0.40230365574991583],
      [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], 0.34499120525171123, 2.2434019096637374e-8],
      [Array.from({length: 20}, (_, k) => (((k + 1) * 7919) % 101) / 10), 0.9398654515363666, 0.23838014058008294]
    ];
    for (const [values, W, p] of cases) {
      const result = shapiroWilk(values);
      expectClose(result.W, W, 1e-12);
      expectClose(result.p, p, 1e-9);
    }
  });

  it("is invariant to location and scale", () => {
    const base = shapiroWilk(MEN);
    const moved = shapiroWilk(MEN.map((x) => 1e6 + 0.001 * x));
    expectClose(moved.W, base.W, 1e-9);
    expectClose(moved.p, base.p, 1e-7);
  });

  it("accepts normal scores up to n = 5000 as normal", () => {
    const n = 5000;
    const scores = Array.from({length: n}, (_, i) => normalQuantile((i + 0.5) / n));
    const result = shapiroWilk(scores);
    expect(result.W).toBeGreaterThan(0.999);
    expect(result.p).toBeGreaterThan(0.5);
  });

  it("rejects n < 3, n > 5000, NaN and zero range", () => {
    expect(() => shapiroWilk([1, 2])).toThrow("invalid values: length 2");
    expect(() => shapiroWilk(new Array(5001).fill(0).map((_, i) => i))).toThrow("at most 5000");
    expect(() => shapiroWilk([1, Number.NaN, 3])).toThrow("invalid values[1]");
    expect(() => shapiroWilk([4, 4, 4, 4])).toThrow("zero range");
  });
});
