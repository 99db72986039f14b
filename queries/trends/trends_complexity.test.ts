import {describe, expect, it} from "vitest";

import {mean, std, wls} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql} from "../../test/analysis.js";
import {runAnalysis as runTrends} from "../../test/analysis.js";
import {textProblems} from "../../pipeline/narrative.check.js";
import {claim, renderClaim} from "../../pipeline/narrative.js";
import {TRENDS_TEXT} from "./testing/text.js";
import type {TrendsComplexity} from "./trends_complexity.schema.js";
import {CLAIM_IDS} from "./trends_complexity.step.js";
import {text} from "./trends_complexity.text.js";

/** [minutes, steps, ingredients] of each recipe, by year. */
type Fixture = Record<number, Array<[number, number, number]>>;

// At most 20 recipes, so staging's 2.5–97.5 % bounds on steps and ingredients are the minimum and the maximum and
// keep every row (nearest rank round(0.025·19) = 0 and round(0.975·19) = 19).
function fixtureSql(f: Fixture): string {
  const rows: Array<{id: number; submitted: string; minutes: number; n_steps: number; n_ingredients: number}> = [];
  for (const [year, list] of Object.entries(f)) {
    for (const [minutes, steps, ingredients] of list) {
      rows.push({id: rows.length + 1, submitted: `${year}-09-01`, minutes, n_steps: steps, n_ingredients: ingredients});
    }
  }
  if (rows.length > 20) throw new Error("the fixture would lose rows to staging's outlier bounds");
  return recipesSql(rows);
}

const run = (f: Fixture) => runTrends<TrendsComplexity>("trends_complexity", {recipesSql: fixtureSql(f)});

/** The three WLS fits computed from the raw recipes, independently of the SQL aggregation. */
function expectedFits(f: Fixture) {
  const years = Object.keys(f).map(Number);
  const lists = Object.values(f);
  const n = lists.map((l) => l.length);
  const score = ([m, s, i]: [number, number, number]) => Math.log(1 + m) + s + 0.5 * i;
  return {
    score: wls(
      years,
      lists.map((l) => mean(l.map(score))),
      n
    ),
    steps: wls(
      years,
      lists.map((l) => mean(l.map((r) => r[1]))),
      n
    ),
    ingredients: wls(
      years,
      lists.map((l) => mean(l.map((r) => r[2]))),
      n
    ),
    perYear: lists.map((l) => ({
      meanScore: mean(l.map(score)),
      stdScore: l.length > 1 ? std(l.map(score), 1) : null
    }))
  };
}

