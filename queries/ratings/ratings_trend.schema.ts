/**
 * Snapshot of ratings_trend: the monthly mean rating on calendar time with its weighted trend, the monthly spread
 * of ratings, and whether ratings given in busier months differ.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {coverageSchema, monthlyParamsSchema, timeFitSchema} from "./_monthly.js";

const count = z.number().int().nonnegative();
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const linePoint = z.object({
  month: isoMonth.describe("Calendar month, YYYY-MM."),
  t: count.describe("Calendar months since the first kept month."),
  value: z.number().describe("Fitted mean rating, stars.")
});

/** Shape of snapshots/ratings_trend.json (monthly trend), checked by the pipeline and again by the site. */
export const schema = z.object({
  params: monthlyParamsSchema,
  coverage: coverageSchema,
  months: z
    .array(
      z.object({
        month: isoMonth.describe("Calendar month, YYYY-MM."),
        t: count.describe("Calendar months since the first kept month."),
        n: count.describe("Ratings in the month."),
        mean: z.number().min(1).max(5).describe("Mean rating, stars."),
        std: z.number().nonnegative().describe("Standard deviation of the month's ratings (ddof 1), stars."),
        median: z.number().min(1).max(5).describe("Median rating, stars.")
      })
    )
    .min(3)
    .describe("Kept months in calendar order; each month's regression weight is √n."),
  trend: timeFitSchema
    .extend({
      residualLag1: z
        .number()
        .min(-1)
        .max(1)
        .describe("Lag-1 autocorrelation of the weighted residuals √w·e between consecutive kept months."),
      residualLag1P: z
        .number()
        .min(0)
        .max(1)
        .describe("Two-sided p-value of residualLag1 against 0, normal approximation with variance 1/months.")
    })
    .describe("WLS (w = √n) of the monthly mean rating on calendar time."),
  trendLine: z
    .object({start: linePoint, end: linePoint})
    .describe("The trend's fitted values at the first and last kept months, to draw the line."),
  spread: z.object({
    weightedMeanStd: z
      .number()
      .nonnegative()
      .describe("Mean of the monthly standard deviations weighted by √n, stars."),
    minStd: z.number().nonnegative().describe("Smallest monthly standard deviation, stars."),
    maxStd: z.number().nonnegative().describe("Largest monthly standard deviation, stars.")
  }),
  volumeQuality: z
    .object({
      spearman: z
        .number()
        .min(-1)
        .max(1)
        .describe("Weighted Spearman: Pearson correlation, weighted by √n, of the unweighted average ranks."),
      slopePer1000: z.number().describe("WLS slope of the mean rating on volume, stars per 1,000 ratings."),
      intercept: z.number().describe("Fitted mean rating of a month with no ratings (extrapolated), stars."),
      slopeStdErr: z.number().nonnegative().describe("Standard error of slopePer1000."),
      p: z.number().min(0).max(1).describe("Two-sided p-value of the slope against 0."),
      r2: z.number().describe("Weighted R² of the fit."),
      df: count.describe("Residual degrees of freedom, months − 2.")
    })
    .describe("Monthly volume against monthly mean rating, over the kept months."),
  narrative: narrativeSchema
});

/** The monthly trend snapshot. */
export type RatingsTrend = z.infer<typeof schema>;
