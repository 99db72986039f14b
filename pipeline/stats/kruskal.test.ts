import kruskalTest from "@stdlib/stats-kruskal-test";
import {describe, expect, it} from "vitest";

import {kruskalWallis, kruskalWallisFromRanks} from "./kruskal.js";
import {rank, tieTerm} from "./ranks.js";
import {expectClose} from "./testing/close.js";

// Hollander & Wolfe (1973), p. 116, the stdlib kruskal-test docs example.
const HW = [
  [2.9, 3.0, 2.5, 2.6, 3.2],
  [3.8, 2.7, 4.0, 2.4],
  [2.8, 3.4, 3.7, 2.2, 2.0]
];
const TIED = [
  [1, 2, 2, 3, 3, 3],
  [3, 4, 4, 5],
  [1, 1, 5, 6, 6, 6, 7]
];

describe("kruskalWallisFromRanks", () => {
  it("matches the scipy.stats.kruskal docs example with ties, by hand", () => {
    // kruskal([1, 1, 1], [2, 2, 2], [2, 2]) → statistic 7.0, pvalue 0.0301973834223185.
    // Ranks: the three 1s share 2, the five 2s share 6. R = [6, 18, 12], N = 8.
    // H₀ = 12/(8·9)·(36/3 + 324/3 + 144/2) − 27 = (1/6)·192 − 27 = 5; ties: (27 − 3) + (125 − 5) = 144;
    // C = 1 − 144/(512 − 8) = 5/7; H = 5/(5/7) = 7; p = e^(−7/2) (χ² with 2 df).
    const result = kruskalWallisFromRanks(
      [
        {n: 3, rankSum: 6},
        {n: 3, rankSum: 18},
        {n: 2, rankSum: 12}
      ],
      144
    );
    expectClose(result.H, 7, 1e-14);
    expect(result.df).toBe(2);
    expectClose(result.p, Math.exp(-3.5), 1e-12);
    expectClose(result.p, 0.0301973834223185, 1e-12);
    expectClose(result.epsilonSquared, 1, 1e-14);
    expect(result.N).toBe(8);
  });

  it("matches the other scipy docs example without ties", () => {
    // kruskal([1, 3, 5, 7, 9], [2, 4, 6, 8, 10]) → 0.2727272727272734, 0.6015081344405895.
    // R = [25, 30], N = 10: H = 12/110·(625/5 + 900/5) − 33 = 12/110·305 − 33 = 3/11.
    const result = kruskalWallisFromRanks(
      [
        {n: 5, rankSum: 25},
        {n: 5, rankSum: 30}
      ],
      0
    );
    expectClose(result.H, 3 / 11, 1e-12);
    expectClose(result.p, 0.6015081344405895, 1e-10);
    expectClose(result.epsilonSquared, 3 / 11 / 9, 1e-12);
  });

  it("rejects < 2 groups, bad n, inconsistent rank sums, negative tie terms and all-tied data", () => {
    expect(() => kruskalWallisFromRanks([{n: 3, rankSum: 6}], 0)).toThrow("invalid groups: length 1");
    expect(() =>
      kruskalWallisFromRanks(
        [
          {n: 0, rankSum: 0},
          {n: 1, rankSum: 1}
        ],
        0
      )
    ).toThrow("invalid groups[0].n");
    expect(() =>
      kruskalWallisFromRanks(
        [
          {n: 2, rankSum: 3},
          {n: 2, rankSum: Number.NaN}
        ],
        0
      )
    ).toThrow("invalid groups[1].rankSum");
    expect(() =>
      kruskalWallisFromRanks(
        [
          {n: 2, rankSum: 3},
          {n: 2, rankSum: 8}
        ],
        0
      )
    ).toThrow("rank sums total 11");
    expect(() =>
      kruskalWallisFromRanks(
        [
          {n: 2, rankSum: 3},
          {n: 2, rankSum: 7}
        ],
        -1
      )
    ).toThrow("invalid tieTerm");
    // Four equal values: tie term 64 − 4 = 60 = N³ − N, so C = 0.
    expect(() =>
      kruskalWallisFromRanks(
        [
          {n: 2, rankSum: 5},
          {n: 2, rankSum: 5}
        ],
        60
      )
    ).toThrow("all tied");
  });
});

describe("kruskalWallis", () => {
  it("matches scipy.stats.kruskal (scipy 1.17.1)", () => {
    const hw = kruskalWallis(HW);
    expectClose(hw.H, 0.7714285714285722, 1e-12);
    expectClose(hw.p, 0.6799647735788936, 1e-10);
    const tied = kruskalWallis(TIED);
    expectClose(tied.H, 4.4523510032944, 1e-12);
    expectClose(tied.p, 0.10794045984097043, 1e-10);
  });

  it("agrees with @stdlib/stats-kruskal-test, whose ranks and ties it computes the same way", () => {
    for (const samples of [HW, TIED]) {
      const ours = kruskalWallis(samples);
      const theirs = kruskalTest(samples[0], samples[1], samples[2]);
      expectClose(ours.H, theirs.statistic, 1e-12);
      expectClose(ours.p, theirs.pValue, 1e-10);
      expect(ours.df).toBe(theirs.df);
    }
  });

  it("equals the summary path fed with rank and tieTerm (what DuckDB will provide)", () => {
    const pooled = TIED.flat();
    const ranks = rank(pooled);
    const groups = [
      {n: 6, rankSum: ranks.slice(0, 6).reduce((s, r) => s + r, 0)},
      {n: 4, rankSum: ranks.slice(6, 10).reduce((s, r) => s + r, 0)},
      {n: 7, rankSum: ranks.slice(10).reduce((s, r) => s + r, 0)}
    ];
    expectClose(kruskalWallisFromRanks(groups, tieTerm(pooled)).H, kruskalWallis(TIED).H, 1e-14);
  });
});
