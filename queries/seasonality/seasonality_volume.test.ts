import chi2gof from "@stdlib/stats-chi2gof";
import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim} from "../../pipeline/narrative.js";
import {expectAllClose, expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {SeasonalityVolume} from "./seasonality_volume.schema.js";
import {CLAIM_IDS} from "./seasonality_volume.step.js";
import {text} from "./seasonality_volume.text.js";

/** Recipes on the given dates, ids in order. */
function onDates(dates: string[]): string {
  return recipesSql(dates.map((submitted, i) => ({id: i + 1, submitted})));
}

function repeat(date: string, times: number): string[] {
  return new Array<string>(times).fill(date);
}

// The whole of 2001 (not a leap year): Winter = Jan 31 + Feb 28 + Dec 31 = 90 days, Spring = 31 + 30 + 31 = 92,
// Summer = 30 + 31 + 31 = 92, Autumn = 30 + 31 + 30 = 91; 365 in all.
const YEAR_2001 = [
  "2001-01-01",
  ...repeat("2001-02-10", 8),
  "2001-12-31",
  ...repeat("2001-04-10", 20),
  ...repeat("2001-07-10", 10),
  ...repeat("2001-10-10", 10)
];

describe("seasonality_volume", () => {
  it("counts seasons, their calendar days and both χ² tests on a year worked out by hand", async () => {
    const v = await runAnalysis<SeasonalityVolume>("seasonality_volume", {recipesSql: onDates(YEAR_2001)});
    expect(v.total).toBe(50);
    expect(v.params).toEqual({alpha: 0.05, intervalLevel: 0.95, firstDate: "2001-01-01", lastDate: "2001-12-31"});
    expect(v.seasons.map((s) => [s.season, s.recipes, s.days])).toEqual([
      ["Winter", 10, 90],
      ["Spring", 20, 92],
      ["Summer", 10, 92],
      ["Autumn", 10, 91]
    ]);
    // Mean 12.5: deviations −20 %, +60 %, −20 %, −20 %; std (ddof 0, the seasons described for themselves) =
    // √((3·2.5² + 7.5²)/4) = √75/2 = 4.3301…, CV 4.3301/12.5 = 0.34641….
    expectClose(v.meanPerSeason, 12.5);
    expectAllClose(
      v.seasons.map((s) => s.deviation),
      [-0.2, 0.6, -0.2, -0.2]
    );
    expectClose(v.stdPerSeason, Math.sqrt(75) / 2);
    expectClose(v.cv, Math.sqrt(75) / 2 / 12.5);
    // Spring: expected 50·92/365 = 12.6027…, excess 20/12.6027 − 1 = 365·20/(50·92) − 1 = 0.58696; per day 20/92.
    const spring = v.seasons[1]!;
    expectClose(spring.expected, (50 * 92) / 365);
    expectClose(spring.excess, (365 * 20) / (50 * 92) - 1);
    expectClose(spring.perDay, 20 / 92);
    expectClose(spring.share, 0.4);
    // 95 % Wilson intervals, scipy 1.17.1 stats.binomtest(k, 50).proportion_ci(method="wilson"): 20 and 10 of 50.
    expectClose(spring.shareInterval.lower, 0.2760838973025654);
    expectClose(spring.shareInterval.upper, 0.5381856225241064);
    expectClose(v.seasons[0]!.shareInterval.lower, 0.11243750015776106);
    expectClose(v.seasons[0]!.shareInterval.upper, 0.33037105932225413);
    expectClose(spring.dayShare, 92 / 365);
    // Uniform: χ² = (3·2.5² + 7.5²)/12.5 = 75/12.5 = 6, df 3.
    expectClose(v.uniform.chi2, 6);
    expect(v.uniform.df).toBe(3);
    const uniform = chi2gof([10, 20, 10, 10], [0.25, 0.25, 0.25, 0.25]);
    expectClose(v.uniform.p, uniform.pValue, 1e-9);
    expectClose(v.uniform.w, Math.sqrt(6 / 50));
    expect(v.uniform.effect).toBe("medium");
    // Day-adjusted, checked against stdlib on the raw counts and day shares.
    const days = chi2gof([10, 20, 10, 10], [90 / 365, 92 / 365, 92 / 365, 91 / 365]);
    expectClose(v.dayAdjusted.chi2, days.statistic);
    expectClose(v.dayAdjusted.p, days.pValue, 1e-9);
    // p ≈ 0.11 for both: no significant departure on 50 recipes.
    expect(v.uniform.significant).toBe(false);
    expect(v.dayAdjusted.significant).toBe(false);
    // One complete year: Spring's pace (20/92) over the year's (50/365).
    const spring2001 = v.byYear.find((r) => r.season === "Spring")!;
    expect(spring2001).toMatchObject({year: 2001, recipes: 20, days: 92, complete: true});
    expectClose(spring2001.relativeRate!, 20 / 92 / (50 / 365));

    expect(v.narrative.headline.id).toBe("day_rate.not_significant");
    // Winter, Summer and Autumn all have 10 recipes; for its length Summer (92 days) is the quietest: its ratio to the
    // expectation is 365·10/(50·92) = 0.7935, below Autumn's 365/455 = 0.8022 and Winter's 365/450 = 0.8111.
    expect(v.narrative.headline.values).toMatchObject({busiest: "Spring", quietest: "Summer"});
    expectClose(Number(v.narrative.headline.values.quietestShortfall), 1 - 365 / 460);
    expect(v.narrative.claims.map((c) => c.id)).toEqual(["versus_mean", "uniform.not_significant", "peak_consistency"]);
    // In raw counts the three tie at 10: all three are named, never the first of them alone.
    expect(v.narrative.claims[0]!.values).toMatchObject({
      busiest: "Spring",
      busiestRecipes: 20,
      quietest: "Winter+Summer+Autumn",
      quietestRecipes: 10
    });
    expect(renderClaim(text, v.narrative.claims[0]!, "en")).toMatch(
      /the fewest, 10 \(20\.0% below\), to winter, summer and autumn \(tied\)\.$/
    );
    expect(renderClaim(text, v.narrative.claims[0]!, "fr")).toMatch(/à l'hiver, l'été et l'automne \(ex æquo\)\.$/);
    expectClose(Number(v.narrative.claims[0]!.values.busiestDeviation), 0.6);
    expectClose(Number(v.narrative.claims[0]!.values.quietestShortfall), 0.2);
    expect(v.narrative.claims[2]!.values).toEqual({count: 1, countOf: 1, season: "Spring", years: 1, completeYears: 1});
    expect(textProblems(text, CLAIM_IDS, [v])).toEqual([]);
  });

  it("rejects both expectations when one season dominates", async () => {
    const dates = [
      "2001-01-01",
      ...repeat("2001-01-20", 4),
      ...repeat("2001-04-10", 60),
      ...repeat("2001-07-10", 5),
      ...repeat("2001-10-10", 5),
      "2001-12-31"
    ];
    const v = await runAnalysis<SeasonalityVolume>("seasonality_volume", {recipesSql: onDates(dates)});
    expect(v.seasons.map((s) => s.recipes)).toEqual([6, 60, 5, 5]);
    const days = chi2gof([6, 60, 5, 5], [90 / 365, 92 / 365, 92 / 365, 91 / 365]);
    expectClose(v.dayAdjusted.chi2, days.statistic);
    expect(v.dayAdjusted.p).toBeLessThan(0.001);
    expect(v.narrative.headline.id).toBe("day_rate.significant");
    expect(v.narrative.headline.values).toMatchObject({busiest: "Spring", quietest: "Summer", effect: "large"});
    // The gaps to the calendar carry the Wilson interval of the season's share over its share of days, scipy 1.17.1
    // binomtest(60, 76).proportion_ci(method="wilson") / (92 / 365) − 1, and for Summer's 5 of 76 the same, negated.
    const h = v.narrative.headline.values;
    expectClose(h.busiestExcessLower as number, 1.7178360299160524);
    expectClose(h.busiestExcessUpper as number, 2.4359534185756364);
    expectClose(h.quietestShortfallLower as number, 0.4249850886085045);
    expectClose(h.quietestShortfallUpper as number, 0.8872208232594649);
    expect(renderClaim(text, v.narrative.headline, "en")).toMatch(/predicts \(95% interval 171\.8% to 243\.6%\)/);
    expect(v.narrative.claims.map((c) => c.id)).toEqual(["versus_mean", "uniform.significant", "peak_consistency"]);
    expect(textProblems(text, CLAIM_IDS, [v])).toEqual([]);
  });

  it("counts only the days inside a period that starts and ends mid-season, leap day included", async () => {
    // 1999-08-06 → 2000-03-02: Summer Aug 6–31 = 26 days; Autumn 30 + 31 + 30 = 91; Winter Dec 31 + Jan 31 +
    // Feb 29 (2000 is a leap year) = 91; Spring Mar 1–2 = 2. Total 210.
    const dates = ["1999-08-06", "1999-08-20", "1999-10-01", "1999-12-25", "2000-01-10", "2000-02-29", "2000-03-02"];
    const v = await runAnalysis<SeasonalityVolume>("seasonality_volume", {recipesSql: onDates(dates)});
    expect(v.seasons.map((s) => s.days)).toEqual([91, 2, 26, 91]);
    expect(v.seasons.map((s) => s.recipes)).toEqual([3, 1, 2, 1]);
    expect(v.params).toMatchObject({firstDate: "1999-08-06", lastDate: "2000-03-02"});
    // Per calendar year: 1999 has Summer 26, Autumn 91, Winter (December) 31; 2000 Winter 60 and Spring 2.
    expect(v.byYear.map((r) => [r.year, r.season, r.recipes, r.days, r.complete])).toEqual([
      [1999, "Winter", 1, 31, false],
      [1999, "Summer", 2, 26, false],
      [1999, "Autumn", 1, 91, false],
      [2000, "Winter", 2, 60, false],
      [2000, "Spring", 1, 2, false]
    ]);
    // 2000: 3 recipes over 62 days; Spring's pace 1/2 is (1/2)/(3/62) = 31/3 times the year's.
    expectClose(v.byYear[4]!.relativeRate!, 31 / 3);
    // No complete year: the consistency claim does not hold and is absent.
    expect(v.narrative.claims.map((c) => c.id)).not.toContain("peak_consistency");
    expect(textProblems(text, CLAIM_IDS, [v])).toEqual([]);
  });

  it("refuses a period that misses a season, where the day-adjusted test has no expectation", async () => {
    await expect(
      runAnalysis("seasonality_volume", {recipesSql: onDates(["2001-01-01", "2001-02-01"])})
    ).rejects.toThrow("it must cover every season");
  });
});

describe("seasonality_volume words", () => {
  it("says posting was fastest in a season, not that the pace 'fell in' it", () => {
    const c = {id: "peak_consistency", values: {season: "Spring", years: 12, completeYears: 19}};
    expect(renderClaim(text, c, "en")).toBe(
      "Year by year the pattern holds: posting was fastest in spring in 12 of the 19 complete calendar years."
    );
    expect(renderClaim(text, c, "fr")).toMatch(/^La publication a été la plus soutenue au printemps dans 12 des 19/);
  });
});
