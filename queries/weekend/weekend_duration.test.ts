import ttest2 from "@stdlib/stats-ttest2";
import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {tTest2} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {WeekendDuration} from "./weekend_duration.schema.js";
import {CLAIM_IDS} from "./weekend_duration.step.js";
import {text} from "./weekend_duration.text.js";

const WEEKDAYS = ["2018-01-01", "2018-01-02", "2018-01-03", "2018-01-04", "2018-01-05"];
const WEEKEND = ["2018-01-06", "2018-01-07"];

/** Recipes with the given minutes, posted on weekdays (Mon–Fri in turn) and at the weekend (Sat, Sun in turn). */
function fixture(weekday: number[], weekend: number[]): string {
  const rows = [
    ...weekday.map((minutes, i) => ({submitted: WEEKDAYS[i % 5]!, minutes})),
    ...weekend.map((minutes, i) => ({submitted: WEEKEND[i % 2]!, minutes}))
  ];
  return recipesSql(rows.map((r, i) => ({id: i + 1, ...r})));
}

/** Checks the comparison against stdlib's t-tests and the stats module's raw-array path (weekend − weekday). */
function expectComparison(d: WeekendDuration, weekday: number[], weekend: number[]): void {
  const student = ttest2(weekend, weekday, {variance: "equal"});
  const welch = ttest2(weekend, weekday, {variance: "unequal"});
  expectClose(d.comparison.student.t, student.statistic);
  expectClose(d.comparison.student.p, student.pValue);
  expect(d.comparison.student.df).toBe(weekday.length + weekend.length - 2);
  expectClose(d.comparison.welch.t, welch.statistic);
  expectClose(d.comparison.welch.df, welch.df);
  expectClose(d.comparison.welch.p, welch.pValue);
  expectClose(d.comparison.ciLow, student.ci[0]!);
  expectClose(d.comparison.ciHigh, student.ci[1]!);
  expectClose(d.comparison.cohenD, tTest2(weekend, weekday).cohenD);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  expectClose(d.comparison.meanDiff, mean(weekend) - mean(weekday));
  expectClose(d.comparison.diffPct, (mean(weekend) - mean(weekday)) / mean(weekday));
}

