/**
 * Schema pieces shared by the trends snapshots: a weighted linear fit against the year and the parameters every
 * trends method text quotes. Kept apart from the statistics so the site can import the shapes without the maths.
 */
import {z} from "zod";

/** A non-negative integer count (recipes, occurrences, years). */
export const count = z.number().int().nonnegative();

/** A calendar year as a number, for axes and filters. */
export const year = z.number().int().min(1900).max(2100);

/**
 * A calendar year as text: templates print it as it is, where a number would be digit-grouped (1,999).
 */
export const yearText = z.string().regex(/^\d{4}$/);

/** Direction of a trend at the significance level: up or down when p < α, flat otherwise. */
export const direction = z.enum(["up", "down", "flat"]);

/** A WLS fit of a yearly series on the year, weighted by the recipes of each year. */
export const fitSchema = z.object({
  slope: z.number().describe("Change of the series per year, in the series' unit per year."),
  intercept: z.number().describe("Fitted value at year 0, in the series' unit (only useful to draw the line)."),
  slopeStdErr: z.number().nonnegative().describe("Standard error of the slope, in the series' unit per year."),
  p: z.number().min(0).max(1).describe("Two-sided p-value of the slope's t-test against 0, on n − 2 df."),
  r2: z.number().max(1).describe("Weighted R² = 1 − Σw(y − ŷ)²/Σw(y − ȳ_w)², the reference's definition."),
  df: count.describe("Residual degrees of freedom, years − 2."),
  direction: direction.describe("up/down when p < alpha, flat otherwise."),
  change: z.number().describe("Fitted change from the first to the last year, slope·(last − first), series' unit.")
});

export type TrendFit = z.infer<typeof fitSchema>;

/**
 * The 95 % interval of a yearly mean (t on n − 1 df from the year's sample standard deviation) or of a yearly share
 * (Wilson), in the unit of the value; null for a year of one recipe, where a mean has no spread to build it from.
 */
export const yearInterval = z
  .object({lower: z.number(), upper: z.number()})
  .refine((ci) => ci.lower <= ci.upper, "lower bound above the upper bound")
  .nullable()
  .describe("95 % interval of the year's value; null for a year of one recipe.");

export type YearInterval = z.infer<typeof yearInterval>;

/** The level of the yearly intervals, in the params of each snapshot that draws them (legends quote it). */
export const intervalParams = {
  intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of the yearly intervals, e.g. 0.95.")
};

/** Parameters every trends analysis records: the period, its size and the significance level. */
export const periodParams = {
  alpha: z.number().gt(0).lt(1).describe("Significance level of every test of the analysis."),
  firstYear: yearText.describe("First year with recipes."),
  lastYear: yearText.describe("Last year with recipes."),
  years: count.describe("Years from the first to the last with at least one recipe."),
  recipes: count.describe("Recipes the analysis rests on.")
};
