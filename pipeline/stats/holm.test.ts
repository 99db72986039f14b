import {describe, expect, it} from "vitest";

import {holm} from "./holm.js";
import {expectAllClose} from "./testing/close.js";

describe("holm", () => {
  it("matches R (multtest::mt.rawp2adjp, Holm column), in the caller's order", () => {
    // R's output as recorded in statsmodels' stats/tests/test_multi.py (pval0 and the Holm column of
    // res_multtest1), for these ten p-values in this order:
    //   p    = 0.838541367553, 0.642193923795, 0.680845947633, 0.967833824309, 0.71626938238, 0.177096952723,
    //          5.23656777208e-05, 0.0202732688798, 0.00028140506198, 0.0149877310796
    //   Holm = 1, 1, 1, 1, 1, 1, 5.2365677720800005e-04, 1.4191288215860001e-01, 2.5326455578199999e-03,
    //          1.1990184863680001e-01
    // The input is unsorted, so this also checks the results come back in input order; 0.177…·6 > 1 is capped.
    const p = [
      0.838541367553, 0.642193923795, 0.680845947633, 0.967833824309, 0.71626938238, 0.177096952723, 5.23656777208e-5,
      0.0202732688798, 0.00028140506198, 0.0149877310796
    ];
    const expected = [
      1, 1, 1, 1, 1, 1, 5.2365677720800005e-4, 1.4191288215860001e-1, 2.5326455578199999e-3, 1.1990184863680001e-1
    ];
    expectAllClose(holm(p), expected, 1e-12);
  });

  it("matches R where the running maximum binds (multtest, res_multtest3 in statsmodels' test_multi.py)", () => {
    // p    = 0.001, 0.002, 0.003, 0.004, 0.005, 0.05, 0.06, 0.07, 0.08, 0.09
    // Holm = 0.01, 0.018, 0.024, 0.028, 0.03, 0.25, 0.25, 0.25, 0.25, 0.25
    // (0.06·4 = 0.24, 0.07·3 = 0.21 … are raised to 0.05·5 = 0.25.)
    const p = [0.001, 0.002, 0.003, 0.004, 0.005, 0.05, 0.06, 0.07, 0.08, 0.09];
    expectAllClose(holm(p), [0.01, 0.018, 0.024, 0.028, 0.03, 0.25, 0.25, 0.25, 0.25, 0.25], 1e-12);
  });

  it("matches a hand computation (the four p-values of Wikipedia's Holm–Bonferroni example)", () => {
    // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → running max keeps 0.06.
    expectAllClose(holm([0.01, 0.04, 0.03, 0.005]), [0.03, 0.06, 0.06, 0.02], 1e-12);
  });

  it("caps at 1, keeps ties in input order and accepts an empty family", () => {
    // 0.3·3 = 0.9, 0.3·2 = 0.6 → 0.9 (running max), 0.5·1 = 0.5 → 0.9.
    expectAllClose(holm([0.5, 0.3, 0.3]), [0.9, 0.9, 0.9], 1e-12);
    expect(holm([0.6, 0.7])).toEqual([1, 1]);
    expect(holm([])).toEqual([]);
  });

  it("rejects values that are not probabilities", () => {
    expect(() => holm([0.1, 1.5])).toThrow("invalid pValues[1]: 1.5");
    expect(() => holm([Number.NaN])).toThrow("invalid pValues[0]");
  });
});
