/**
 * Turns the yearly complexity aggregates into three WLS trends (score, steps, ingredients on the year, weighted by
 * recipes per year) and the claims about them.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import {
  assertYears,
  INTERVAL_LEVEL,
  fitColumns,
  num,
  numOrNull,
  periodOf,
  trendClaim,
  trendClaimIds,
  yearMeanInterval
} from "./_trend.js";
import type {TrendsComplexity} from "./trends_complexity.schema.js";

/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = [
  ...trendClaimIds("score_trend"),
  ...trendClaimIds("steps_trend"),
  ...trendClaimIds("ingredients_trend")
];

/** Builds the complexity snapshot from the `per_year` query (years with recipes, ascending). */
export function step(results: QueryResults): TrendsComplexity {
  const perYear = results.per_year!.map((r) => {
    const recipes = num(r, "recipes");
    const interval = (m: string) => yearMeanInterval(recipes, num(r, `mean_${m}`), numOrNull(r, `std_${m}`));
    return {
      year: num(r, "year"),
      recipes,
      meanScore: num(r, "mean_score"),
      stdScore: numOrNull(r, "std_score"),
      meanSteps: num(r, "mean_steps"),
      meanIngredients: num(r, "mean_ingredients"),
      intervals: {score: interval("score"), steps: interval("steps"), ingredients: interval("ingredients")}
    };
  });
  assertYears(perYear.length);
  const params = {...periodOf(perYear), intervalLevel: INTERVAL_LEVEL};
  const {firstYear, lastYear} = params;
  const fits = fitColumns(perYear, {score: "meanScore", steps: "meanSteps", ingredients: "meanIngredients"});

  // The score is the headline: steps and ingredients say which part of it moved.
  return {
    params,
    perYear,
    fits,
    narrative: {
      headline: trendClaim("score_trend", fits.score, firstYear, lastYear),
      claims: [
        trendClaim("steps_trend", fits.steps, firstYear, lastYear),
        trendClaim("ingredients_trend", fits.ingredients, firstYear, lastYear)
      ]
    }
  };
}
