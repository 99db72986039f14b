import {describe, expect, it} from "vitest";

import {textProblems} from "../../pipeline/narrative.check.js";
import {renderClaim} from "../../pipeline/narrative.js";
import {kruskalWallis, mean, quantile, std} from "../../pipeline/stats/index.js";
import {expectClose} from "../../pipeline/stats/testing/close.js";
import {recipesSql, runAnalysis} from "../../test/analysis.js";
import {SEASONS} from "./_seasons.js";
import type {SeasonalityComplexity} from "./seasonality_complexity.schema.js";
import {CLAIM_IDS} from "./seasonality_complexity.step.js";
import {text} from "./seasonality_complexity.text.js";
import {dateIn, stdlibKruskal} from "./testing/fixture.js";

interface Measures {
  minutes: number[];
  steps: number[];
  ingredients: number[];
}

// Per season, ten recipes. Steps climb from Summer to Winter; ingredients are nearly the same multiset everywhere.
// The extremes (4 and 12 steps, 3 and 12 ingredients) each occur at least twice, so the cleaning's 2.5–97.5 %
// bounds keep all forty recipes.
const SEASON_MEASURES: Measures[] = [
  {
    minutes: [30, 45, 60, 25, 90, 40, 35, 50, 120, 60],
    steps: [8, 9, 10, 11, 12, 8, 9, 10, 11, 12],
    ingredients: [3, 5, 7, 9, 11, 4, 6, 8, 10, 12]
  },
  {
    minutes: [20, 30, 45, 25, 60, 35, 30, 40, 55, 30],
    steps: [6, 7, 8, 9, 10, 6, 7, 8, 9, 10],
    ingredients: [3, 5, 7, 9, 11, 4, 6, 8, 10, 11]
  },
  {
    minutes: [10, 15, 20, 30, 25, 15, 20, 10, 35, 20],
    steps: [4, 5, 6, 7, 8, 4, 5, 6, 7, 8],
    ingredients: [4, 5, 7, 9, 11, 3, 6, 8, 10, 12]
  },
  {
    minutes: [40, 30, 55, 45, 35, 60, 30, 45, 50, 40],
    steps: [7, 8, 9, 10, 11, 7, 8, 9, 10, 11],
    ingredients: [3, 5, 7, 9, 10, 4, 6, 8, 10, 12]
  }
];

function fixture(measures: Measures[]): string {
  let id = 0;
  return recipesSql(
    measures.flatMap((m, s) =>
      m.minutes.map((minutes, i) => ({
        id: ++id,
        submitted: dateIn(SEASONS[s]!, 2006, 1 + i),
        minutes,
        n_steps: m.steps[i]!,
        n_ingredients: m.ingredients[i]!
      }))
    )
  );
}

