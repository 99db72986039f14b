import {describe, expect, it} from "vitest";

import {meanInterval, proportionDifferenceInterval, proportionInterval, weightedMeanInterval} from "./intervals.js";
import {expectClose} from "./testing/close.js";

describe("weightedMeanInterval", () => {
  it("matches a hand computation with unequal weights", () => {
    // values [1, 2, 3], w [1, 2, 1]: Σw = 4, Σw² = 6, n_eff = 16/6 = 8/3; m = (1 + 4 + 3)/4 = 2;
    // Σw(x − m)² = 1 + 0 + 1 = 2; s_w² = 2/(4 − 6/4) = 0.8. t_{0.975, 5/3} = 5.2422651305838315 (scipy t.ppf);
    // halfWidth = 5.24226513·√0.8/√(8/3) = 2.87130686444353.
    const ci = weightedMeanInterval([1, 2, 3], [1, 2, 1]);
    expectClose(ci.mean, 2, 1e-15);
    expectClose(ci.nEff, 8 / 3, 1e-15);
    expectClose(ci.std, Math.sqrt(0.8), 1e-15);
    expectClose(ci.halfWidth, 2.87130686444353, 1e-11);
    expectClose(ci.lower, 2 - 2.87130686444353, 1e-11);
    expectClose(ci.upper, 2 + 2.87130686444353, 1e-11);
    expect(ci.level).toBe(0.95);
    expect(ci.method).toBe("kish-t");
  });

  it("reduces to the ordinary t interval for equal weights of any size", () => {
    // [1, 2, 3, 4]: mean 2.5, variance 5/3, n 4 → t_{0.975, 3}·√(5/3)/2 with t = 3.1824463052837078.
    const weighted = weightedMeanInterval([1, 2, 3, 4], [50, 50, 50, 50]);
    const plain = meanInterval(4, 2.5, 5 / 3);
    expectClose(weighted.halfWidth, plain.halfWidth, 1e-12);
    expectClose(weighted.halfWidth, (3.1824463052837078 * Math.sqrt(5 / 3)) / 2, 1e-11);
    expectClose(weighted.nEff, 4, 1e-15);
  });

  it("is invariant to weight scale and honours the level", () => {
    const values = [4.68, 4.7, 4.69, 4.71, 4.66];
    const weights = [30, 40, 35, 80, 10];
    const base = weightedMeanInterval(values, weights);
    expectClose(
      weightedMeanInterval(
        values,
        weights.map((w) => w * 1e4)
      ).halfWidth,
      base.halfWidth,
      1e-11
    );
    expect(weightedMeanInterval(values, weights, 0.99).halfWidth).toBeGreaterThan(base.halfWidth);
  });

  it("is wider than the reference's 1.96·s_w/√Σw with w = √n", () => {
    // Monthly means with √(interactions) weights: the reference divides by √Σ√n ≫ √(number of months).
    const values = [4.62, 4.7, 4.68, 4.73, 4.69, 4.66, 4.71, 4.7];
    const weights = [2000, 9000, 12000, 3000, 400, 800, 150, 6000].map(Math.sqrt);
    const honest = weightedMeanInterval(values, weights);
    const sw = weights.reduce((s, w) => s + w, 0);
    const reference = (1.96 * honest.std) / Math.sqrt(sw);
    expect(honest.halfWidth).toBeGreaterThan(3 * reference);
  });

  it("rejects a single effective unit, mismatched lengths and a bad level", () => {
    expect(() => weightedMeanInterval([1, 2], [1, 0])).toThrow("effective sample size 1");
    expect(() => weightedMeanInterval([1, 2], [1])).toThrow("invalid values/weights");
    expect(() => weightedMeanInterval([1, 2], [1, 1], 1)).toThrow("invalid level");
  });
});

describe("meanInterval", () => {
  it("matches a hand computation", () => {
    // n 10, mean 5, variance 4: t_{0.975, 9} = 2.262157162798205; halfWidth = 2.2621571628·2/√10.
    const ci = meanInterval(10, 5, 4);
    expectClose(ci.halfWidth, 1.4307138119413294, 1e-11);
    expectClose(ci.lower, 5 - 1.4307138119413294, 1e-11);
    expect(ci.std).toBe(2);
    expect(ci.n).toBe(10);
    expect(ci.method).toBe("t");
  });

  it("rejects n < 2, a negative or non-finite variance, and a bad level", () => {
    expect(() => meanInterval(1, 5, 4)).toThrow("invalid n");
    expect(() => meanInterval(10, 5, -4)).toThrow("invalid variance");
    expect(() => meanInterval(10, Number.NaN, 4)).toThrow("invalid mean");
    expect(() => meanInterval(10, 5, 4, 0)).toThrow("invalid level");
  });
});

