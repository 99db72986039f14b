/** Snapshot of preparation time by season: summaries, box-plot statistics and a Kruskal–Wallis test. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {kruskalSchema} from "./_significance.js";
import {seasonSchema} from "./_seasons.js";
import {gapIntervalSchema, meanIntervalSchema, pickedGapFamilyShape} from "../_meanInterval.schema.js";

const count = z.number().int().nonnegative();
const minutes = z.number().nonnegative();

/** Zod schema of the preparation-time-by-season snapshot; the pipeline and the site validate with it. */
export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the test."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each seasonal mean's interval, e.g. 0.95."),
    ...pickedGapFamilyShape,
    whiskerIqr: z.number().describe("Tukey's whisker reach, in IQRs beyond the quartiles.")
  }),
  seasons: z
    .array(
      z.object({
        season: seasonSchema,
        n: count.describe("Recipes posted in the season."),
        mean: minutes.describe("Mean preparation time, minutes."),
        interval: meanIntervalSchema.describe("Student t interval of the mean at params.intervalLevel, minutes."),
        median: minutes.describe("Median, minutes (linear interpolation, numpy's default)."),
        q25: minutes.describe("First quartile, minutes."),
        q75: minutes.describe("Third quartile, minutes."),
        iqr: minutes.describe("q75 − q25, minutes."),
        whiskerLow: minutes.describe("Lowest value ≥ q25 − whiskerIqr·IQR, minutes."),
        whiskerHigh: minutes.describe("Highest value ≤ q75 + whiskerIqr·IQR, minutes."),
        outliersLow: count.describe("Recipes below the lower whisker."),
        outliersHigh: count.describe("Recipes above the upper whisker."),
        min: minutes.describe("Shortest preparation time, minutes."),
        max: minutes.describe("Longest preparation time, minutes.")
      })
    )
    .min(2)
    .describe("One row per season with recipes, in the order Winter, Spring, Summer, Autumn."),
  overallMean: minutes.describe("Mean preparation time of all recipes, minutes."),
  gap: minutes.describe("Highest seasonal mean − lowest seasonal mean, minutes."),
  gapInterval: gapIntervalSchema.describe(
    "Welch's interval of the gap (the two seasons' means, unequal variances) at params.pairLevel, so that it holds at params.intervalLevel over every pair of seasons the two were picked from, minutes."
  ),
  kruskal: kruskalSchema.describe("Kruskal–Wallis test of equal distributions of minutes across seasons."),
  narrative: narrativeSchema
});

/** The preparation-time-by-season snapshot. */
export type SeasonalityDuration = z.infer<typeof schema>;
