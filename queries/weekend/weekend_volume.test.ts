import chisquareCdf from "@stdlib/stats-base-dists-chisquare-cdf";
import chi2gof from "@stdlib/stats-chi2gof";
import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim} from "../../pipeline/narrative.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {WeekendVolume} from "./weekend_volume.schema.js";
import {CLAIM_IDS} from "./weekend_volume.step.js";
import {text} from "./weekend_volume.text.js";

/** One fixture recipe per listed date (2018-01-01 is a Monday). */
function postedOn(dates: string[]): string {
  return recipesSql(dates.map((submitted, i) => ({id: i + 1, submitted})));
}

describe("weekend_volume", () => {
  it("counts days, calendar days and the χ² against calendar proportions (10-day range)", async () => {
    // Range Mon 2018-01-01 → Wed 2018-01-10: Mon, Tue, Wed occur twice, Thu–Sun once (10 calendar days).
    // Recipes: Mon 4, Tue 3, Wed 2, Thu 2, Fri 1, Sat 1, Sun 1 (N = 14).
    const dates = [
      ...["2018-01-01", "2018-01-01", "2018-01-08", "2018-01-08"],
      ...["2018-01-02", "2018-01-09", "2018-01-09"],
      ...["2018-01-03", "2018-01-10"],
      ...["2018-01-04", "2018-01-04"],
      "2018-01-05",
      "2018-01-06",
      "2018-01-07"
    ];
    const v = await runAnalysis<WeekendVolume>("weekend_volume", {recipesSql: postedOn(dates)});
    const observed = [4, 3, 2, 2, 1, 1, 1];
    const calendar = [2, 2, 2, 1, 1, 1, 1];
    expect(v.params).toEqual({
      alpha: 0.05,
      intervalLevel: 0.95,
      firstDay: "2018-01-01",
      lastDay: "2018-01-10",
      calendarDays: 10,
      recipes: 14,
      weekdayDays: 5,
      weekendDays: 2
    });
    expect(v.days.map((d) => d.key)).toEqual([
      "monday",
      "tuesday",
      "wednesday",
      "thursday",
      "friday",
      "saturday",
      "sunday"
    ]);
    expect(v.days.map((d) => d.recipes)).toEqual(observed);
    expect(v.days.map((d) => d.calendarDays)).toEqual(calendar);
    expect(v.days.map((d) => d.period)).toEqual([
      "weekday",
      "weekday",
      "weekday",
      "weekday",
      "weekday",
      "weekend",
      "weekend"
    ]);
    // Mean of the 7 counts = 14/7 = 2: deviations (n − 2)/2.
    expect(v.dayMean).toBe(2);
    expect(v.days.map((d) => d.deviation)).toEqual([1, 0.5, 0, 0, -0.5, -0.5, -0.5]);
    // Expected = 14 · calendar days / 10.
    v.days.forEach((d, i) => expectClose(d.expected, (14 * calendar[i]!) / 10));
    v.days.forEach((d, i) => expectClose(d.recipesPerDay, observed[i]! / calendar[i]!));
    // Weekday: 12 recipes over 8 calendar days = 1.5/day; weekend: 2 over 2 = 1/day; ratio 1.5.
    expect(v.periods).toMatchObject([
      {period: "weekday", recipes: 12, share: 12 / 14, calendarDays: 8, recipesPerDay: 1.5},
      {period: "weekend", recipes: 2, share: 2 / 14, calendarDays: 2, recipesPerDay: 1}
    ]);
    // 95 % Wilson intervals, scipy 1.17.1 stats.binomtest(k, 14).proportion_ci(method="wilson"): 12, 2 and 4 of 14.
    expectClose(v.periods[0]!.shareInterval.lower, 0.6005862050302965);
    expectClose(v.periods[0]!.shareInterval.upper, 0.9599060787285351);
    expectClose(v.periods[1]!.shareInterval.lower, 0.040093921271464966);
    expectClose(v.periods[1]!.shareInterval.upper, 0.39941379496970353);
    expectClose(v.days[0]!.shareInterval.lower, 0.11721378644576921);
    expectClose(v.days[0]!.shareInterval.upper, 0.5464908432989318);
    expect(v.perDayRatio).toBe(1.5);
    // χ² = (1.44 + 0.04 + 0.64)/2.8 + (0.36 + 3·0.16)/1.4 = 0.757142… + 0.6 = 19/14, df 6.
    expectClose(v.goodnessOfFit.chi2, 19 / 14);
    expect(v.goodnessOfFit.df).toBe(6);
    const reference = chi2gof(
      observed,
      calendar.map((c) => c / 10)
    );
    expectClose(v.goodnessOfFit.chi2, reference.statistic);
    expectClose(v.goodnessOfFit.p, 1 - chisquareCdf(19 / 14, 6));
    expectClose(v.goodnessOfFit.p, reference.pValue);
    expectClose(v.goodnessOfFit.cohenW, Math.sqrt(19 / 14 / 14));
    expect(v.goodnessOfFit.significant).toBe(false);

    // Monday is busiest (+100 %); Friday, Saturday and Sunday tie at 1: all three are named, never the earliest alone.
    expect(v.narrative.headline).toEqual({
      id: "headline.weekdays_busier",
      values: {ratio: 1.5, busiestDay: "monday", quietestDay: "friday+saturday+sunday"}
    });
    expect(v.narrative.claims).toEqual([
      {id: "per_day.weekdays_busier", values: {weekdayPerDay: 1.5, weekendPerDay: 1, ratio: 1.5, excess: 0.5}},
      {id: "busiest_day", values: {day: "monday", recipes: 4, above: 1}},
      {id: "quietest_day", values: {day: "friday+saturday+sunday", recipes: 1, below: 0.5}},
      {id: "distribution.even", values: {chi2: v.goodnessOfFit.chi2, df: 6, p: v.goodnessOfFit.p}}
    ]);
    const quietest = v.narrative.claims[2]!;
    expect(renderClaim(text, quietest, "en")).toBe(
      "Friday, Saturday and Sunday tie as the quietest days, with 1 recipes each: 50% below the mean of the seven days."
    );
    expect(renderClaim(text, quietest, "fr")).toBe(
      "Les jours les plus calmes, à égalité, sont vendredi, samedi et dimanche, avec 1 recettes chacun : 50\u00a0% de moins que la moyenne des sept jours."
    );
    expect(renderClaim(text, v.narrative.headline, "en")).toMatch(/quietest: Friday, Saturday and Sunday \(tied\)\.$/);
    expect(textProblems(text, CLAIM_IDS, [v])).toEqual([]);
  });

  it("says when weekends are busier and the week is uneven (one whole week)", async () => {
    // Mon 2018-01-01 … Sun 2018-01-07, one calendar day each; Mon–Fri 1 recipe each, Sat 8, Sun 2 (N = 15).
    const dates = ["2018-01-01", "2018-01-02", "2018-01-03", "2018-01-04", "2018-01-05"];
    for (let i = 0; i < 8; i++) dates.push("2018-01-06");
    dates.push("2018-01-07", "2018-01-07");
    const v = await runAnalysis<WeekendVolume>("weekend_volume", {recipesSql: postedOn(dates)});
    // E = 15/7 each: χ² = (7/15)·(5·1 + 64 + 4) − 15 = 511/15 − 225/15 = 286/15 ≈ 19.07, df 6.
    expectClose(v.goodnessOfFit.chi2, 286 / 15);
    expectClose(v.goodnessOfFit.p, 1 - chisquareCdf(286 / 15, 6));
    expectClose(v.goodnessOfFit.p, chi2gof([1, 1, 1, 1, 1, 8, 2], new Array(7).fill(1 / 7)).pValue);
    expect(v.goodnessOfFit.significant).toBe(true);
    // w = √(286/15/15) ≈ 1.13: large.
    expectClose(v.goodnessOfFit.cohenW, Math.sqrt(286) / 15);
    expect(v.goodnessOfFit.effect).toBe("large");
    // Weekday 5 recipes / 5 days = 1; weekend 10 / 2 = 5: weekday ÷ weekend = 1/5, i.e. weekends 5×.
    expectClose(v.perDayRatio, 1 / 5);
    expect(v.narrative.headline.id).toBe("headline.weekends_busier");
    expectClose(v.narrative.headline.values.ratio as number, 5);
    const ids = v.narrative.claims.map((c) => c.id);
    expect(ids).toEqual(["per_day.weekends_busier", "busiest_day", "quietest_day", "distribution.uneven"]);
    expect(ids).not.toContain("distribution.even");
    expectClose(v.narrative.claims[0]!.values.excess as number, 4);
    // Saturday: (8 − 15/7)/(15/7) = 41/15 above; the five weekdays tie at 1: 1 − 7/15 = 8/15 below.
    expect(v.narrative.claims[1]!.values.day).toBe("saturday");
    expectClose(v.narrative.claims[1]!.values.above as number, 41 / 15);
    expect(v.narrative.claims[2]!.values.day).toBe("monday+tuesday+wednesday+thursday+friday");
    expectClose(v.narrative.claims[2]!.values.below as number, 8 / 15);
    expectClose(v.narrative.claims[3]!.values.w as number, Math.sqrt(286) / 15);
    expect(textProblems(text, CLAIM_IDS, [v])).toEqual([]);
  });

  it("refuses a range shorter than a week", async () => {
    await expect(runAnalysis("weekend_volume", {recipesSql: postedOn(["2018-01-01", "2018-01-03"])})).rejects.toThrow(
      /need all 7/
    );
  });

  it("has sound English and French text for the default fixture", async () => {
    const v = await runAnalysis<WeekendVolume>("weekend_volume");
    expect(textProblems(text, CLAIM_IDS, [v])).toEqual([]);
  });
});
