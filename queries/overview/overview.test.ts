import {describe, expect, it} from "vitest";

import {claim, LOCALES, renderClaim} from "../../pipeline/narrative.js";
import {interactionsSql, recipesSql, runAnalysis} from "../../test/analysis.js";
import {EXPECTED_INTERACTION_FUNNEL, EXPECTED_RECIPE_FUNNEL} from "../../test/fixtures.js";
import type {Overview} from "./overview.schema.js";
import {text} from "./overview.text.js";

describe("overview", () => {
  it("reports the fixture's figures worked out by hand", async () => {
    const overview = await runAnalysis<Overview>("overview");
    // Kept ratings (test/fixtures.ts): users 1, 2, 3, 8, 9, 9, 10 → 6 users, 5 recipes; ratings 5+4+3+1+2+2+5 = 22.
    // Kept recipes are ids 4–9 and 14–40, submitted 20(02 + id % 5)-((id − 1) % 12 + 1)-15: the earliest is id 25
    // (2002-01-15), the latest id 24 (2006-12-15).
    expect(overview.totals).toEqual({
      recipes: 33,
      ratings: 7,
      users: 6,
      contributors: 1,
      ratedRecipes: 5,
      // Rated recipes 1, 2, 4, 6, 7: 4, 6 and 7 are analysed (1 + 2 + 1 ratings); 1 and 2 were removed by the
      // steps and ingredients outlier rule (2 + 1 ratings); none is missing from the recipes file.
      ratingsOfRecipes: 4,
      ratingsOfRemovedRecipes: 3,
      ratingsOfUnknownRecipes: 0,
      meanRating: 22 / 7,
      firstRecipe: "2002-01-15",
      lastRecipe: "2006-12-15",
      firstRating: "2005-01-10",
      lastRating: "2024-01-06",
      years: 5
    });
    expect(overview.funnel).toEqual({recipes: EXPECTED_RECIPE_FUNNEL, interactions: EXPECTED_INTERACTION_FUNNEL});
    expect(overview.bounds).toEqual({stepsLow: 2, stepsHigh: 11, ingredientsLow: 3, ingredientsHigh: 9});
    // Raw ratings: 0 ×2, 1 ×2, 2 ×2, 3, 4, 5 ×3; the 6 is outside the scale and left to the funnel.
    expect(overview.ratingHistogram).toEqual([
      {rating: 0, count: 2},
      {rating: 1, count: 2},
      {rating: 2, count: 2},
      {rating: 3, count: 1},
      {rating: 4, count: 1},
      {rating: 5, count: 3}
    ]);
    // Recipes per year: year = 2002 + id % 5. Ids 4–9 give residues 4, 0, 1, 2, 3, 4 and ids 14–40 five of each
    // residue plus 39 (4) and 40 (0): 2002 → 7, 2003 → 6, 2004 → 6, 2005 → 6, 2006 → 8, so 2006 is the peak.
    // The window runs 2002-01-15 → 2006-12-15: both end years miss some days, 2003–2005 are whole.
    expect(overview.recipesPerYear).toEqual([
      {year: 2002, recipes: 7, complete: false},
      {year: 2003, recipes: 6, complete: true},
      {year: 2004, recipes: 6, complete: true},
      {year: 2005, recipes: 6, complete: true},
      {year: 2006, recipes: 8, complete: false}
    ]);
    expect(overview.peakYear).toEqual({year: 2006, recipes: 8, complete: false});
    expect(overview.narrative).toEqual({
      headline: {
        id: "headline",
        values: {
          recipes: 33,
          ratings: 7,
          users: 6,
          contributors: 1,
          firstYear: "2002",
          lastYear: "2006",
          peakYear: "2006",
          peakRecipes: 8
        }
      },
      claims: [
        {id: "cleaning.recipes", values: {raw: 45, kept: 33, share: 33 / 45}},
        {id: "cleaning.ratings", values: {raw: 12, kept: 7, share: 7 / 12}},
        {id: "ratings.removed_recipes", values: {ratings: 7, ofRecipes: 4, ofRemoved: 3, ratedRecipes: 5}},
        {id: "unrated", values: {unrated: 2}},
        {id: "peak", values: {year: "2006", recipes: 8, share: 8 / 33}},
        {id: "rating.mean", values: {ratings: 7, mean: 22 / 7}}
      ]
    });
  });

  it("has a text template for every claim, in both languages", async () => {
    const overview = await runAnalysis<Overview>("overview");
    for (const locale of LOCALES) {
      for (const c of [overview.narrative.headline, ...overview.narrative.claims]) {
        expect(renderClaim(text, c, locale)).not.toMatch(/[{}]/);
      }
    }
    expect(renderClaim(text, overview.narrative.claims[4]!, "fr")).toBe(
      "2006 a été l'année la plus active, avec 8 recettes publiées, soit 24,2\u00a0% de toutes les recettes analysées."
    );
  });

  it("marks every year of a window from January 1 to December 31 complete, and names tied busiest years", async () => {
    // Two recipes a year, on the first and the last day of 2000 and of 2001: both years whole, and tied.
    const overview = await runAnalysis<Overview>("overview", {
      recipesSql: recipesSql([
        {id: 1, submitted: "2000-01-01"},
        {id: 2, submitted: "2000-12-31"},
        {id: 3, submitted: "2001-01-01"},
        {id: 4, submitted: "2001-12-31"}
      ]),
      // Recipe 1 rated twice and recipe 3 once; recipe 9 is in no recipes file.
      interactionsSql: interactionsSql([
        [1, 1, "2001-02-01", 5],
        [2, 1, "2001-02-02", 4],
        [3, 3, "2001-02-03", 3],
        [4, 9, "2001-02-04", 2]
      ])
    });
    expect(overview.recipesPerYear).toEqual([
      {year: 2000, recipes: 2, complete: true},
      {year: 2001, recipes: 2, complete: true}
    ]);
    const peak = overview.narrative.claims.find((c) => c.id === "peak")!;
    expect(peak.values).toEqual({year: "2000+2001", recipes: 2, share: 0.5});
    expect(renderClaim(text, peak, "en")).toBe(
      "2000 and 2001 tie as the busiest years, with 2 recipes posted in each: 50.0% of all the recipes analysed, each."
    );
    expect(renderClaim(text, peak, "fr")).toBe(
      "2000 et 2001 sont à égalité comme années les plus actives, avec 2 recettes publiées chacune, soit 50,0\u00a0% de toutes les recettes analysées pour chacune."
    );
    // No rated recipe was removed: only the rating of the unknown recipe 9 is told.
    expect(overview.totals).toMatchObject({
      ratingsOfRecipes: 3,
      ratingsOfRemovedRecipes: 0,
      ratingsOfUnknownRecipes: 1
    });
    expect(overview.narrative.claims.map((c) => c.id)).not.toContain("ratings.removed_recipes");
    const unknown = overview.narrative.claims.find((c) => c.id === "ratings.unknown_recipes")!;
    expect(unknown.values).toEqual({count: 1});
    expect(renderClaim(text, unknown, "en")).toBe(
      "Kept as well, and counted in every rating analysis: 1 rating of a recipe id that the recipes file does not hold."
    );
    expect(renderClaim(text, claim("ratings.unknown_recipes", {count: 2}), "fr")).toBe(
      "Gardées elles aussi, et comptées dans toutes les analyses des notes : 2 notes de recettes dont l'identifiant est absent du fichier des recettes."
    );
  });

  it("says in both languages that ratings of removed recipes are kept, with the fixture's counts", async () => {
    const overview = await runAnalysis<Overview>("overview");
    const kept = overview.narrative.claims.find((c) => c.id === "ratings.removed_recipes")!;
    expect(renderClaim(text, kept, "en")).toBe(
      "Ratings are kept whatever became of their recipe, since the rating analyses do not read it: of the 7 ratings, 4 for recipes analysed here and 3 for recipes the cleaning removed (5 distinct recipes rated in all)."
    );
    expect(renderClaim(text, kept, "fr")).toBe(
      "Les notes sont gardées quel que soit le sort de leur recette, que les analyses des notes ne lisent pas : sur les 7 notes, 4 pour des recettes analysées ici et 3 pour des recettes retirées par le nettoyage (5 recettes distinctes notées en tout)."
    );
  });
});