describe("weekend_duration", () => {
  it("computes quartiles, Tukey whiskers and the t-tests (no significant difference)", async () => {
    const weekday = [10, 20, 30, 40, 50, 60, 170];
    const weekend = [15, 25, 30, 45, 55];
    const d = await runAnalysis<WeekendDuration>("weekend_duration", {recipesSql: fixture(weekday, weekend)});
    expect(d.params).toEqual({alpha: 0.05, intervalLevel: 0.95, ciLevel: 0.95, whiskerIqr: 1.5});
    const [wd, we] = d.periods;
    // 95 % t intervals of the means, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=stats.sem(x)).
    expectClose(wd!.interval!.lower, 4.52215369429004);
    expectClose(wd!.interval!.upper, 104.04927487713853);
    expectClose(we!.interval!.lower, 14.172215995451836);
    expectClose(we!.interval!.upper, 53.827784004548164);
    // Weekday, sorted [10, 20, 30, 40, 50, 60, 170]: h = 6p → q25 = 20 + 0.5·10 = 25, median 40, q75 = 50 + 0.5·10 = 55;
    // IQR 30, fences 25 − 45 = −20 and 55 + 45 = 100: whiskers 10 and 60, one recipe (170) above.
    expect(wd).toMatchObject({
      period: "weekday",
      n: 7,
      median: 40,
      q25: 25,
      q75: 55,
      iqr: 30,
      min: 10,
      max: 170,
      lowerFence: -20,
      upperFence: 100,
      whiskerLow: 10,
      whiskerHigh: 60,
      outliersBelow: 0,
      outliersAbove: 1
    });
    // Weekend, sorted [15, 25, 30, 45, 55]: h = 4p → q25 25, median 30, q75 45; IQR 20, fences −5 and 75.
    expect(we).toMatchObject({
      period: "weekend",
      n: 5,
      median: 30,
      q25: 25,
      q75: 45,
      iqr: 20,
      lowerFence: -5,
      upperFence: 75,
      whiskerLow: 15,
      whiskerHigh: 55,
      outliersBelow: 0,
      outliersAbove: 0
    });
    // Means 380/7 and 170/5 = 34; weekday variance Σ(x − x̄)²/6.
    expectClose(wd!.mean, 380 / 7);
    expect(we!.mean).toBe(34);
    const ss = weekday.reduce((s, x) => s + (x - 380 / 7) ** 2, 0);
    expectClose(wd!.std, Math.sqrt(ss / 6));
    expectComparison(d, weekday, weekend);
    expect(d.comparison.significant).toBe(false);
    // d ≈ −0.47: small.
    expect(d.comparison.effect).toBe("small");

    expect(d.narrative.headline.id).toBe("difference.not_significant");
    expect(d.narrative.headline.values).toMatchObject({weekdayMean: 380 / 7, weekendMean: 34, effect: "small"});
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["interval", "welch.agrees", "medians.differ"]);
    expect(d.narrative.claims[2]!.values).toEqual({weekdayMedian: 40, weekendMedian: 30});
    expect(textProblems(text, CLAIM_IDS, [d])).toEqual([]);
  });

  it("says weekend recipes take longer when they clearly do", async () => {
    const weekday = [10, 12, 14, 16, 18, 20, 20, 22];
    const weekend = [40, 42, 44, 46, 48];
    const d = await runAnalysis<WeekendDuration>("weekend_duration", {recipesSql: fixture(weekday, weekend)});
    expectComparison(d, weekday, weekend);
    // Means 132/8 = 16.5 and 44: the weekend is 27.5 minutes (27.5/16.5 = 5/3) longer.
    expect(d.narrative.headline.id).toBe("difference.longer_at_weekend");
    expect(d.narrative.headline.values).toMatchObject({weekdayMean: 16.5, weekendMean: 44, gap: 27.5, effect: "large"});
    expectClose(d.narrative.headline.values.gapPct as number, 5 / 3);
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["interval", "welch.agrees", "medians.differ"]);
    expect(textProblems(text, CLAIM_IDS, [d])).toEqual([]);
  });

  it("says weekend recipes are quicker, with equal medians", async () => {
    const weekday = [90, 100, 100, 100, 170, 170, 170];
    const weekend = [10, 20, 100, 100, 100];
    const d = await runAnalysis<WeekendDuration>("weekend_duration", {recipesSql: fixture(weekday, weekend)});
    expectComparison(d, weekday, weekend);
    // Student p ≈ 0.030 and Welch p ≈ 0.041: both below 0.05. Medians 100 and 100.
    expect(d.narrative.headline.id).toBe("difference.shorter_at_weekend");
    expectClose(d.narrative.headline.values.gap as number, 900 / 7 - 66);
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["interval", "welch.agrees", "medians.equal"]);
    expect(d.narrative.claims[2]!.values).toEqual({median: 100});
    expect(textProblems(text, CLAIM_IDS, [d])).toEqual([]);
  });

  it("flags a conclusion that rests on the equal-variance assumption", async () => {
    // A wide weekday sample against a tight, small weekend one: Student p ≈ 0.22, Welch p ≈ 0.038.
    const weekday = [20, 40, 60, 80, 100, 100, 120, 140, 160, 180];
    const weekend = [60, 60, 61];
    const d = await runAnalysis<WeekendDuration>("weekend_duration", {recipesSql: fixture(weekday, weekend)});
    expectComparison(d, weekday, weekend);
    expect(d.narrative.headline.id).toBe("difference.not_significant");
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["interval", "welch.disagrees", "medians.differ"]);
    expect(d.narrative.claims.map((c) => c.id)).not.toContain("welch.agrees");
    expect(textProblems(text, CLAIM_IDS, [d])).toEqual([]);
  });
});
