import ttest2 from "@stdlib/stats-ttest2";
import {describe, expect, it} from "vitest";

import {tTest2, tTest2FromSummary, welchDifferenceInterval} from "./tTest.js";
import {expectClose, expectRounded} from "./testing/close.js";

// Student's (1908) sleep data, R `datasets::sleep`: extra hours of sleep under drug 1 and drug 2.
const DRUG1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
const DRUG2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

describe("tTest2FromSummary", () => {
  it("matches a hand computation", () => {
    // a: n 4, mean 5, var 2; b: n 4, mean 3, var 6. s_p² = (3·2 + 3·6)/6 = 4; se = √(4·(1/4 + 1/4)) = √2;
    // t = 2/√2 = √2, df 6; d = 2/2 = 1. Welch: se² = 2/4 + 6/4 = 2 (same t); df = 2²/((0.5)²/3 + (1.5)²/3) = 4.8.
    const student = tTest2FromSummary({n: 4, mean: 5, variance: 2}, {n: 4, mean: 3, variance: 6});
    expectClose(student.t, Math.SQRT2, 1e-14);
    expect(student.df).toBe(6);
    expect(student.meanDiff).toBe(2);
    expectClose(student.cohenD, 1, 1e-14);
    const welch = tTest2FromSummary({n: 4, mean: 5, variance: 2}, {n: 4, mean: 3, variance: 6}, {equalVar: false});
    expectClose(welch.t, Math.SQRT2, 1e-14);
    expectClose(welch.df, 4.8, 1e-14);
  });

  it("matches R's t.test on the sleep data (rounded as printed)", () => {
    // R: t.test(extra ~ group, data = sleep, var.equal = TRUE) → t = -1.8608, df = 18, p-value = 0.07919;
    // Welch (default): t = -1.8608, df = 17.776, p-value = 0.07939.
    const student = tTest2(DRUG1, DRUG2);
    expectRounded(student.t, -1.8608, 4);
    expect(student.df).toBe(18);
    expectRounded(student.p, 0.07919, 5);
    const welch = tTest2(DRUG1, DRUG2, {equalVar: false});
    expectRounded(welch.df, 17.776, 3);
    expectRounded(welch.p, 0.07939, 5);
  });

  it("matches scipy.stats.ttest_ind (scipy 1.17.1) to full precision", () => {
    const student = tTest2(DRUG1, DRUG2);
    expectClose(student.t, -1.8608134674868524, 1e-12);
    expectClose(student.p, 0.07918671421593822, 1e-10);
    const welch = tTest2(DRUG1, DRUG2, {equalVar: false});
    expectClose(welch.t, -1.8608134674868526, 1e-12);
    expectClose(welch.df, 17.776473516178488, 1e-12);
    expectClose(welch.p, 0.0793941401873583, 1e-10);
  });

  it("agrees with @stdlib/stats-ttest2 on raw arrays", () => {
    const a = [12.1, 9.8, 11.4, 10.2, 13.3, 12.8, 9.1, 10.9, 11.7];
    const b = [8.4, 10.1, 9.9, 7.6, 9.2, 11.0, 8.8];
    for (const equalVar of [true, false]) {
      const ours = tTest2(a, b, {equalVar});
      const theirs = ttest2(a, b, {variance: equalVar ? "equal" : "unequal"});
      expectClose(ours.t, theirs.statistic, 1e-12);
      expectClose(ours.df, theirs.df, 1e-12);
      expectClose(ours.p, theirs.pValue, 1e-10);
    }
  });

  it("gives Welch's interval of the difference of means as R and scipy do", () => {
    // R: t.test(extra ~ group, data = sleep) → 95 percent confidence interval: -3.3654832 0.2054832; scipy 1.17.1
    // stats.ttest_ind(DRUG1, DRUG2, equal_var=False).confidence_interval(0.95) and (0.9), to full precision.
    const summary = (values: number[]) => {
      const m = values.reduce((sum, x) => sum + x, 0) / values.length;
      return {
        n: values.length,
        mean: m,
        variance: values.reduce((sum, x) => sum + (x - m) ** 2, 0) / (values.length - 1)
      };
    };
    const ci95 = welchDifferenceInterval(summary(DRUG1), summary(DRUG2));
    expectRounded(ci95.lower, -3.3654832, 7);
    expectRounded(ci95.upper, 0.2054832, 7);
    expectClose(ci95.lower, -3.3654832307117104, 1e-12);
    expectClose(ci95.upper, 0.20548323071171137, 1e-11);
    const ci90 = welchDifferenceInterval(summary(DRUG1), summary(DRUG2), 0.9);
    expectClose(ci90.lower, -3.053381497331607, 1e-12);
    expectClose(ci90.upper, -0.10661850266839323, 1e-10);
    // Equal means: the interval is centred on zero, its half-width taken from the variances.
    const zero = welchDifferenceInterval({n: 4, mean: 3, variance: 2}, {n: 4, mean: 3, variance: 6});
    expectClose(zero.upper, -zero.lower, 1e-14);
    expect(zero.upper).toBeGreaterThan(0);
    expect(() => welchDifferenceInterval(summary(DRUG1), summary(DRUG2), 1)).toThrow("invalid level");
  });

  it("is antisymmetric in the groups", () => {
    const ab = tTest2(DRUG1, DRUG2);
    const ba = tTest2(DRUG2, DRUG1);
    expectClose(ba.t, -ab.t, 1e-14);
    expectClose(ba.p, ab.p, 1e-14);
    expectClose(ba.cohenD, -ab.cohenD, 1e-14);
  });

  it("rejects n < 2, negative or non-finite variance, and two zero variances", () => {
    expect(() => tTest2FromSummary({n: 1, mean: 0, variance: 0}, {n: 3, mean: 1, variance: 1})).toThrow("invalid a.n");
    expect(() => tTest2FromSummary({n: 3, mean: 0, variance: -1}, {n: 3, mean: 1, variance: 1})).toThrow(
      "invalid a.variance"
    );
    expect(() => tTest2FromSummary({n: 3, mean: 0, variance: 1}, {n: 3, mean: Number.NaN, variance: 1})).toThrow(
      "invalid b.mean"
    );
    expect(() => tTest2FromSummary({n: 3, mean: 0, variance: 0}, {n: 3, mean: 1, variance: 0})).toThrow(
      "zero variance"
    );
    expect(() => tTest2([1], [1, 2])).toThrow("invalid sample");
  });
});
