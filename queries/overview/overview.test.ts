import {describe, expect, it} from "vitest";

import {LOCALES, renderClaim} from "../../pipeline/narrative.js";
import {runAnalysis} from "../../test/analysis.js";
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
    expect(overview.peakYear).toEqual({year: 2006, recipes: 8});
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
    expect(renderClaim(text, overview.narrative.claims[3]!, "fr")).toBe(
      "2006 a été l'année la plus active, avec 8 recettes publiées, soit 24,2\u00a0% de toutes les recettes analysées."
    );
  });
});
