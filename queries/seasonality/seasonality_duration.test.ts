import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline} from "../../pipeline/narrative.js";
import {kruskalWallis, quantile} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import {SEASONS} from "./_seasons.js";
import type {SeasonalityDuration} from "./seasonality_duration.schema.js";
import {CLAIM_IDS} from "./seasonality_duration.step.js";
import {text} from "./seasonality_duration.text.js";
import {dateIn, stdlibKruskal} from "./testing/fixture.js";

/** Recipes with the given minutes, season by season (Winter, Spring, Summer, Autumn). */
function fixture(minutesBySeason: number[][]): string {
  let id = 0;
  return recipesSql(
    minutesBySeason.flatMap((values, s) =>
      values.map((minutes, i) => ({id: ++id, submitted: dateIn(SEASONS[s]!, 2005, 1 + (i % 28)), minutes}))
    )
  );
}

const DIFFERENT = [
  [60, 45, 90, 120, 60, 75, 50, 60, 180, 40],
  [30, 35, 30, 25, 40, 30, 20, 35, 45, 30],
  [10, 15, 20, 10, 5, 15, 20, 25, 10, 15],
  [45, 50, 60, 40, 55, 45, 60, 50, 70, 45]
];

/** The gap tile's interval comes from the view (the snapshot's gap interval): one of its type for the text check. */
const TILE_RULES = {drawnValues: {lower: 1.5, upper: 2.5}};

