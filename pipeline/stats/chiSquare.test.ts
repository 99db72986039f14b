import chi2gof from "@stdlib/stats-chi2gof";
import {describe, expect, it} from "vitest";

import {chiSquare2x2, chiSquareGoodnessOfFit, chiSquareIndependence} from "./chiSquare.js";
import {expectClose, expectRounded} from "./testing/close.js";

describe("chiSquareGoodnessOfFit", () => {
  it("matches the scipy.stats.chisquare docs examples", () => {
    // chisquare([16, 18, 16, 14, 12, 12]) → statistic 2.0, pvalue 0.84914503608460956 (uniform: E = 88/6 each…
    // by hand: Σ(O − 14.667)²/14.667 = (1.778 + 11.111 + 1.778 + 0.444 + 7.111 + 7.111)/14.667 = 2).
    const uniform = chiSquareGoodnessOfFit([16, 18, 16, 14, 12, 12]);
    expectClose(uniform.chi2, 2, 1e-14);
    expect(uniform.df).toBe(5);
    expectClose(uniform.p, 0.8491450360846096, 1e-10);
    // chisquare(…, f_exp=[16, 16, 16, 16, 16, 8]) → 3.5, 0.62338762774958223.
    const expected = chiSquareGoodnessOfFit(
      [16, 18, 16, 14, 12, 12],
      [16, 16, 16, 16, 16, 8].map((e) => e / 88)
    );
    expectClose(expected.chi2, 3.5, 1e-13);
    expectClose(expected.p, 0.6233876277495822, 1e-10);
  });

  it("reproduces the reference's seasonal volume test (§3.1: χ² = 504.2301 against uniform)", () => {
    const seasons = chiSquareGoodnessOfFit([48540, 54343, 48952, 48231]);
    expectRounded(seasons.chi2, 504.2301, 4);
    // scipy 1.17.1: chisquare([48540, 54343, 48952, 48231]).pvalue.
    expectClose(seasons.p, 5.780125908601844e-109, 1e-9);
  });

  it("agrees with @stdlib/stats-chi2gof", () => {
    // stdlib docs example: x = [89, 37, 30, 28, 2], p = [0.40, 0.20, 0.20, 0.15, 0.05] → statistic ≈ 9.9901,
    // pValue ≈ 0.0406.
    const x = [89, 37, 30, 28, 2];
    const p = [0.4, 0.2, 0.2, 0.15, 0.05];
    const ours = chiSquareGoodnessOfFit(x, p);
    expectRounded(ours.chi2, 9.9901, 4);
    expectRounded(ours.p, 0.0406, 4);
    const theirs = chi2gof(x, p);
    expectClose(ours.chi2, theirs.statistic, 1e-12);
    expectClose(ours.p, theirs.pValue, 1e-10);
    expect(ours.df).toBe(theirs.df);
  });

  it("rejects bad counts and proportions", () => {
    expect(() => chiSquareGoodnessOfFit([5])).toThrow("invalid observed: length 1");
    expect(() => chiSquareGoodnessOfFit([5, -1])).toThrow("invalid observed[1]");
    expect(() => chiSquareGoodnessOfFit([0, 0])).toThrow("total is 0");
    expect(() => chiSquareGoodnessOfFit([1, 2], [1])).toThrow("invalid expectedProportions: length");
    expect(() => chiSquareGoodnessOfFit([1, 2], [0.5, 0.6])).toThrow("invalid expectedProportions: sum");
    expect(() => chiSquareGoodnessOfFit([1, 2], [1, 0])).toThrow("invalid expectedProportions[1]");
    expect(() => chiSquareGoodnessOfFit([1, 2], [0.5, Number.NaN])).toThrow("invalid expectedProportions[1]");
  });
});

