import ttest2 from "@stdlib/stats-ttest2";
import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {tTest2} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import type {WeekendComplexity} from "./weekend_complexity.schema.js";
import {CLAIM_IDS} from "./weekend_complexity.step.js";
import {text} from "./weekend_complexity.text.js";

interface Recipe {
  minutes: number;
  n_steps: number;
  n_ingredients: number;
}

const zip = (minutes: number[], steps: number[], ingredients: number[]): Recipe[] =>
  minutes.map((m, i) => ({minutes: m, n_steps: steps[i]!, n_ingredients: ingredients[i]!}));

/** Weekday recipes go to Mon–Fri 2018-01-01…05 in turn, weekend ones to Sat 06 and Sun 07. */
function fixture(weekday: Recipe[], weekend: Recipe[]): string {
  const rows = [
    ...weekday.map((r, i) => ({...r, submitted: `2018-01-0${(i % 5) + 1}`})),
    ...weekend.map((r, i) => ({...r, submitted: `2018-01-0${(i % 2) + 6}`}))
  ];
  return recipesSql(rows.map((r, i) => ({id: i + 1, ...r})));
}

/** The metric's raw values per recipe, computed in TypeScript from the fixture (score: ln(1 + m) + s + 0.5·i). */
function values(recipes: Recipe[], metric: WeekendComplexity["metrics"][number]["metric"]): number[] {
  if (metric === "n_steps") return recipes.map((r) => r.n_steps);
  if (metric === "n_ingredients") return recipes.map((r) => r.n_ingredients);
  return recipes.map((r) => Math.log1p(r.minutes) + r.n_steps + 0.5 * r.n_ingredients);
}

/** Checks every metric against stdlib's t-tests on the raw values and returns the claim ids, headline first. */
async function check(weekday: Recipe[], weekend: Recipe[]): Promise<string[]> {
  const c = await runAnalysis<WeekendComplexity>("weekend_complexity", {recipesSql: fixture(weekday, weekend)});
  expect(c.metrics.map((m) => m.metric)).toEqual(["complexity_score", "n_steps", "n_ingredients"]);
  for (const m of c.metrics) {
    const wd = values(weekday, m.metric);
    const we = values(weekend, m.metric);
    const student = ttest2(we, wd, {variance: "equal"});
    expectClose(m.comparison.student.t, student.statistic);
    expectClose(m.comparison.student.p, student.pValue);
    expectClose(m.comparison.ciLow, student.ci[0]!);
    expectClose(m.comparison.ciHigh, student.ci[1]!);
    expectClose(m.comparison.welch.p, ttest2(we, wd).pValue);
    expectClose(m.comparison.cohenD, tTest2(we, wd).cohenD);
    expect(m.weekday.n).toBe(wd.length);
    expectClose(m.weekday.mean, student.ymean);
    expectClose(m.weekend.mean, student.xmean);
    expectClose(m.comparison.ciLowPct, student.ci[0]! / student.ymean);
  }
  expect(textProblems(text, CLAIM_IDS, [c])).toEqual([]);
  return [c.narrative.headline, ...c.narrative.claims].map((x) => x.id);
}

describe("weekend_complexity", () => {
  it("reports more steps at the weekend and no ingredient difference", async () => {
    // Steps: weekday mean 40/8 = 5, weekend 60/6 = 10; ingredients: both means 6.5; minutes all 30.
    const weekday = zip(Array(8).fill(30), [4, 5, 6, 5, 4, 6, 5, 5], [5, 6, 7, 8, 5, 6, 7, 8]);
    const weekend = zip(Array(6).fill(30), [9, 10, 11, 10, 9, 11], [6, 7, 8, 5, 6, 7]);
    expect(await check(weekday, weekend)).toEqual([
      "complexity_score.higher_at_weekend",
      "n_steps.higher_at_weekend",
      "n_ingredients.not_significant"
    ]);
    // 95 % t intervals of the period means, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=stats.sem(x)).
    const c = await runAnalysis<WeekendComplexity>("weekend_complexity", {recipesSql: fixture(weekday, weekend)});
    expect(c.params.intervalLevel).toBe(0.95);
    const [score, steps, ingredients] = c.metrics;
    expectClose(score!.weekday.interval!.lower, 10.710052304686204);
    expectClose(score!.weekday.interval!.upper, 12.657922104284086);
    expectClose(steps!.weekday.interval!.lower, 4.368027585863076);
    expectClose(steps!.weekday.interval!.upper, 5.631972414136924);
    expectClose(steps!.weekend.interval!.lower, 9.061356228472636);
    expectClose(steps!.weekend.interval!.upper, 10.938643771527364);
    expectClose(ingredients!.weekend.interval!.lower, 5.399342615291987);
    expectClose(ingredients!.weekend.interval!.upper, 7.600657384708013);
  });

  it("reports simpler weekend recipes on all three metrics", async () => {
    const weekday = zip(
      [60, 90, 120, 60, 90, 120, 60, 90],
      [9, 10, 11, 10, 9, 11, 10, 10],
      [10, 11, 12, 10, 11, 12, 10, 11]
    );
    const weekend = zip([10, 15, 20, 10, 15, 20], [4, 5, 6, 5, 4, 6], [5, 6, 5, 6, 5, 6]);
    expect(await check(weekday, weekend)).toEqual([
      "complexity_score.lower_at_weekend",
      "n_steps.lower_at_weekend",
      "n_ingredients.lower_at_weekend"
    ]);
  });

  it("reports no difference when both periods look alike", async () => {
    const weekday = zip([20, 40, 60, 20, 40, 60], [4, 6, 8, 4, 6, 8], [5, 7, 9, 5, 7, 9]);
    const weekend = zip([40, 20, 60, 40], [6, 4, 8, 6], [7, 5, 9, 7]);
    const ids = await check(weekday, weekend);
    expect(ids).toEqual([
      "complexity_score.not_significant",
      "n_steps.not_significant",
      "n_ingredients.not_significant"
    ]);
  });

  it("has sound text on the default fixture", async () => {
    const c = await runAnalysis<WeekendComplexity>("weekend_complexity");
    expect(textProblems(text, CLAIM_IDS, [c])).toEqual([]);
  });
});
