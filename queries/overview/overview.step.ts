/** Shapes the overview's query rows into its snapshot, with the claims its text renders. */
import type {QueryResults} from "../../pipeline/analyses.js";
import type {Claim} from "../../pipeline/narrative.js";
import {claim, extremeKeys} from "../../pipeline/narrative.js";
import type {Overview} from "./overview.schema.js";

function funnel(rows: QueryResults[string]): Overview["funnel"]["recipes"] {
  return rows.map((row) => ({rule: String(row.rule), rowsAfter: Number(row.rows_after), removed: Number(row.removed)}));
}

/** Headline and claims: what was analysed, what the cleaning kept, the busiest year and the mean rating. */
function narrative(overview: Omit<Overview, "narrative">): Overview["narrative"] {
  const {totals, funnel: steps, ratingHistogram, peakYear} = overview;
  const rawRecipes = steps.recipes[0]!.rowsAfter;
  const rawInteractions = steps.interactions[0]!.rowsAfter;
  const unrated = ratingHistogram.find((r) => r.rating === 0)?.count ?? 0;
  // Years with as many recipes as the busiest are all named ("2006+2007"), never the earliest alone.
  const peakYears = extremeKeys(
    overview.recipesPerYear,
    (r) => r.recipes,
    (r) => String(r.year),
    "int",
    "highest"
  );
  const claims: Claim[] = [
    claim("cleaning.recipes", {
      raw: rawRecipes,
      kept: totals.recipes,
      share: rawRecipes > 0 ? totals.recipes / rawRecipes : 0
    }),
    claim("cleaning.ratings", {
      raw: rawInteractions,
      kept: totals.ratings,
      share: rawInteractions > 0 ? totals.ratings / rawInteractions : 0
    })
  ];
  // Ratings are not filtered by their recipe: the reader is told, since more recipes are rated than analysed.
  if (totals.ratingsOfRemovedRecipes > 0)
    claims.push(
      claim("ratings.removed_recipes", {
        ratings: totals.ratings,
        ofRecipes: totals.ratingsOfRecipes,
        ofRemoved: totals.ratingsOfRemovedRecipes,
        ratedRecipes: totals.ratedRecipes
      })
    );
  if (totals.ratingsOfUnknownRecipes > 0)
    claims.push(claim("ratings.unknown_recipes", {count: totals.ratingsOfUnknownRecipes}));
  // A review without stars is a rating of 0 in the raw file; say how many were set aside only when there are some.
  if (unrated > 0) claims.push(claim("unrated", {unrated}));
  claims.push(
    claim("peak", {
      year: peakYears,
      recipes: peakYear.recipes,
      share: totals.recipes > 0 ? peakYear.recipes / totals.recipes : 0
    }),
    claim("rating.mean", {ratings: totals.ratings, mean: totals.meanRating})
  );
  return {
    headline: claim("headline", {
      recipes: totals.recipes,
      ratings: totals.ratings,
      users: totals.users,
      contributors: totals.contributors,
      firstYear: totals.firstRecipe.slice(0, 4),
      lastYear: totals.lastRecipe.slice(0, 4),
      peakYear: peakYears,
      peakRecipes: peakYear.recipes
    }),
    claims
  };
}

export function step(results: QueryResults): Overview {
  const t = results.totals![0]!;
  const bounds = results.bounds![0]!;
  const perYear = results.recipes_per_year!.map((r) => ({
    year: Number(r.year),
    recipes: Number(r.recipes),
    complete: Boolean(r.complete)
  }));
  // Ties go to the earliest year, so the claim is stable.
  const peak = perYear.reduce((best, r) => (r.recipes > best.recipes ? r : best), perYear[0]!);
  const overview: Omit<Overview, "narrative"> = {
    totals: {
      recipes: Number(t.recipes),
      ratings: Number(t.ratings),
      users: Number(t.users),
      contributors: Number(t.contributors),
      ratedRecipes: Number(t.rated_recipes),
      ratingsOfRecipes: Number(t.ratings_of_recipes),
      ratingsOfRemovedRecipes: Number(t.ratings_of_removed_recipes),
      ratingsOfUnknownRecipes: Number(t.ratings_of_unknown_recipes),
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
  return {...overview, narrative: narrative(overview)};
}