describe("trends_complexity", () => {
  // Steps and ingredients climb by about one a year; 2005 has a single recipe (no standard deviation).
  const rising: Fixture = {
    2001: [
      [20, 4, 5],
      [30, 5, 6],
      [40, 6, 5],
      [25, 5, 7]
    ],
    2002: [
      [25, 5, 6],
      [35, 6, 7],
      [45, 7, 6],
      [30, 6, 8]
    ],
    2003: [
      [30, 6, 7],
      [40, 7, 8],
      [50, 8, 7],
      [35, 8, 9]
    ],
    2004: [
      [35, 7, 8],
      [45, 8, 9],
      [55, 9, 8],
      [40, 8, 10]
    ],
    2005: [[60, 9, 11]]
  };

  it("matches fits computed from the raw recipes and claims rising complexity", async () => {
    const c = await run(rising);
    const expected = expectedFits(rising);
    expect(c.perYear.map((r) => [r.year, r.recipes])).toEqual([
      [2001, 4],
      [2002, 4],
      [2003, 4],
      [2004, 4],
      [2005, 1]
    ]);
    c.perYear.forEach((row, i) => {
      expectClose(row.meanScore, expected.perYear[i].meanScore);
      if (expected.perYear[i].stdScore === null) expect(row.stdScore).toBeNull();
      else expectClose(row.stdScore!, expected.perYear[i].stdScore!);
    });
    // 95 % t intervals, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=sem): steps of 2001 [4, 5, 6, 5]
    // → 3.700771736374889–6.2992282636251105, ingredients of 2004 [8, 9, 8, 10] → 7.2265198191711875–10.273480180828813;
    // the score's from the raw scores with t_{0.975, 3} = 3.1824463052837078. 2005 has one recipe: no interval.
    expectClose(c.perYear[0].intervals.steps!.lower, 3.700771736374889);
    expectClose(c.perYear[0].intervals.steps!.upper, 6.2992282636251105);
    expectClose(c.perYear[3].intervals.ingredients!.lower, 7.2265198191711875);
    expectClose(c.perYear[3].intervals.ingredients!.upper, 10.273480180828813);
    c.perYear.slice(0, 4).forEach((row, i) => {
      const half = (3.1824463052837078 * expected.perYear[i].stdScore!) / 2;
      expectClose(row.intervals.score!.lower, expected.perYear[i].meanScore - half);
      expectClose(row.intervals.score!.upper, expected.perYear[i].meanScore + half);
    });
    expect(c.perYear[4].intervals).toEqual({score: null, steps: null, ingredients: null});
    // Steps by hand: 20/4 = 5, 24/4 = 6, 29/4 = 7.25, 32/4 = 8, 9.
    expect(c.perYear.map((r) => r.meanSteps)).toEqual([5, 6, 7.25, 8, 9]);
    for (const key of ["score", "steps", "ingredients"] as const) {
      expectClose(c.fits[key].slope, expected[key].slope);
      expectClose(c.fits[key].intercept, expected[key].intercept);
      expectClose(c.fits[key].p, expected[key].p);
      expectClose(c.fits[key].r2, expected[key].r2);
      expect(c.fits[key].direction).toBe("up");
    }
    expect(c.narrative.headline.id).toBe("score_trend.up");
    expect(c.narrative.claims.map((x) => x.id)).toEqual(["steps_trend.up", "ingredients_trend.up"]);
    expect(c.params).toMatchObject({firstYear: "2001", lastYear: "2005", years: 5, recipes: 17});
    expect(textProblems(text, CLAIM_IDS, [c], TRENDS_TEXT)).toEqual([]);
  });

  it("claims falling complexity when the years are reversed", async () => {
    const falling = Object.fromEntries(Object.entries(rising).map(([y, l]) => [4006 - Number(y), l]));
    const c = await run(falling);
    expect(c.narrative.headline.id).toBe("score_trend.down");
    expect(c.narrative.claims.map((x) => x.id)).toEqual(["steps_trend.down", "ingredients_trend.down"]);
    expect(textProblems(text, CLAIM_IDS, [c], TRENDS_TEXT)).toEqual([]);
  });

  it("calls a zigzag flat", async () => {
    // Steps average 5, 7, 5, 7 with four recipes a year. x = 0…3: slope 2/5 = 0.4, residuals −0.4, 1.2, −1.2, 0.4
    // (weight 4 each): SSE 12.8, σ² 6.4, Sxx 20 → SE √0.32, t = 0.4/√0.32 ≈ 0.71 on 2 df, p ≈ 0.55.
    const zig: Fixture = {};
    [2001, 2002, 2003, 2004].forEach((year, i) => {
      const shift = i % 2 === 0 ? 0 : 2;
      zig[year] = [
        [30, 4 + shift, 5 + shift],
        [30, 5 + shift, 6 + shift],
        [30, 6 + shift, 7 + shift],
        [30, 5 + shift, 6 + shift]
      ];
    });
    const c = await run(zig);
    expectClose(c.fits.steps.slope, 0.4);
    expectClose(c.fits.steps.slopeStdErr, Math.sqrt(0.32));
    expect(c.fits.steps.p).toBeGreaterThan(0.05);
    expect(c.narrative.headline.id).toBe("score_trend.flat");
    expect(c.narrative.claims.map((x) => x.id)).toEqual(["steps_trend.flat", "ingredients_trend.flat"]);
    expect(textProblems(text, CLAIM_IDS, [c], TRENDS_TEXT)).toEqual([]);
  });
});

describe("trends_complexity words", () => {
  const values = {
    slope: 0.0242,
    p: 1e-9,
    r2: 0.86,
    change: 0.4598,
    changeLower: 0.371,
    changeUpper: 0.5486,
    level: 0.95
  };
  const up = claim("ingredients_trend.up", {...values, firstYear: "1999", lastYear: "2018"});

  it("says how many ingredients recipes gained, not only that they gained some", () => {
    expect(renderClaim(text, up, "en")).toMatch(/^Recipes gained 0\.46\u00a0ingredients on average over the period:/);
    expect(renderClaim(text, up, "fr")).toMatch(
      /^Les recettes ont gagné 0,46\u00a0ingrédient en moyenne sur la période/
    );
    const down = claim("steps_trend.down", {
      ...values,
      slope: -0.1,
      change: -1.9,
      changeLower: -2.04,
      changeUpper: -1.8
    });
    expect(renderClaim(text, down, "en")).toMatch(/^Recipes lost 1\.9\u00a0steps on average over the period:/);
  });

  it("prints the fitted change and its interval's bounds with the same decimals", () => {
    expect(renderClaim(text, up, "en")).toMatch(/\+0\.46\u00a0ingredients .*\+0\.37 to \+0\.55\u00a0ingredients/);
  });
});
