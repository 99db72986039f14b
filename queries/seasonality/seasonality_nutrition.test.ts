import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim, renderHeadline, translateLabel} from "../../pipeline/narrative.js";
import {kruskalWallis, mean, quantile} from "../../pipeline/stats/index.js";
import {expectAllClose, expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import {SEASONS} from "./_seasons.js";
import type {SeasonalityNutrition} from "./seasonality_nutrition.schema.js";
import {NUTRIENTS} from "./seasonality_nutrition.schema.js";
import {CLAIM_IDS} from "./seasonality_nutrition.step.js";
import {text} from "./seasonality_nutrition.text.js";
import {dateIn, stdlibKruskal} from "./testing/fixture.js";

/** Per nutrient (NUTRIENTS order), per season (Winter…Autumn), eight recipes' values. */
type Values = number[][][];

const VALUES: Values = [
  // Calories: means 400, 350, 300, 450 (sums 3200, 2800, 2400, 3600), no overlap between seasons.
  [
    [380, 390, 400, 410, 420, 395, 405, 400],
    [330, 340, 350, 360, 370, 345, 355, 350],
    [280, 290, 300, 310, 320, 295, 305, 300],
    [430, 440, 450, 460, 470, 445, 455, 450]
  ],
  // Fat: the same values in every season.
  SEASONS.map(() => [10, 20, 30, 40, 10, 20, 30, 40]),
  // Sugar: Autumn higher, with overlap.
  [
    [20, 25, 30, 35, 40, 22, 28, 33],
    [18, 24, 31, 36, 41, 21, 27, 34],
    [15, 20, 26, 30, 35, 19, 23, 29],
    [35, 45, 55, 60, 70, 40, 50, 65]
  ],
  // Sodium: the same values in every season.
  SEASONS.map(() => [5, 15, 25, 35, 45, 5, 15, 25]),
  // Protein: small shuffles, not significant.
  [
    [10, 12, 14, 16, 18, 11, 13, 15],
    [11, 12, 14, 15, 18, 10, 13, 16],
    [10, 13, 14, 16, 17, 11, 12, 15],
    [12, 12, 13, 16, 18, 10, 14, 15]
  ],
  // Saturated fat: the same values in every season, all decimal.
  SEASONS.map(() => [1.5, 2.5, 3.5, 4.5, 1.5, 2.5, 3.5, 4.5])
];

function fixture(values: Values): string {
  let id = 0;
  return recipesSql(
    SEASONS.flatMap((season, s) =>
      values[0]![s]!.map((_, i) => ({
        id: ++id,
        submitted: dateIn(season, 2010, 1 + i),
        // Carbohydrates (the seventh value) are not analysed here.
        nutrition: [...values.map((nutrient) => nutrient[s]![i]!), 10]
      }))
    )
  );
}

/** The gap tile's interval comes from the view (the snapshot's gap interval): one of its type for the text check. */
const TILE_RULES = {drawnValues: {lower: 1.5, upper: 2.5}};

describe("seasonality_nutrition", () => {
  it("matches means, medians, z-scores and Kruskal–Wallis tests computed from the raw values", async () => {
    const n = await runAnalysis<SeasonalityNutrition>("seasonality_nutrition", {recipesSql: fixture(VALUES)});
    expect(n.nutrients.map((x) => x.nutrient)).toEqual([...NUTRIENTS]);
    expect(n.nutrients.map((x) => x.unit)).toEqual(["kcal", "pdv", "pdv", "pdv", "pdv", "pdv"]);
    // Calories by hand: means 400, 350, 300, 450; their mean 375; deviations 25, −25, −75, 75; population std
    // √((625 + 625 + 5625 + 5625)/4) = √3125 = 25√5, so z = [1, −1, −3, 3]/√5; relative gaps 25/375 … = ±1/15, ±1/5.
    const calories = n.nutrients[0]!;
    expect(calories.seasons.map((s) => s.mean)).toEqual([400, 350, 300, 450]);
    expectAllClose(
      calories.seasons.map((s) => s.z),
      [1, -1, -3, 3].map((v) => v / Math.sqrt(5))
    );
    expectAllClose(
      calories.seasons.map((s) => s.deviation),
      [1 / 15, -1 / 15, -1 / 5, 1 / 5]
    );
    expect(calories).toMatchObject({highest: "Autumn", lowest: "Summer"});
    // Winter sorted 380 390 395 400 400 405 410 420: h = 7·0.25 = 1.75 → 390 + 0.75·5 = 393.75; h = 3.5 → 400;
    // h = 5.25 → 405 + 0.25·5 = 406.25.
    expect(calories.seasons[0]).toMatchObject({q25: 393.75, median: 400, q75: 406.25});

    NUTRIENTS.forEach((_, k) => {
      const entry = n.nutrients[k]!;
      const samples = VALUES[k]!;
      entry.seasons.forEach((s, i) => {
        expectClose(s.mean, mean(samples[i]!));
        const sorted = [...samples[i]!].sort((a, b) => a - b);
        expectClose(s.q25, quantile(sorted, 0.25));
        expectClose(s.median, quantile(sorted, 0.5));
        expectClose(s.q75, quantile(sorted, 0.75));
        expect(s.n).toBe(8);
      });
      const stdlib = stdlibKruskal(samples);
      expectClose(entry.kruskal.H, stdlib.statistic, 1e-9);
      expectClose(entry.kruskal.p, kruskalWallis(samples).p, 1e-9);
      expect(entry.kruskal.significant).toBe(stdlib.pValue < 0.05);
    });
    // Calories and sugar differ; fat, sodium and saturated fat are identical by season; protein is shuffled.
    expect(n.nutrients.map((x) => x.kruskal.significant)).toEqual([true, false, true, false, false, false]);
    expect(n.significantCount).toBe(2);
    // Equal seasonal means give z = 0, not a division by zero.
    expect(n.nutrients[1]!.seasons.map((s) => s.z)).toEqual([0, 0, 0, 0]);
    expect(n.params).toEqual({alpha: 0.05, zDdof: 0, intervalLevel: 0.95, pairs: 6, pairLevel: n.params.pairLevel});
    expectClose(n.params.pairLevel, 1 - 0.05 / 6);
    // 95 % t intervals of the means, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=stats.sem(x)):
    // Winter calories, Autumn sugar and (all decimal) Winter saturated fat.
    expectClose(calories.seasons[0]!.interval!.lower, 389.7608766385794);
    expectClose(calories.seasons[0]!.interval!.upper, 410.2391233614206);
    expectClose(n.nutrients[2]!.seasons[3]!.interval!.lower, 42.26087663857942);
    expectClose(n.nutrients[2]!.seasons[3]!.interval!.upper, 62.73912336142058);
    expectClose(n.nutrients[5]!.seasons[0]!.interval!.lower, 2.0007638764660625);
    expectClose(n.nutrients[5]!.seasons[0]!.interval!.upper, 3.9992361235339375);

    // The calorie gap (Autumn − Summer): the two are picked from the 4·3/2 = 6 pairs of seasons, so its Welch interval
    // holds at 95 % for all of them together, each at 1 − 0.05/6 (Bonferroni). On the fixture's calories, scipy 1.17.1
    // stats.ttest_ind(autumn, summer, equal_var=False).confidence_interval(1 - 0.05 / 6); at 0.95 it would be
    // 136.87 to 163.13.
    expectClose(n.calorieGapInterval.lower, 131.20764178835125);
    expectClose(n.calorieGapInterval.upper, 168.79235821164875);
    expect(n.narrative.headline.values).toMatchObject({gapLower: n.calorieGapInterval.lower, pairs: 6});
    expect(renderClaim(text, n.narrative.headline, "en")).toMatch(
      /\(95% Welch interval 131\.2 to 168\.8, widened because the two seasons were picked as the highest and the lowest of all\)/
    );
    expect(renderClaim(text, n.narrative.headline, "fr")).toMatch(
      /\(intervalle de Welch à 95\u00a0% : 131,2 à 168,8, élargi parce que les deux saisons ont été choisies comme extrêmes/
    );
    expect(n.narrative.headline).toMatchObject({
      id: "calories.significant",
      values: {highest: "Autumn", highestMean: 450, lowest: "Summer", lowestMean: 300, gap: 150}
    });
    expect(n.narrative.claims.map((c) => [c.id, c.values.nutrient])).toEqual([
      ["significant_count", undefined],
      ["nutrient.not_significant", "total_fat_pct"],
      ["nutrient.significant", "sugar_pct"],
      ["nutrient.not_significant", "sodium_pct"],
      ["nutrient.not_significant", "protein_pct"],
      ["nutrient.not_significant", "sat_fat_pct"]
    ]);
    expect(n.narrative.claims[0]!.values).toEqual({count: 2, countOf: 6, significant: 2, total: 6});
    // Sugar: Autumn mean (35 + 45 + 55 + 60 + 70 + 40 + 50 + 65)/8 = 52.5 % of the daily value → 0.525.
    expect(n.narrative.claims[2]!.values).toMatchObject({highest: "Autumn", highestShare: 0.525});
    expect(textProblems(text, CLAIM_IDS, [n], TILE_RULES)).toEqual([]);
  });

  it("names every season tied with the highest calories or sugar, in both languages", async () => {
    // Winter takes autumn's calories and sugar: both seasons share the highest means (450 kcal, 52.5 % of the DV).
    const tied = VALUES.map((nutrient, k) =>
      k === 0 || k === 2 ? nutrient.map((values, s) => (s === 0 ? nutrient[3]! : values)) : nutrient
    );
    const n = await runAnalysis<SeasonalityNutrition>("seasonality_nutrition", {recipesSql: fixture(tied)});
    expect(n.narrative.headline).toMatchObject({
      id: "calories.significant",
      values: {highest: "Winter+Autumn", highestMean: 450, lowest: "Summer", lowestMean: 300}
    });
    expect(renderClaim(text, n.narrative.headline, "en")).toMatch(
      /^The highest mean calories, 450\.0 kcal per serving, are in winter and in autumn \(tied\), and the lowest, 300\.0 kcal per serving, in summer\. The gap/
    );
    expect(renderClaim(text, n.narrative.headline, "fr")).toMatch(
      /^La moyenne des calories la plus haute, 450,0 kcal par portion, s'observe en hiver et en automne \(ex æquo\), et la plus basse, 300,0 kcal par portion, en été\. L'écart/
    );
    expect(renderHeadline(text, n.narrative.headline, "en").headline).toBe(
      "The highest mean calories are in winter and in autumn, 150.0 kcal per serving above the lowest, in summer (450.0 against 300.0 kcal)."
    );
    expect(renderHeadline(text, n.narrative.headline, "fr").headline).toBe(
      "La moyenne des calories la plus haute s'observe en hiver et en automne, 150,0 kcal par portion au-dessus de la plus basse, en été (450,0 contre 300,0 kcal)."
    );
    const sugar = n.narrative.claims.find((c) => c.values.nutrient === "sugar_pct")!;
    expect(sugar).toMatchObject({id: "nutrient.significant", values: {highest: "Winter+Autumn", lowest: "Summer"}});
    expect(renderClaim(text, sugar, "en")).toMatch(
      /^The sugar content is highest in winter and in autumn \(tied\) \(52\.5% of the daily value on average\) and lowest in summer \(24\.6%\);/
    );
    expect(renderClaim(text, sugar, "fr")).toMatch(
      /^La teneur en sucres est la plus élevée en hiver et en automne \(ex æquo\) \(52,5\u00a0% des apports journaliers en moyenne\) et la plus basse en été \(24,6\u00a0%\) ;/
    );
    expect(textProblems(text, CLAIM_IDS, [n], TILE_RULES)).toEqual([]);
  });

  it("says calories do not differ when every season has the same calories", async () => {
    const flat = VALUES.map((nutrient, k) => (k === 0 ? SEASONS.map(() => nutrient[0]!) : nutrient));
    const n = await runAnalysis<SeasonalityNutrition>("seasonality_nutrition", {recipesSql: fixture(flat)});
    expect(n.narrative.headline.id).toBe("calories.not_significant");
    expect(n.significantCount).toBe(1);
    expect(textProblems(text, CLAIM_IDS, [n], TILE_RULES)).toEqual([]);
  });
});

describe("the question", () => {
  it.each(["en", "fr"] as const)("names every nutrient the analysis compares (%s)", (lang) => {
    for (const nutrient of NUTRIENTS) expect(text[lang].lede).toContain(translateLabel(nutrient, lang));
  });
});
