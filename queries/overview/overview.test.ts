import {describe, expect, it} from "vitest";

import {runAnalysis} from "../../test/analysis.js";
import {EXPECTED_INTERACTION_FUNNEL, EXPECTED_RECIPE_FUNNEL} from "../../test/fixtures.js";
import type {Overview} from "./overview.schema.js";

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
  });
});
