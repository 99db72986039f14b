/**
 * Turns the yearly nutrition means into four WLS trends (weighted by recipes per year) and the claims about them,
 * with a "lighter recipes" headline only when all four fall significantly.
 */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim} from "../../pipeline/narrative.js";
import {
  ALPHA,
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
import type {Nutrient, TrendsNutrition} from "./trends_nutrition.schema.js";
import {NUTRIENTS} from "./trends_nutrition.schema.js";

/** Every claim id the step can emit, so the text modules can be checked for completeness. */
export const CLAIM_IDS = ["lighter", "mixed", ...trendClaimIds("calories_trend"), ...trendClaimIds("nutrient_trend")];

/** Builds the nutrition snapshot from the `per_year` query (years with recipes, ascending). */
export function step(results: QueryResults): TrendsNutrition {
  const perYear = results.per_year!.map((r) => ({
    year: num(r, "year"),
    recipes: num(r, "recipes"),
    calories: num(r, "mean_calories"),
    carb_pct: num(r, "mean_carb_pct"),
    total_fat_pct: num(r, "mean_total_fat_pct"),
    protein_pct: num(r, "mean_protein_pct"),
    intervals: Object.fromEntries(
      NUTRIENTS.map((key) => [
        key,
        yearMeanInterval(num(r, "recipes"), num(r, `mean_${key}`), numOrNull(r, `std_${key}`))
      ])
    ) as Record<Nutrient, TrendsNutrition["perYear"][number]["intervals"][Nutrient]>
  }));
  assertYears(perYear.length);
  const period = periodOf(perYear);
  const {firstYear, lastYear} = period;
  const fits = fitColumns(
    perYear,
    Object.fromEntries(NUTRIENTS.map((key) => [key, key])) as Record<Nutrient, Nutrient>
  );
  const directions = NUTRIENTS.map((key) => fits[key].direction);
  const lighter = directions.every((d) => d === "down");

  // Calories are in kcal, the others in %DV points: two templates, the nutrient named by its LABELS key.
  const caloriesTrend = trendClaim("calories_trend", fits.calories, firstYear, lastYear);
  const claims: Claim[] = NUTRIENTS.map((key) => {
    if (key === "calories") return caloriesTrend;
    const c = trendClaim("nutrient_trend", fits[key], firstYear, lastYear);
    return claim(c.id, {nutrient: key, ...c.values});
  });
  // The headline's fall in calories carries the interval its own claim gives (a headline compares two years' estimates).
  const calories = caloriesTrend.values;
  const headline = lighter
    ? claim("lighter", {
        firstYear,
        lastYear,
        caloriesChange: fits.calories.change,
        caloriesLower: calories.changeLower!,
        caloriesUpper: calories.changeUpper!,
        level: calories.level!,
        maxP: Math.max(...NUTRIENTS.map((key) => fits[key].p)),
        alpha: ALPHA
      })
    : claim("mixed", {
        measures: NUTRIENTS.length,
        falling: directions.filter((d) => d === "down").length,
        rising: directions.filter((d) => d === "up").length,
        flat: directions.filter((d) => d === "flat").length
      });

  return {
    params: {...period, intervalLevel: INTERVAL_LEVEL, measures: NUTRIENTS.length},
    perYear,
    fits,
    lighter,
    narrative: {headline, claims}
  };
}