describe("chiSquareIndependence", () => {
  it("matches the scipy.stats.chi2_contingency docs example (r×c, no Yates)", () => {
    // [[10, 10, 20], [20, 20, 20]] → statistic 2.7777777777777777, pvalue 0.24935220877729619, dof 2.
    // By hand: N = 100, E = [[12, 12, 16], [18, 18, 24]]; χ² = 4/12·2 + 16/16 + 4/18·2 + 16/24 = 25/9.
    const result = chiSquareIndependence([
      [10, 10, 20],
      [20, 20, 20]
    ]);
    expectClose(result.chi2, 25 / 9, 1e-14);
    expect(result.df).toBe(2);
    expectClose(result.p, 0.24935220877729622, 1e-10);
    // Cramér's V = √(χ²/(N·(2 − 1))) = √(25/900) = 1/6.
    expectClose(result.cramersV, 1 / 6, 1e-14);
  });

  it("matches scipy on a 3×3 table, with scipy.stats.contingency.association for V (scipy 1.17.1)", () => {
    const table = [
      [20, 15, 5],
      [10, 25, 15],
      [5, 10, 30]
    ];
    const result = chiSquareIndependence(table);
    expectClose(result.chi2, 36.20357142857142, 1e-12);
    expect(result.df).toBe(4);
    expectClose(result.p, 2.6276548601661265e-7, 1e-9);
    expectClose(result.cramersV, 0.36617932981983237, 1e-12);
  });

  it("rejects ragged, tiny, negative and empty-margin tables", () => {
    expect(() => chiSquareIndependence([[1, 2]])).toThrow("invalid table: length 1");
    expect(() => chiSquareIndependence([[1], [2]])).toThrow("1 columns");
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow("row 1 has 1 cells");
    expect(() =>
      chiSquareIndependence([
        [1, -2],
        [3, 4]
      ])
    ).toThrow("invalid table[0][1]");
    expect(() =>
      chiSquareIndependence([
        [0, 0],
        [3, 4]
      ])
    ).toThrow("row 0 total is 0");
    expect(() =>
      chiSquareIndependence([
        [0, 2],
        [0, 4]
      ])
    ).toThrow("column 0 total is 0");
  });
});

describe("chiSquare2x2", () => {
  it("applies Yates exactly like scipy, by hand", () => {
    // [[12, 5], [7, 9]]: N = 33, rows 17/16, columns 19/14; E₁₁ = 17·19/33 = 9.7879, |O − E| = 2.2121 in every
    // cell; Yates: 2.2121 − 0.5 = 1.7121; χ² = 1.7121²·33·(1/323 + 1/238 + 1/304 + 1/224) = 1.455996378814684.
    // scipy 1.17.1: chi2_contingency([[12, 5], [7, 9]]) → 1.455996378814684, p 0.22756821457580642.
    const corrected = chiSquare2x2(12, 5, 7, 9);
    expectClose(corrected.chi2, 1.455996378814684, 1e-12);
    expectClose(corrected.p, 0.22756821457580642, 1e-10);
    expect(corrected.df).toBe(1);
    // Without Yates: 2.2121²·33·(…) = 2.4305755196815575, p 0.118989205532145.
    const plain = chiSquare2x2(12, 5, 7, 9, {yates: false});
    expectClose(plain.chi2, 2.4305755196815575, 1e-12);
    expectClose(plain.p, 0.118989205532145, 1e-10);
    // phi = (12·9 − 5·7)/√(17·16·19·14) = 73/√72352, equal to √(χ²_uncorrected/N) and to Cramér's V.
    expectClose(corrected.phi, 73 / Math.sqrt(72352), 1e-14);
    expectClose(corrected.phi, Math.sqrt(plain.chi2 / 33), 1e-12);
    expectClose(corrected.phi, 0.27139234260883977, 1e-12);
  });

  it("never corrects past zero: |O − E| < 0.5 gives χ² = 0, p = 1 (scipy's min(0.5, |O − E|))", () => {
    // [[10, 10], [10, 11]]: E₁₁ = 20·20/41 = 9.756, |O − E| = 0.244 < 0.5.
    const result = chiSquare2x2(10, 10, 10, 11);
    expect(result.chi2).toBe(0);
    expect(result.p).toBe(1);
  });

  it("matches the scipy.stats.chi2_contingency docs 2×2 example (aspirin and myocardial infarction)", () => {
    // table = [[176, 230], [21035, 21018]] → statistic 6.892569132546561, pvalue 0.008655478161175739.
    const result = chiSquare2x2(176, 230, 21035, 21018);
    expectClose(result.chi2, 6.892569132546561, 1e-12);
    expectClose(result.p, 0.008655478161175739, 1e-10);
    expect(result.phi).toBeLessThan(0);
  });

  it("is the same test as chiSquareIndependence on the 2×2 table", () => {
    const viaTable = chiSquareIndependence([
      [176, 230],
      [21035, 21018]
    ]);
    expectClose(chiSquare2x2(176, 230, 21035, 21018).chi2, viaTable.chi2, 1e-15);
  });

  it("rejects negative counts and empty margins", () => {
    expect(() => chiSquare2x2(-1, 2, 3, 4)).toThrow("invalid table[0][0]");
    expect(() => chiSquare2x2(0, 0, 3, 4)).toThrow("row 0 total is 0");
  });
});