/** The complexity score computed in JavaScript from the raw columns. */
function scores(m: Measures): number[] {
  return m.minutes.map((minutes, i) => Math.log1p(minutes) + m.steps[i]! + 0.5 * m.ingredients[i]!);
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe("seasonality_complexity", () => {
  it("matches summaries and Kruskal–Wallis tests computed from the raw values", async () => {
    const c = await runAnalysis<SeasonalityComplexity>("seasonality_complexity", {
      recipesSql: fixture(SEASON_MEASURES)
    });
    expect(c.seasons.map((s) => [s.season, s.n])).toEqual(SEASONS.map((s) => [s, 10]));
    c.seasons.forEach((row, s) => {
      const m = SEASON_MEASURES[s]!;
      const score = scores(m);
      expectClose(row.scoreMean, mean(score));
      expectClose(row.scoreMedian, quantile(sorted(score), 0.5));
      expectClose(row.scoreStd, std(score, 1));
      expectClose(row.scoreQ25, quantile(sorted(score), 0.25));
      expectClose(row.scoreQ75, quantile(sorted(score), 0.75));
      expectClose(row.stepsMean, mean(m.steps));
      expectClose(row.ingredientsMean, mean(m.ingredients));
      expectClose(row.ingredientsMedian, quantile(sorted(m.ingredients), 0.5));
    });
    // By hand: Winter steps 8…12 twice → mean 10, median 10; Summer 4…8 twice → mean 6.
    expect(c.seasons[0]).toMatchObject({stepsMean: 10, stepsMedian: 10});
    expect(c.seasons[2]).toMatchObject({stepsMean: 6, stepsMedian: 6});
    // 95 % t intervals of the means, scipy 1.17.1 stats.t.interval(0.95, n − 1, loc=mean, scale=stats.sem(x)).
    expect(c.params.intervalLevel).toBe(0.95);
    expectClose(c.seasons[0]!.scoreInterval!.lower, 15.323168855322598);
    expectClose(c.seasons[0]!.scoreInterval!.upper, 20.032439056145535);
    expectClose(c.seasons[0]!.stepsInterval!.lower, 8.933608886717112);
    expectClose(c.seasons[0]!.stepsInterval!.upper, 11.066391113282888);
    expectClose(c.seasons[2]!.ingredientsInterval!.lower, 5.334149410331831);
    expectClose(c.seasons[2]!.ingredientsInterval!.upper, 9.66585058966817);

    const samples = {
      score: SEASON_MEASURES.map(scores),
      steps: SEASON_MEASURES.map((m) => m.steps),
      ingredients: SEASON_MEASURES.map((m) => m.ingredients)
    };
    for (const measure of ["score", "steps", "ingredients"] as const) {
      const stdlib = stdlibKruskal(samples[measure]);
      expectClose(c.kruskal[measure].H, stdlib.statistic);
      expectClose(c.kruskal[measure].p, kruskalWallis(samples[measure]).p, 1e-9);
      expect(c.kruskal[measure].n).toBe(40);
    }
    expect(c.kruskal.score.significant).toBe(true);
    expect(c.kruskal.steps.significant).toBe(true);
    expect(c.kruskal.ingredients.significant).toBe(false);

    expect(c.narrative.headline.id).toBe("score.significant");
    expect(c.narrative.headline.values).toMatchObject({highest: "Winter", lowest: "Summer"});
    expectClose(Number(c.narrative.headline.values.highestMean), mean(samples.score[0]!));
    expect(c.narrative.claims.map((x) => x.id)).toEqual(["steps.significant", "ingredients.not_significant"]);
    expect(c.narrative.claims[0]!.values).toMatchObject({
      highest: "Winter",
      highestMean: 10,
      lowest: "Summer",
      lowestMean: 6
    });
    // Each measure's highest and lowest season are picked from the 4·3/2 = 6 pairs of seasons: each gap's Welch
    // interval holds at 95 % for all of them together, each pair at 1 − 0.05/6 (Bonferroni).
    expect(c.params).toMatchObject({intervalLevel: 0.95, pairs: 6});
    expectClose(c.params.pairLevel, 1 - 0.05 / 6);
    // The steps gap Winter − Summer (10 − 6): both variances 20/9, n = 10, so the standard error is 2/3 and Welch's df
    // is 18; t(1 − 0.05/12, 18) = 2.962734509304895 (scipy 1.17.1 stats.t.ppf): 4 ± 1.9751563395365965, as
    // scipy's stats.ttest_ind(winter, summer, equal_var=False).confidence_interval(1 - 0.05 / 6) gives on the steps
    // (at 0.95 it would be 4 ± 1.40).
    expectClose(c.gapIntervals.steps.lower, 2.0248436604634032);
    expectClose(c.gapIntervals.steps.upper, 5.975156339536596);
    expect(c.narrative.claims[0]!.values).toMatchObject({
      gap: 4,
      gapLower: c.gapIntervals.steps.lower,
      intervalLevel: 0.95,
      pairs: 6
    });
    // The score gap Winter − Summer on the scores computed above (ln(1 + minutes) + steps + ingredients / 2), and the
    // ingredients gap Winter − Spring, scipy 1.17.1 stats.ttest_ind(high, low, equal_var=False)
    // .confidence_interval(1 - 0.05 / 6).
    expectClose(c.gapIntervals.score.lower, 0.6140213159654753);
    expectClose(c.gapIntervals.score.upper, 9.291558998660795);
    expectClose(c.gapIntervals.ingredients.lower, -3.813123875997199);
    expectClose(c.gapIntervals.ingredients.upper, 4.0131238759971986);
    expectClose(Number(c.narrative.headline.values.gapUpper), c.gapIntervals.score.upper);
    expect(renderClaim(text, c.narrative.headline, "en")).toMatch(
      /\(95% Welch interval of the gap 0\.61 to 9\.29, widened because the two seasons were picked as the highest and the lowest of all\)/
    );
    expect(renderClaim(text, c.narrative.headline, "fr")).toMatch(
      /\(intervalle de Welch à 95\u00a0% de l'écart : 0,61 à 9,29, élargi parce que les deux saisons ont été choisies comme extrêmes parmi toutes\)/
    );
    // Ingredients means: Winter 75/10, Spring 74/10, Summer 75/10, Autumn 74/10: the seasons that tie are named
    // together, never the first of them alone; the gap is the first pair's, Winter − Spring.
    const ingredients = c.narrative.claims[1]!;
    expect(ingredients.values).toMatchObject({highest: "Winter+Summer", lowest: "Spring+Autumn", highestMean: 7.5});
    expectClose(Number(ingredients.values.gap), 0.1);
    expect(renderClaim(text, ingredients, "en")).toMatch(
      /: the means range from 7\.40 in spring and in autumn \(tied\) to 7\.50 in winter and in summer \(tied\)\.$/
    );
    expect(renderClaim(text, ingredients, "fr")).toMatch(
      / : les moyennes vont de 7,40 au printemps et en automne \(ex æquo\) à 7,50 en hiver et en été \(ex æquo\)\.$/
    );
    expect(textProblems(text, CLAIM_IDS, [c])).toEqual([]);
  });

  it("names the seasons whose mean steps tie as the most, in both languages", async () => {
    // Spring gets Winter's steps (8…12 twice, mean 10): the two tie for the most, Summer (mean 6) has the fewest.
    const tied = SEASON_MEASURES.map((m, s) => (s === 1 ? {...m, steps: SEASON_MEASURES[0]!.steps} : m));
    const c = await runAnalysis<SeasonalityComplexity>("seasonality_complexity", {recipesSql: fixture(tied)});
    const steps = c.narrative.claims[0]!;
    expect(steps.id).toBe("steps.significant");
    expect(steps.values).toMatchObject({highest: "Winter+Spring", highestMean: 10, lowest: "Summer", lowestMean: 6});
    // The gap Winter − Summer and its Welch interval are those of the first test: 4 ± 1.9751563395365965.
    expectClose(c.gapIntervals.steps.lower, 2.0248436604634032);
    expect(renderClaim(text, steps, "en")).toMatch(
      /^Recipes have the most steps, 10\.00 on average, in winter and in spring \(tied\), and the fewest, 6\.00, in summer\. The gap is 4\.00\u00a0steps \(95% Welch interval of the gap 2\.02 to 5\.98, widened because the two seasons were picked as the highest and the lowest of all\)\. A Kruskal–Wallis test/
    );
    expect(renderClaim(text, steps, "fr")).toMatch(
      /^Les recettes comptent le plus d'étapes, 10,00 en moyenne, en hiver et au printemps \(ex æquo\), et le moins, 6,00, en été\. L'écart est de 4,00\u00a0étapes \(intervalle de Welch à 95\u00a0% de l'écart : 2,02 à 5,98, élargi parce que les deux saisons ont été choisies comme extrêmes parmi toutes\)\. Un test de Kruskal–Wallis/
    );
    expect(textProblems(text, CLAIM_IDS, [c])).toEqual([]);
  });

  it("emits the not-significant claims when the seasons are identical", async () => {
    const same = SEASONS.map(() => SEASON_MEASURES[0]!);
    const c = await runAnalysis<SeasonalityComplexity>("seasonality_complexity", {recipesSql: fixture(same)});
    // Equal rank sums: H = 0 up to rounding (12/(N(N + 1))·ΣR²/n and 3(N + 1) cancel), p = 1.
    expectClose(c.kruskal.score.H, 0, 1e-9);
    expectClose(c.kruskal.score.p, 1, 1e-9);
    expect(c.kruskal.score.significant).toBe(false);
    expect(c.narrative.headline.id).toBe("score.not_significant");
    expect(c.narrative.claims.map((x) => x.id)).toEqual(["steps.not_significant", "ingredients.not_significant"]);
    expect(textProblems(text, CLAIM_IDS, [c])).toEqual([]);
  });
});
