/** Snapshot of the overview: headline figures, the cleaning funnel, the rating histogram and recipes per year. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";

const count = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const funnelStep = z.object({
  rule: z.string().describe("Cleaning rule key (raw for the input row count)."),
  rowsAfter: count.describe("Rows left after the rule."),
  removed: count.describe("Rows the rule removed.")
});

export const schema = z.object({
  totals: z.object({
    recipes: count.describe("Recipes kept by the cleaning."),
    ratings: count.describe("Ratings 1–5 kept by the cleaning."),
    users: count.describe("Distinct users among kept ratings."),
    contributors: count.describe("Distinct contributors among kept recipes."),
    ratedRecipes: count.describe(
      "Distinct recipes among kept ratings, analysed or not: ratings are kept whatever became of their recipe."
    ),
    ratingsOfRecipes: count.describe("Kept ratings whose recipe is among the recipes analysed."),
    ratingsOfRemovedRecipes: count.describe(
      "Kept ratings whose recipe is in the recipes file but was removed by the cleaning."
    ),
    ratingsOfUnknownRecipes: count.describe("Kept ratings whose recipe id is absent from the recipes file."),
    meanRating: z.number().min(1).max(5).describe("Mean of kept ratings, stars."),
    firstRecipe: isoDate,
    lastRecipe: isoDate,
    firstRating: isoDate,
    lastRating: isoDate,
    years: count.describe("Calendar years with at least one kept recipe.")
  }),
  funnel: z.object({
    recipes: z.array(funnelStep).min(2),
    interactions: z.array(funnelStep).min(2)
  }),
  bounds: z.object({
    stepsLow: count,
    stepsHigh: count,
    ingredientsLow: count,
    ingredientsHigh: count
  }),
  ratingHistogram: z
    .array(z.object({rating: z.number().int().min(0).max(5), count}))
    .min(1)
    .describe("Raw ratings per star value, 0 = review without stars."),
  recipesPerYear: z
    .array(
      z.object({
        year: z.number().int(),
        recipes: count,
        complete: z
          .boolean()
          .describe(
            "The data's window, first to last recipe, spans the whole calendar year (January 1 to December 31)."
          )
      })
    )
    .min(1),
  peakYear: z
    .object({year: z.number().int(), recipes: count, complete: z.boolean()})
    .describe("Year with the most kept recipes (the earliest of tied years)."),
  narrative: narrativeSchema.describe("Headline and claims rendered by queries/overview/overview.text.ts.")
});

export type Overview = z.infer<typeof schema>;
