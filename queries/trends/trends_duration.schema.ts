/**
 * Snapshot of preparation time per year: yearly mean, median and quantiles, the dispersion bands built from them,
 * WLS trends of the mean and the median, and the last year's dispersion.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {QUANTILE_KEYS} from "./_quantiles.js";
import {count, fitSchema, intervalParams, periodParams, year, yearInterval} from "./_schema.js";

const minutes = (what: string) => z.number().nonnegative().describe(`${what}, minutes.`);

export const schema = z.object({
  params: z.object({
    ...periodParams,
    ...intervalParams,
    defaultLowPercent: count.describe(
      "Lower percentile of the quoted band (25 → Q25; the interquartile range by default)."
    ),
    defaultHighPercent: count.describe("Upper percentile of the quoted band (75 → Q75).")
  }),
  perYear: z
    .array(
      z.object({
        year,
        recipes: count.describe("Recipes posted that year: the year's weight in the fits."),
        mean: minutes("Mean preparation time of the year's recipes"),
        intervals: z
          .object({mean: yearInterval})
          .describe("95 % t interval of the yearly mean, minutes (from the year's sample standard deviation)."),
        median: minutes("Median preparation time (linear interpolation)"),
        q05: minutes("5th percentile"),
        q10: minutes("10th percentile"),
        q25: minutes("25th percentile"),
        q33: minutes("33rd percentile"),
        q66: minutes("66th percentile"),
        q75: minutes("75th percentile"),
        q90: minutes("90th percentile"),
        q95: minutes("95th percentile")
      })
    )
    .min(3)
    .describe("Years with recipes, ascending; quantiles by linear interpolation (numpy's default)."),
  bands: z
    .array(
      z.object({
        key: z.string().describe("Band key, e.g. q25_q75."),
        low: z.enum(QUANTILE_KEYS).describe("perYear field of the lower bound."),
        high: z.enum(QUANTILE_KEYS).describe("perYear field of the upper bound."),
        lowPercent: count,
        highPercent: count,
        isDefault: z.boolean().describe("The band drawn first and quoted by `current` and the dispersion claim.")
      })
    )
    .describe("The dispersion bands the reader can pick, the reference's four."),
  fits: z
    .object({mean: fitSchema, median: fitSchema})
    .describe("WLS of the yearly mean and of the yearly median on the year, weights = recipes per year; min/year."),
  overallMean: minutes("Mean of all recipes (= the recipe-weighted mean of the yearly means)"),
  current: z
    .object({
      year,
      recipes: count,
      mean: minutes("Last year's mean"),
      median: minutes("Last year's median"),
      low: minutes("Last year's lower bound of the quoted band"),
      high: minutes("Last year's upper bound of the quoted band"),
      width: minutes("Width of the quoted band in the last year")
    })
    .describe("The last year with recipes: the reference's 'current' metrics."),
  narrative: narrativeSchema
});

export type TrendsDuration = z.infer<typeof schema>;
