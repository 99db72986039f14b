import {describe, expect, it} from "vitest";

import {mean, wls} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql} from "../../test/analysis.js";
import {runAnalysis as runTrends} from "../../test/analysis.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim} from "../../pipeline/narrative.js";
import {TRENDS_TEXT} from "./testing/text.js";
import type {TrendsNutrition} from "./trends_nutrition.schema.js";
import {NUTRIENTS} from "./trends_nutrition.schema.js";
import {CLAIM_IDS} from "./trends_nutrition.step.js";
import {text} from "./trends_nutrition.text.js";

/** [calories, carbs %DV, fat %DV, protein %DV] of each recipe, by year (one decimal at most: the fixture's format). */
type Fixture = Record<number, Array<[number, number, number, number]>>;

function fixtureSql(f: Fixture): string {
  const rows: Array<{id: number; submitted: string; nutrition: number[]}> = [];
  for (const [year, list] of Object.entries(f)) {
    for (const [calories, carb, fat, protein] of list) {
      // Food.com's order: calories, total fat, sugar, sodium, protein, saturated fat, carbohydrates.
      rows.push({
        id: rows.length + 1,
        submitted: `${year}-05-20`,
        nutrition: [calories, fat, 10, 10, protein, 5, carb]
      });
    }
  }
  return recipesSql(rows);
}

const run = (f: Fixture) => runTrends<TrendsNutrition>("trends_nutrition", {recipesSql: fixtureSql(f)});

/** The four fits from the raw recipes, independently of the SQL aggregation. */
function expectedFits(f: Fixture) {
  const years = Object.keys(f).map(Number);
  const lists = Object.values(f);
  const n = lists.map((l) => l.length);
  return NUTRIENTS.map((_, k) =>
    wls(
      years,
      lists.map((l) => mean(l.map((r) => r[k]))),
      n
    )
  );
}

describe("trends_nutrition", () => {
  // Every measure falls year after year, with some noise.
  const lighter: Fixture = {
    2001: [
      [500, 12, 30, 20],
      [460, 10, 28, 22],
      [520, 11, 33, 19]
    ],
    2002: [
      [470, 10.5, 27, 19],
      [440, 9.5, 26, 20.5]
    ],
    2003: [
      [430, 9, 25, 18],
      [455, 9.8, 24.5, 18.4],
      [410, 8.5, 23, 17.9],
      [420, 9.1, 25.5, 18.2]
    ],
    2004: [
      [400, 8, 22, 17],
      [390, 7.6, 21, 16.5]
    ],
    2005: [
      [370, 7, 20, 16],
      [360, 6.8, 19.5, 15.8],
      [385, 7.3, 20.6, 16.1]
    ]
  };

  it("matches fits computed from the raw recipes and says recipes got lighter", async () => {
    const nut = await run(lighter);
    const expected = expectedFits(lighter);
    // 2001 by hand: calories (500 + 460 + 520)/3 = 493.3…, carbs 33/3 = 11, fat 91/3, protein 61/3.
    expectClose(nut.perYear[0].calories, 1480 / 3);
    expectClose(nut.perYear[0].carb_pct, 11);
    expectClose(nut.perYear[0].total_fat_pct, 91 / 3);
    expectClose(nut.perYear[0].protein_pct, 61 / 3);
    expect(nut.perYear.map((r) => r.recipes)).toEqual([3, 2, 4, 2, 3]);
    // 95 % t intervals, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=sem): calories of 2001
    // [500, 460, 520] → 417.4416726613981–569.2249940052685; protein of 2002 [19, 20.5] → 10.22034644786898–29.27965355213102.
    expectClose(nut.perYear[0].intervals.calories!.lower, 417.4416726613981);
    expectClose(nut.perYear[0].intervals.calories!.upper, 569.2249940052685);
    expectClose(nut.perYear[1].intervals.protein_pct!.lower, 10.22034644786898);
    expectClose(nut.perYear[1].intervals.protein_pct!.upper, 29.27965355213102);
    NUTRIENTS.forEach((key, k) => {
      expectClose(nut.fits[key].slope, expected[k].slope);
      expectClose(nut.fits[key].intercept, expected[k].intercept);
      expectClose(nut.fits[key].slopeStdErr, expected[k].slopeStdErr);
      expectClose(nut.fits[key].p, expected[k].p);
      expectClose(nut.fits[key].r2, expected[k].r2);
      expect(nut.fits[key].direction).toBe("down");
    });
    expect(nut.lighter).toBe(true);
    expect(nut.narrative.headline.id).toBe("lighter");
    expect(nut.narrative.headline.values.maxP).toBe(Math.max(...expected.map((f) => f.p)));
    expectClose(nut.narrative.headline.values.caloriesChange as number, expected[0].slope * 4);
    // The headline's fall carries the interval of the calories claim, read first by a reader.
    expect(nut.narrative.headline.values).toMatchObject({
      caloriesLower: nut.narrative.claims[0]!.values.changeLower,
      caloriesUpper: nut.narrative.claims[0]!.values.changeUpper,
      level: 0.95
    });
    expect(renderClaim(text, nut.narrative.headline, "en")).toMatch(
      /kcal per serving \(95% interval \d+ to \d+ kcal\)\.$/
    );
    expect(nut.narrative.claims.map((c) => [c.id, c.values.nutrient])).toEqual([
      ["calories_trend.down", undefined],
      ["nutrient_trend.down", "carb_pct"],
      ["nutrient_trend.down", "total_fat_pct"],
      ["nutrient_trend.down", "protein_pct"]
    ]);
    expect(textProblems(text, CLAIM_IDS, [nut], TRENDS_TEXT)).toEqual([]);
  });

  it("withholds 'lighter' when one measure does not fall significantly", async () => {
    // Calories rise, carbohydrates and protein fall, fat zigzags (30, 34, 30, 34, 30: no trend).
    const mixed: Fixture = {};
    [2001, 2002, 2003, 2004, 2005].forEach((year, i) => {
      const fat = i % 2 === 0 ? 30 : 34;
      mixed[year] = [
        [300 + 20 * i, 12 - i, fat, 20 - 0.5 * i],
        [310 + 20 * i, 12.4 - i, fat + 1, 20.4 - 0.5 * i]
      ];
    });
    const nut = await run(mixed);
    const expected = expectedFits(mixed);
    expect(expected.map((f) => f.p < 0.05)).toEqual([true, true, false, true]);
    expect(nut.lighter).toBe(false);
    expect(nut.narrative.headline).toEqual({id: "mixed", values: {measures: 4, falling: 2, rising: 1, flat: 1}});
    expect(nut.narrative.claims.map((c) => c.id)).toEqual([
      "calories_trend.up",
      "nutrient_trend.down",
      "nutrient_trend.flat",
      "nutrient_trend.down"
    ]);
    expect(textProblems(text, CLAIM_IDS, [nut], TRENDS_TEXT)).toEqual([]);
  });
});