describe("proportionInterval", () => {
  it("matches scipy's Wilson interval", () => {
    // scipy 1.17.1: binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson").
    const cases: Array<[number, number, number, number]> = [
      [8, 20, 0.21880653237281705, 0.6134184992377467],
      [0, 12, 0, 0.24249400665524085],
      [3, 1000, 0.0010207838811386186, 0.008783014053503173]
    ];
    for (const [k, n, lower, upper] of cases) {
      const ci = proportionInterval(k, n);
      expectClose(ci.share, k / n, 1e-15);
      expectClose(ci.lower, lower, 1e-12);
      expectClose(ci.upper, upper, 1e-12);
      expect(ci.method).toBe("wilson");
    }
  });

  it("is symmetric in successes and failures and stays inside [0, 1]", () => {
    const low = proportionInterval(2, 30);
    const high = proportionInterval(28, 30);
    expectClose(low.lower, 1 - high.upper, 1e-12);
    expectClose(low.upper, 1 - high.lower, 1e-12);
    expect(proportionInterval(30, 30).upper).toBe(1);
    expect(proportionInterval(0, 30).lower).toBe(0);
  });

  it("rejects counts that are not a proportion", () => {
    expect(() => proportionInterval(3, 0)).toThrow(/invalid n/);
    expect(() => proportionInterval(4, 3)).toThrow(/invalid successes/);
    expect(() => proportionInterval(1.5, 3)).toThrow(/invalid successes/);
  });
});

describe("proportionDifferenceInterval", () => {
  it("matches Newcombe's published hybrid score intervals (1998, Table II, method 10)", () => {
    // Newcombe, Stat. Med. 17:873–890: the examples' bounds as printed, to four decimals.
    const published: Array<[number, number, number, number, number, number]> = [
      [56, 70, 48, 80, 0.0524, 0.3339],
      [9, 10, 3, 10, 0.1705, 0.809],
      [5, 56, 0, 29, -0.0381, 0.1926]
    ];
    for (const [x1, n1, x2, n2, lower, upper] of published) {
      const ci = proportionDifferenceInterval(x1, n1, x2, n2);
      expectClose(ci.difference, x1 / n1 - x2 / n2, 1e-15);
      // Printed to four decimals: within half a unit of the fourth (expectClose is relative).
      expect(Math.abs(ci.lower - lower)).toBeLessThanOrEqual(5e-5);
      expect(Math.abs(ci.upper - upper)).toBeLessThanOrEqual(5e-5);
      expect(ci.method).toBe("newcombe");
    }
  });

  it("matches the formula on scipy's Wilson bounds, to full precision", () => {
    // scipy 1.17.1, by hand: l, u = binomtest(k, n).proportion_ci(method="wilson") for each share, then
    // d − √((p1 − l1)² + (u2 − p2)²) and d + √((u1 − p1)² + (p2 − l2)²): 20 of 50 against 10 of 100, and the reverse.
    const ci = proportionDifferenceInterval(20, 50, 10, 100);
    expectClose(ci.lower, 0.15548200070999973, 1e-12);
    expectClose(ci.upper, 0.4452573455654021, 1e-12);
    const reverse = proportionDifferenceInterval(10, 100, 20, 50);
    expectClose(reverse.lower, -0.4452573455654021, 1e-12);
    expectClose(reverse.upper, -0.15548200070999973, 1e-12);
    expect(ci.level).toBe(0.95);
  });

  it("widens at a higher level and rejects counts that are not proportions", () => {
    const ci95 = proportionDifferenceInterval(20, 50, 10, 100);
    const ci99 = proportionDifferenceInterval(20, 50, 10, 100, 0.99);
    expect(ci99.lower).toBeLessThan(ci95.lower);
    expect(ci99.upper).toBeGreaterThan(ci95.upper);
    expect(() => proportionDifferenceInterval(4, 3, 1, 3)).toThrow(/invalid successes/);
    expect(() => proportionDifferenceInterval(1, 3, 1, 0)).toThrow(/invalid n/);
  });
});
