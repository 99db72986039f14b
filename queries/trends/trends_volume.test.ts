import {describe, expect, it} from "vitest";

import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql} from "../../test/analysis.js";
import {runAnalysis} from "../../test/analysis.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline} from "../../pipeline/narrative.js";
import {TRENDS_TEXT} from "./testing/text.js";
import type {TrendsVolume} from "./trends_volume.schema.js";
import {CLAIM_IDS, riseThenFall, summarize} from "./trends_volume.step.js";
import {text} from "./trends_volume.text.js";

/** One recipe per unit of `counts[i]`, all posted in `firstYear + i` (a 0 leaves the year empty). */
function recipesPerYear(firstYear: number, counts: number[]): string {
  const rows: Array<{id: number; submitted: string}> = [];
  counts.forEach((n, i) => {
    for (let k = 0; k < n; k++)
      rows.push({id: rows.length + 1, submitted: `${firstYear + i}-${String((k % 12) + 1).padStart(2, "0")}-15`});
  });
  return recipesSql(rows);
}

const years = (from: number, n: number) => Array.from({length: n}, (_, i) => from + i);

describe("trends_volume", () => {
  // Scipy's Shapiro–Wilk example sample, laid out to rise to 2005 then fall.
  const counts = [148, 158, 161, 166, 182, 236, 195, 170, 162, 160, 154];

  it("summarises the yearly counts as worked out by hand and by scipy", async () => {
    const v = await runAnalysis<TrendsVolume>("trends_volume", {recipesSql: recipesPerYear(2000, counts)});
    // The window runs from 2000-01-15 to 2010-11-15 (the last recipe of 154 is posted in month 154 % 12 = 10 + 1):
    // the end years miss some days, the nine between are whole.
    expect(v.perYear).toEqual(
      years(2000, 11).map((year, i) => ({year, recipes: counts[i], complete: i > 0 && i < 10}))
    );
    // Sorted: 148 154 158 160 161 162 166 170 182 195 236, sum 1892, mean 172. Linear quantiles at h = 10·p:
    // Q1 = s[2.5] = 158 + ½·2 = 159, median s[5] = 162, Q3 = s[7.5] = 170 + ½·12 = 176. Squared deviations
    // 576 324 196 144 121 100 36 4 100 529 4096 sum to 6226: variance 622.6 (ddof 1).
    const std = Math.sqrt(622.6);
    expect(v.summary).toEqual({min: 148, q1: 159, median: 162, mean: 172, q3: 176, max: 236, std, cv: std / 172});
    expect(v.params).toMatchObject({firstYear: "2000", lastYear: "2010", years: 11, recipes: 1892, ddof: 1});
    // scipy.stats.shapiro(counts) → W 0.7888146948631716, p 0.006703814061898823 (scipy 1.17.1).
    expectClose(v.shapiro.W, 0.7888146948631716, 1e-9);
    expectClose(v.shapiro.p, 0.006703814061898823, 1e-6);
    expect(v.shapiro.normal).toBe(false);
    expect(v.peak).toEqual({year: 2005, recipes: 236, share: 236 / 1892});
  });

  it("is reproduced by summarize from its own rows, and summarizes a range of them as by hand", async () => {
    const v = await runAnalysis<TrendsVolume>("trends_volume", {recipesSql: recipesPerYear(2000, counts)});
    expect(summarize(v.perYear)).toEqual(v);
    // 2003–2007: 166 182 236 195 170, sum 949; sorted 166 170 182 195 236, median 182, peak 236 in 2005.
    const range = summarize(v.perYear.slice(3, 8));
    expect(range.params).toMatchObject({firstYear: "2003", lastYear: "2007", years: 5, recipes: 949});
    expect(range.summary).toMatchObject({min: 166, median: 182, max: 236, mean: 949 / 5});
    expect(range.peak).toEqual({year: 2005, recipes: 236, share: 236 / 949});
    // Whole years only: nothing to say about partial years.
    expect(range.narrative.claims.map((c) => c.id)).toEqual(["peak", "spread"]);
  });

  it("claims the rise-then-fall shape, the peak and the spread, and nothing about normality", async () => {
    const v = await runAnalysis<TrendsVolume>("trends_volume", {recipesSql: recipesPerYear(2000, counts)});
    // Both sides are strictly monotone: ρ = +1 up to 2005 and −1 from it.
    expect(v.shape).toEqual({riseRho: 1, fallRho: -1, riseFall: true});
    expect(v.narrative.headline).toEqual({
      id: "shape.rise_fall",
      values: {
        peakYear: "2005",
        peakRecipes: 236,
        // The shape's ends are the first and last whole years, 2001 (158) and 2009 (160), not the partial 2000 and
        // 2010; its sides 158 161 166 182 236 and 236 195 170 162 160 are still strictly monotone.
        fromYear: "2001",
        fromRecipes: 158,
        toYear: "2009",
        toRecipes: 160,
        riseRho: 1,
        fallRho: -1
      }
    });
    // No normality claim: a trending series is not a sample from one distribution (it used to conclude that "the
    // median describes a typical year better" from a Shapiro–Wilk test on these counts).
    // The end years are partial (see above): the reader is told, and every figure keeps them.
    expect(v.narrative.claims.map((c) => c.id)).toEqual(["peak", "spread", "partial.both"]);
    expect(textProblems(text, CLAIM_IDS, [v], TRENDS_TEXT)).toEqual([]);
  });

  it("makes no shape claim for a steady rise and finds it normal, filling an empty year with zero", async () => {
    // 100 110 120 130 140 150 160 over 2000–2006, then 2007 empty and 170 in 2008.
    const steady = [100, 110, 120, 130, 140, 150, 160, 0, 170];
    const v = await runAnalysis<TrendsVolume>("trends_volume", {recipesSql: recipesPerYear(2000, steady)});
    expect(v.perYear.map((r) => r.recipes)).toEqual(steady);
    expect(v.perYear.map((r) => r.year)).toEqual(years(2000, 9));
    // The peak is the last year: no falling side.
    expect(v.shape).toEqual({riseRho: expect.any(Number), fallRho: null, riseFall: false});
    expect(v.narrative.headline.id).toBe("peak");
    expect(v.narrative.claims.map((c) => c.id)).not.toContain("shape.rise_fall");
    expect(textProblems(text, CLAIM_IDS, [v], TRENDS_TEXT)).toEqual([]);
  });

  it("finds a linear series normal (scipy W 0.978, p 0.949)", async () => {
    const v = await runAnalysis<TrendsVolume>("trends_volume", {
      recipesSql: recipesPerYear(2000, [100, 110, 120, 130, 140, 150, 160])
    });
    expectClose(v.shapiro.W, 0.9780016294384769, 1e-9);
    expectClose(v.shapiro.p, 0.9492885624975852, 1e-6);
    expect(v.narrative.claims.map((c) => c.id).filter((id) => id.startsWith("normality"))).toEqual([]);
  });

  it("defines rise-then-fall by the side correlations and their length", () => {
    const series = (values: number[]) => values.map((recipes, i) => ({year: 2000 + i, recipes}));
    // Ranks of the rising side 50 90 60 200 are 1 3 2 4: ρ = 1 − 6·(0 + 1 + 1 + 0)/(4·15) = 0.8, on the bound.
    expect(riseThenFall(series([50, 90, 60, 200, 100, 80]), 3)).toEqual({riseRho: 0.8, fallRho: -1, riseFall: true});
    // 50 90 60 55 200: ranks 1 4 3 2 5, d² = 0 + 4 + 0 + 4 + 0 = 8, ρ = 1 − 48/120 = 0.6 < 0.8.
    expect(riseThenFall(series([50, 90, 60, 55, 200, 100, 80]), 4).riseFall).toBe(false);
    // A two-year side is too short to speak of a trend.
    expect(riseThenFall(series([50, 200, 100, 80]), 1)).toEqual({riseRho: null, fallRho: -1, riseFall: false});
    // A flat tail after the peak has no defined ρ.
    expect(riseThenFall(series([50, 60, 200, 200, 200]), 2)).toEqual({riseRho: 1, fallRho: null, riseFall: false});
  });

  it("refuses fewer than three years", async () => {
    await expect(runAnalysis("trends_volume", {recipesSql: recipesPerYear(2000, [5, 6])})).rejects.toThrow(
      /need at least 3/
    );
  });

  it("marks partial years from the data's own first and last dates, and says so in words", async () => {
    // A window from 2000-07-01 to 2002-06-30: 2000 and 2002 are partial, 2001 whole.
    const midYear = recipesSql([
      {id: 1, submitted: "2000-07-01"},
      {id: 2, submitted: "2001-01-01"},
      {id: 3, submitted: "2001-12-31"},
      {id: 4, submitted: "2002-06-30"}
    ]);
    const v = await runAnalysis<TrendsVolume>("trends_volume", {recipesSql: midYear});
    expect(v.perYear).toEqual([
      {year: 2000, recipes: 1, complete: false},
      {year: 2001, recipes: 2, complete: true},
      {year: 2002, recipes: 1, complete: false}
    ]);
    const partial = v.narrative.claims.at(-1)!;
    expect(partial).toEqual({id: "partial.both", values: {firstYear: "2000", lastYear: "2002"}});
    expect(renderClaim(text, partial, "en")).toBe(
      "The data start during 2000 and end during 2002: those two years are only partly covered, and their counts, spanning fewer days than a full year, understate the yearly pace. The summary counts them as they are; the shape of the series and the fewest and most in a year leave them out."
    );
    expect(renderClaim(text, partial, "fr")).toMatch(
      /^Les données commencent en cours d'année, en 2000, et s'arrêtent en cours d'année, en 2002 : ces deux années/
    );
    // A window from January 1 to December 31 covers every year whole: no year is partial and nothing is said.
    const whole = await runAnalysis<TrendsVolume>("trends_volume", {
      recipesSql: recipesSql([
        {id: 1, submitted: "2000-01-01"},
        {id: 2, submitted: "2001-06-15"},
        {id: 3, submitted: "2001-07-15"},
        {id: 4, submitted: "2002-12-31"}
      ])
    });
    expect(whole.perYear.map((r) => r.complete)).toEqual([true, true, true]);
    expect(whole.narrative.claims.map((c) => c.id)).not.toContain("partial.both");
    // Starting on January 1 but ending in June, only the last year is partial.
    const lastOnly = await runAnalysis<TrendsVolume>("trends_volume", {
      recipesSql: recipesSql([
        {id: 1, submitted: "2000-01-01"},
        {id: 2, submitted: "2001-06-15"},
        {id: 3, submitted: "2001-07-15"},
        {id: 4, submitted: "2002-06-30"}
      ])
    });
    expect(lastOnly.perYear.map((r) => r.complete)).toEqual([true, true, false]);
    expect(lastOnly.narrative.claims.at(-1)!.id).toBe("partial.last");
    expect(textProblems(text, CLAIM_IDS, [v, whole, lastOnly], TRENDS_TEXT)).toEqual([]);
  });

  it("names every year tied for the peak, in the peak claim and in the shape headline", async () => {
    // 100 120 150 200 200 150 120 100 over 2000–2007, the end years partial: the shape reads the whole years
    // 2001–2006, 120 150 200 200 150 120, where 2003 and 2004 tie. Up to 2003, ρ = 1; from 2003 the counts
    // 200 200 150 120 rank 3.5 3.5 2 1 against years 1 2 3 4, ρ = −0.949 ≤ −0.8: rise then fall.
    const v = await runAnalysis<TrendsVolume>("trends_volume", {
      recipesSql: recipesPerYear(2000, [100, 120, 150, 200, 200, 150, 120, 100])
    });
    expect(v.narrative.headline.id).toBe("shape.rise_fall");
    expect(v.narrative.headline.values).toMatchObject({peakYear: "2003+2004", peakRecipes: 200});
    expect(renderHeadline(text, v.narrative.headline, "en").headline).toBe(
      "Recipe posting rose to a peak, reached in 2003 and 2004, then fell back."
    );
    expect(renderHeadline(text, v.narrative.headline, "fr").headline).toBe(
      "La publication de recettes a culminé (années 2003 et 2004), puis a reculé."
    );
    expect(renderClaim(text, v.narrative.headline, "en")).toMatch(
      /^Posting rose from 120 recipes in 2001, the first whole year of data, to a peak of 200, reached in 2003 and 2004, then fell back to 120 in 2006, the last whole year \(/
    );
    const peak = v.narrative.claims.find((c) => c.id === "peak")!;
    expect(peak.values).toEqual({peakYear: "2003+2004", peakRecipes: 200, share: 200 / 1140});
    expect(renderClaim(text, peak, "en")).toBe(
      "2003 and 2004 tie as the busiest years, with 200 recipes each: 17.5% of all the recipes posted, each."
    );
    expect(renderClaim(text, peak, "fr")).toBe(
      "2003 et 2004 sont à égalité comme années les plus actives, avec 200 recettes chacune, soit 17,5\u00a0% de toutes les recettes publiées pour chacune."
    );
    expect(textProblems(text, CLAIM_IDS, [v], TRENDS_TEXT)).toEqual([]);
  });
});
