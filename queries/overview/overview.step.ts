/** Shapes the overview's query rows into its snapshot. */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Overview} from "./overview.schema.js";

function funnel(rows: QueryResults[string]): Overview["funnel"]["recipes"] {
  return rows.map((row) => ({rule: String(row.rule), rowsAfter: Number(row.rows_after), removed: Number(row.removed)}));
}

export function step(results: QueryResults): Overview {
  const t = results.totals![0]!;
  const bounds = results.bounds![0]!;
  const perYear = results.recipes_per_year!.map((r) => ({year: Number(r.year), recipes: Number(r.recipes)}));
  // Ties go to the earliest year, so the claim is stable.
  const peak = perYear.reduce((best, r) => (r.recipes > best.recipes ? r : best), perYear[0]!);
  return {
    totals: {
      recipes: Number(t.recipes),
      ratings: Number(t.ratings),
      users: Number(t.users),
      contributors: Number(t.contributors),
      ratedRecipes: Number(t.rated_recipes),
      meanRating: Number(t.mean_rating),
      firstRecipe: String(t.first_recipe),
      lastRecipe: String(t.last_recipe),
      firstRating: String(t.first_rating),
      lastRating: String(t.last_rating),
      years: perYear.length
    },
    funnel: {recipes: funnel(results.recipe_funnel!), interactions: funnel(results.interaction_funnel!)},
    bounds: {
      stepsLow: Number(bounds.steps_low),
      stepsHigh: Number(bounds.steps_high),
      ingredientsLow: Number(bounds.ingredients_low),
      ingredientsHigh: Number(bounds.ingredients_high)
    },
    ratingHistogram: results.rating_histogram!.map((r) => ({rating: Number(r.rating), count: Number(r.count)})),
    recipesPerYear: perYear,
    peakYear: peak
  };
}
