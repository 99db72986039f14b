import {describe, expect, it} from "vitest";

import {
  coefficientOfVariation,
  fiveNumber,
  mean,
  quantile,
  std,
  variance,
  weightedMean,
  weightedStd,
  weightedVariance,
  zScores
} from "./descriptive.js";
import {expectAllClose, expectClose} from "./testing/close.js";

// Fixture with ties; expected values from numpy 2.4.6 (`np.var`, `np.percentile`, `np.cov(aweights=…)` …).
const V = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
const WV = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe("mean, variance, std", () => {
  it("compute by hand on a tiny sample", () => {
    // [1, 2, 6]: mean 3; squared deviations 4 + 1 + 9 = 14; /2 = 7 (ddof 1), /3 (ddof 0).
    expect(mean([1, 2, 6])).toBe(3);
    expect(variance([1, 2, 6])).toBe(7);
    expectClose(variance([1, 2, 6], 0), 14 / 3, 1e-15);
    expectClose(std([1, 2, 6]), Math.sqrt(7), 1e-15);
  });

  it("match numpy var/std with both ddof", () => {
    expectClose(variance(V, 1), 6.1, 1e-12);
    expectClose(variance(V, 0), 5.49, 1e-12);
    expectClose(std(V, 1), 2.4698178070456938, 1e-12);
  });

  it("do not lose digits to a large offset (calendar years)", () => {
    // Shifting by 1e9 leaves the variance of [1, 2, 6] at exactly 7 with the two-pass formula.
    expectClose(variance([1e9 + 1, 1e9 + 2, 1e9 + 6]), 7, 1e-9);
  });

  it("reject empty input, NaN and ddof ≥ n", () => {
    expect(() => mean([])).toThrow("invalid values");
    expect(() => mean([1, Number.NaN])).toThrow("invalid values[1]");
    expect(() => variance([5], 1)).toThrow("invalid ddof");
  });
});

describe("weightedMean and weightedVariance", () => {
  it("compute by hand", () => {
    // [1, 3] with weights [3, 1]: (3 + 3)/4 = 1.5.
    expect(weightedMean([1, 3], [3, 1])).toBe(1.5);
    // [1, 2, 3] with w [1, 2, 1]: m = 2; Σw(x−m)² = 2; Σw = 4, Σw² = 6.
    expectClose(weightedVariance([1, 2, 3], [1, 2, 1], "population"), 2 / 4, 1e-15);
    expectClose(weightedVariance([1, 2, 3], [1, 2, 1], "reliability"), 2 / (4 - 6 / 4), 1e-15);
    expectClose(weightedVariance([1, 2, 3], [1, 2, 1], "frequency"), 2 / (4 - 1), 1e-15);
  });

  it("match numpy: np.average, np.cov(bias=True), np.cov(aweights), np.cov(fweights)", () => {
    expectClose(weightedMean(V, WV), 4.3090909090909095, 1e-12);
    expectClose(weightedVariance(V, WV, "population"), 5.159008264462809, 1e-12);
    expectClose(weightedVariance(V, WV), 5.911363636363635, 1e-12);
    expectClose(weightedVariance(V, WV, "frequency"), 5.254545454545453, 1e-12);
    expectClose(weightedStd(V, WV), Math.sqrt(5.911363636363635), 1e-12);
  });

  it("reduce to the unweighted sample variance for equal weights, whatever their scale", () => {
    expectClose(weightedVariance(V, new Array(V.length).fill(0.37)), variance(V, 1), 1e-12);
    expectClose(
      weightedVariance(
        V,
        WV.map((w) => w * 1000)
      ),
      weightedVariance(V, WV),
      1e-12
    );
  });

  it("reject mismatched lengths, negative or all-zero weights, and an empty denominator", () => {
    expect(() => weightedMean([1, 2], [1])).toThrow("invalid values/weights");
    expect(() => weightedMean([1, 2], [1, -1])).toThrow("invalid weights[1]");
    expect(() => weightedMean([1, 2], [0, 0])).toThrow("invalid weights: sum");
    expect(() => weightedVariance([1, 2], [1, 0], "reliability")).toThrow("reliability denominator");
  });
});

describe("quantile and fiveNumber", () => {
  it("follow numpy's linear rule (type 7)", () => {
    // h = (4 − 1)·0.25 = 0.75 → 1 + 0.75·(2 − 1).
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    const sorted = [...V].sort((a, b) => a - b);
    expectClose(quantile(sorted, 0.9), 6.3, 1e-12);
    expectClose(quantile(sorted, 0.33), 2.97, 1e-12);
    expect(quantile([7], 0.5)).toBe(7);
    expect(quantile(sorted, 1)).toBe(9);
  });

  it("give numpy's percentiles as a five-number summary", () => {
    expect(fiveNumber(V)).toEqual({min: 1, q1: 2.25, median: 3.5, q3: 5, max: 9});
    expect(fiveNumber([3, 1, 2, 5, 4])).toEqual({min: 1, q1: 2, median: 3, q3: 4, max: 5});
  });

  it("reject unsorted input, p outside [0, 1] and empty input", () => {
    expect(() => quantile([2, 1], 0.5)).toThrow("not ascending");
    expect(() => quantile([1, 2], 1.5)).toThrow("invalid p");
    expect(() => fiveNumber([])).toThrow("invalid values");
  });
});

describe("coefficientOfVariation and zScores", () => {
  it("match numpy std/mean and scipy.stats.zscore", () => {
    expectClose(coefficientOfVariation(V, 1), 0.6332866171912035, 1e-12);
    expectClose(coefficientOfVariation(V, 0), 0.6007884366082042, 1e-12);
    expectAllClose(
      zScores(V, 0),
      [
        -0.38411063979868787, -1.2376898393513276, 0.04267895997763203, -1.2376898393513276, 0.4694685597539519,
        2.1766269588592313, -0.8109002395750078, 0.8962581595302719, 0.4694685597539519, -0.38411063979868787
      ],
      1e-12
    );
    expectAllClose(zScores([1, 2, 3]), [-1, 0, 1], 1e-15);
  });

  it("reject a zero mean or a zero spread", () => {
    expect(() => coefficientOfVariation([-1, 1])).toThrow("mean is 0");
    expect(() => zScores([2, 2, 2])).toThrow("zero variance");
  });
});
