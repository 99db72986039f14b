/**
 * Snapshot of the recipe volume per year: the yearly counts, their summary statistics, a Shapiro–Wilk description,
 * the peak and whether the series rises then falls.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {count, periodParams, year} from "./_schema.js";

export const schema = z.object({
  params: z.object({
    ...periodParams,
    ddof: z.literal(1).describe("Delta degrees of freedom of the standard deviation: n − 1 in the denominator."),
    monotoneRho: z
      .number()
      .gt(0)
      .lte(1)
      .describe("Least |Spearman ρ| of year against recipes on each side of the peak for a rise-then-fall shape."),
    minSideYears: count.describe("Least years on each side of the peak, the peak included, for a rise-then-fall.")
  }),
  perYear: z
    .array(
      z.object({
        year,
        recipes: count.describe("Recipes posted that year (0 for a year without any)."),
        complete: z
          .boolean()
          .describe(
            "The data's window, first to last recipe, spans the whole calendar year (January 1 to December 31)."
          )
      })
    )
    .min(3)
    .describe("Every year from the first to the last, ascending: the browser recomputes the statistics from it."),
  summary: z
    .object({
      min: count,
      q1: z.number().describe("25th percentile of the yearly counts (numpy linear), recipes."),
      median: z.number().describe("Median of the yearly counts, recipes."),
      mean: z.number().describe("Mean recipes per year."),
      q3: z.number().describe("75th percentile of the yearly counts (numpy linear), recipes."),
      max: count,
      std: z.number().nonnegative().describe("Standard deviation of the yearly counts with ddof = 1, recipes."),
      cv: z.number().nonnegative().describe("Coefficient of variation std/mean, a ratio (not %).")
    })
    .describe("Summary of the yearly counts, one value per year."),
  shapiro: z.object({
    W: z.number().gt(0).lte(1).describe("Shapiro–Wilk statistic."),
    p: z.number().min(0).max(1).describe("Shapiro–Wilk p-value; below alpha the counts are not normal."),
    normal: z.boolean().describe("True when p ≥ alpha: normality is not rejected.")
  }),
  peak: z.object({
    year: year.describe("The busiest year; the earliest of tied years (the claims name them all)."),
    recipes: count,
    share: z.number().min(0).max(1).describe("Peak year's recipes over all recipes, a fraction.")
  }),
  shape: z.object({
    riseRho: z
      .number()
      .nullable()
      .describe("Spearman ρ of year vs recipes from the first year to the peak; null if too few years."),
    fallRho: z
      .number()
      .nullable()
      .describe("Spearman ρ of year vs recipes from the peak to the last year; null if too few years or constant."),
    riseFall: z.boolean().describe("Interior peak with riseRho ≥ monotoneRho and fallRho ≤ −monotoneRho.")
  }),
  narrative: narrativeSchema
});

export type TrendsVolume = z.infer<typeof schema>;