describe("seasonality_duration", () => {
  it("summarises each season and tests the difference, against hand arithmetic and raw-array tests", async () => {
    const d = await runAnalysis<SeasonalityDuration>("seasonality_duration", {recipesSql: fixture(DIFFERENT)});
    expect(d.seasons.map((s) => s.season)).toEqual(SEASONS);
    // Winter sorted: 40 45 50 60 60 60 75 90 120 180. Mean 780/10 = 78. Linear quartiles: h = 9·0.25 = 2.25 →
    // 50 + 0.25·10 = 52.5; h = 4.5 → 60; h = 6.75 → 75 + 0.75·15 = 86.25. IQR 33.75, fences 52.5 − 50.625 = 1.875
    // and 86.25 + 50.625 = 136.875: whiskers 40 and 120, one recipe (180) above.
    expect(d.seasons[0]).toEqual({
      season: "Winter",
      n: 10,
      mean: 78,
      interval: d.seasons[0]!.interval,
      median: 60,
      q25: 52.5,
      q75: 86.25,
      iqr: 33.75,
      whiskerLow: 40,
      whiskerHigh: 120,
      outliersLow: 0,
      outliersHigh: 1,
      min: 40,
      max: 180
    });
    // 95 % t intervals of the means, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=stats.sem(x)).
    expect(d.params.intervalLevel).toBe(0.95);
    expectClose(d.seasons[0]!.interval!.lower, 47.26831764467036);
    expectClose(d.seasons[0]!.interval!.upper, 108.73168235532964);
    expectClose(d.seasons[2]!.interval!.lower, 10.217805602891136);
    expectClose(d.seasons[2]!.interval!.upper, 18.782194397108864);
    // Summer sorted: 5 10 10 10 15 15 15 20 20 25. Mean 145/10 = 14.5; q25 = 10, median 15, q75 = 15 + 0.75·5 =
    // 18.75; IQR 8.75, fences −3.125 and 31.875: whiskers 5 and 25, no outlier.
    expect(d.seasons[2]).toMatchObject({mean: 14.5, median: 15, q25: 10, q75: 18.75, whiskerLow: 5, whiskerHigh: 25});
    expect(d.seasons[2]).toMatchObject({outliersLow: 0, outliersHigh: 0});
    // Spring and Autumn from the raw values with the stats module's numpy-style quantile.
    for (const s of [1, 3]) {
      const sorted = [...DIFFERENT[s]!].sort((a, b) => a - b);
      expectClose(d.seasons[s]!.q25, quantile(sorted, 0.25));
      expectClose(d.seasons[s]!.median, quantile(sorted, 0.5));
      expectClose(d.seasons[s]!.q75, quantile(sorted, 0.75));
      expectClose(d.seasons[s]!.mean, sorted.reduce((a, b) => a + b, 0) / sorted.length);
    }
    // Overall mean (780 + 320 + 145 + 520)/40; gap Winter − Summer = 78 − 14.5.
    expectClose(d.overallMean, 1765 / 40);
    expectClose(d.gap, 63.5);
    // Winter and summer are picked from the 4·3/2 = 6 pairs of seasons: the gap's Welch interval holds at 95 % for all
    // of them together, each at 1 − 0.05/6 (Bonferroni). On the fixture's minutes, scipy 1.17.1
    // stats.ttest_ind(winter, summer, equal_var=False).confidence_interval(1 - 0.05 / 6); at 0.95 it would be
    // 32.65 to 94.35, narrower than a gap picked among six can claim.
    expectClose(d.gapInterval!.lower, 17.809186301354572);
    expectClose(d.gapInterval!.upper, 109.19081369864543);
    expect(d.params).toEqual({
      alpha: 0.05,
      intervalLevel: 0.95,
      pairs: 6,
      pairLevel: d.params.pairLevel,
      whiskerIqr: 1.5
    });
    expectClose(d.params.pairLevel, 1 - 0.05 / 6);
    expect(d.narrative.headline.values).toMatchObject({gapLower: d.gapInterval!.lower, pairs: 6});
    expect(renderClaim(text, d.narrative.headline, "en")).toMatch(
      /\(95% Welch interval 17\.8 to 109\.2, widened because the two seasons were picked as the highest and the lowest of all\)/
    );
    expect(renderClaim(text, d.narrative.headline, "fr")).toMatch(
      /\(intervalle de Welch à 95\u00a0% : 17,8 à 109,2, élargi parce que les deux saisons ont été choisies comme extrêmes parmi toutes\)/
    );

    // Kruskal–Wallis from SQL rank sums against two raw-array paths (stdlib, and the stats module's own ranking).
    const stdlib = stdlibKruskal(DIFFERENT);
    expectClose(d.kruskal.H, stdlib.statistic);
    const raw = kruskalWallis(DIFFERENT);
    expectClose(d.kruskal.H, raw.H);
    expectClose(d.kruskal.p, raw.p, 1e-9);
    expectClose(d.kruskal.epsilonSquared, raw.H / 39);
    expect(d.kruskal).toMatchObject({df: 3, n: 40, significant: true, effect: "large"});

    expect(d.narrative.headline.id).toBe("duration.significant");
    expect(d.narrative.headline.values).toMatchObject({longest: "Winter", longestMean: 78, shortest: "Summer"});
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["medians.differ", "long_tail"]);
    // Medians: Winter 60, Spring 30, Summer 15, Autumn 50. Winter has one recipe past its whisker (180 > 120), and so
    // has spring (sorted 20 25 30 30 30 30 35 35 40 45: quartiles 30 and 35, fence 35 + 1.5·5 = 42.5, 45 beyond):
    // 1 of 10 each, so both are named, never winter alone.
    expect(d.narrative.claims[0]!.values).toEqual({
      highest: "Winter",
      highestMedian: 60,
      lowest: "Summer",
      lowestMedian: 15
    });
    expect(d.narrative.claims[1]!.values).toMatchObject({season: "Winter+Spring", share: 0.1});
    expect(renderClaim(text, d.narrative.claims[1]!, "en")).toBe(
      "Recipes beyond the upper whisker are most frequent in winter and in spring (tied), 10.0% of each season's recipes, each past its own whisker."
    );
    expect(renderClaim(text, d.narrative.claims[1]!, "fr")).toBe(
      "C'est en hiver et au printemps (ex æquo) que le plus de recettes dépassent la moustache haute, 10,0\u00a0% des recettes de chacune de ces saisons, chacune au-delà de sa propre moustache."
    );
    expect(textProblems(text, CLAIM_IDS, [d], TILE_RULES)).toEqual([]);
  });

  it("names every season tied with the longest mean, in both languages", async () => {
    // Autumn takes winter's values: both means are 78 minutes, summer's 14.5 the shortest.
    const tied = [DIFFERENT[0]!, DIFFERENT[1]!, DIFFERENT[2]!, DIFFERENT[0]!];
    const d = await runAnalysis<SeasonalityDuration>("seasonality_duration", {recipesSql: fixture(tied)});
    expect(d.narrative.headline).toMatchObject({
      id: "duration.significant",
      values: {longest: "Winter+Autumn", longestMean: 78, shortest: "Summer", shortestMean: 14.5}
    });
    expect(renderClaim(text, d.narrative.headline, "en")).toMatch(
      /^The longest mean preparation time, 78\.0 minutes, is in winter and in autumn \(tied\), and the shortest, 14\.5 minutes, in summer\. The gap between the means is 63\.5 minutes/
    );
    expect(renderClaim(text, d.narrative.headline, "fr")).toMatch(
      /^Le temps de préparation moyen le plus long, 78,0 minutes, s'observe en hiver et en automne \(ex æquo\), et le plus court, 14,5 minutes, en été\. L'écart/
    );
    expect(renderHeadline(text, d.narrative.headline, "en").headline).toBe(
      "The longest mean preparation time is in winter and in autumn, 63.5 minutes above the shortest, in summer (78.0 against 14.5 minutes)."
    );
    expect(renderHeadline(text, d.narrative.headline, "fr").headline).toBe(
      "Le temps de préparation moyen le plus long s'observe en hiver et en automne, 63,5 minutes au-dessus du plus court, en été (78,0 contre 14,5 minutes)."
    );
    expect(textProblems(text, CLAIM_IDS, [d], TILE_RULES)).toEqual([]);
  });

  it("finds no difference when every season has the same values", async () => {
    // Each season 10 20 30 40 150: equal rank sums (20·21/8 = 52.5 each), so H = 0 and p = 1. Quartiles 20 and 40,
    // IQR 20, upper fence 70: 150 lies beyond, the whisker stops at 40.
    const same = SEASONS.map(() => [10, 20, 30, 40, 150]);
    const d = await runAnalysis<SeasonalityDuration>("seasonality_duration", {recipesSql: fixture(same)});
    expect(d.kruskal).toMatchObject({H: 0, p: 1, significant: false, effect: "negligible", epsilonSquared: 0});
    expect(d.seasons.every((s) => s.whiskerHigh === 40 && s.outliersHigh === 1)).toBe(true);
    expect(d.narrative.headline.id).toBe("duration.not_significant");
    // Every season has one recipe in five past its whisker: no season is named as the one where they are most frequent.
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["medians.equal", "long_tail.even"]);
    expect(d.narrative.claims[0]!.values).toEqual({median: 30});
    expect(d.narrative.claims[1]!.values).toEqual({share: 0.2});
    expect(renderClaim(text, d.narrative.claims[1]!, "en")).toMatch(
      /^Recipes beyond the upper whisker are as frequent in every season: 20\.0%/
    );
    expect(renderClaim(text, d.narrative.claims[1]!, "fr")).toMatch(/aussi fréquentes à chaque saison : 20,0\u00a0%/);
    expect(textProblems(text, CLAIM_IDS, [d], TILE_RULES)).toEqual([]);
  });

  it("reports H = 0 rather than failing when every recipe has the same time", async () => {
    const d = await runAnalysis<SeasonalityDuration>("seasonality_duration", {
      recipesSql: fixture(SEASONS.map(() => [30, 30]))
    });
    expect(d.kruskal).toMatchObject({H: 0, p: 1, significant: false, n: 8});
    // No recipe beyond a whisker: the long-tail claim does not hold and is absent.
    expect(d.narrative.claims.map((c) => c.id)).toEqual(["medians.equal"]);
  });
});
