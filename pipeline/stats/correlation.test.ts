import {describe, expect, it} from "vitest";

import {pearson, spearman, weightedPearson, weightedSpearman} from "./correlation.js";
import {expectClose} from "./testing/close.js";

const A = [3, 1, 4, 1, 5, 9, 2, 6];
const B = [2, 7, 1, 8, 2, 8, 1, 8];
// √(interactions per month), the reference's rating weights.
const W = [100, 400, 900, 50, 2500, 30, 700, 1200].map(Math.sqrt);

describe("weightedPearson", () => {
  it("matches a hand computation", () => {
    // x = [0, 1, 2], y = [0, 1, 3], w = [1, 2, 1]: x̄_w = 4/4 = 1, ȳ_w = 5/4; dx = [−1, 0, 1],
    // dy = [−1.25, −0.25, 1.75]; Sxy = 1.25 + 0 + 1.75 = 3; Sxx = 2; Syy = 1.5625 + 0.125 + 3.0625 = 4.75.
    // r = 3/√(2·4.75) = 3/√9.5.
    expectClose(weightedPearson([0, 1, 2], [0, 1, 3], [1, 2, 1]), 3 / Math.sqrt(9.5), 1e-14);
  });

  it("is invariant to weight scale and equals pearson for equal weights", () => {
    expectClose(
      weightedPearson(A, B, W),
      weightedPearson(
        A,
        B,
        W.map((w) => w * 123)
      ),
      1e-12
    );
    expectClose(weightedPearson(A, B, new Array(A.length).fill(2)), pearson(A, B), 1e-12);
  });

  it("clamps to ±1 for collinear data", () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBe(1);
    expect(pearson([1, 2, 3, 4], [0.3, 0.2, 0.1, 0])).toBe(-1);
  });

  it("rejects mismatched lengths, n < 2, constant input and bad weights", () => {
    expect(() => weightedPearson([1, 2], [1, 2], [1])).toThrow("invalid x/w");
    expect(() => pearson([1, 2], [1])).toThrow("invalid x/y");
    expect(() => pearson([1], [1])).toThrow("invalid x: length 1");
    expect(() => pearson([1, 1, 1], [1, 2, 3])).toThrow("invalid x: zero variance");
    expect(() => pearson([1, 2, 3], [5, 5, 5])).toThrow("invalid y: zero variance");
    expect(() => weightedPearson([1, 2], [1, 2], [1, Number.NaN])).toThrow("invalid weights[1]");
  });
});

describe("pearson and spearman", () => {
  it("match scipy.stats.pearsonr / spearmanr (scipy 1.17.1)", () => {
    expectClose(pearson(A, B), 0.2096553190730121, 1e-12);
    expectClose(spearman(A, B), 0.19885368120992467, 1e-12);
  });

  it("match the scipy docs spearmanr example", () => {
    // scipy docs: spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]).statistic → 0.8207826816681233.
    expectClose(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]), 0.8207826816681233, 1e-12);
  });

  it("is 1 for any monotone relation", () => {
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 1000])).toBe(1);
  });

  it("rejects mismatched lengths", () => {
    expect(() => spearman([1, 2, 3], [1, 2])).toThrow("invalid x/y");
  });
});

describe("weightedSpearman", () => {
  it("matches the reference's recipe: unweighted average ranks, then np.cov(aweights=w)", () => {
    // numpy 2.4.6: ra, rb = rankdata(A), rankdata(B); c = np.cov(ra, rb, aweights=W); c01/√(c00·c11).
    expectClose(weightedSpearman(A, B, W), 0.30089565038813565, 1e-12);
  });

  it("equals spearman for equal weights", () => {
    expectClose(weightedSpearman(A, B, new Array(A.length).fill(1)), spearman(A, B), 1e-12);
  });

  it("rejects mismatched lengths", () => {
    expect(() => weightedSpearman([1, 2, 3], [1, 2], [1, 1, 1])).toThrow("invalid x/y");
  });
});
