/**
 * Snapshot of ratings_validation: why monthly means must be weighted. Monthly volumes, the weights √n, the spread
 * of monthly means with and without weights, and OLS against WLS fits of the monthly mean on calendar time.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {coverageSchema, monthlyParamsSchema, timeFitSchema} from "./_monthly.js";

const count = z.number().int().nonnegative();
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const band = z.object({lower: z.number(), upper: z.number()}).describe("Interval bounds, stars.");

/** Shape of snapshots/ratings_validation.json (weighted versus unweighted monthly analysis), checked by the pipeline and again by the site. */
export const schema = z.object({
  params: monthlyParamsSchema.extend({
    histogramBins: count.describe("Equal-width bins of the monthly-volume histogram."),
    cvDdof: z.literal(0).describe("Delta degrees of freedom of the volume CV: the kept months are the population."),
    cvHeterogeneous: z.number().positive().describe("CV of volumes from which volumes are called heterogeneous."),
    bandLevel: z.number().gt(0).lt(1).describe("Confidence level of the fits' bands and of the slopes' intervals.")
  }),
  coverage: coverageSchema,
  months: z
    .array(
      z.object({
        month: isoMonth.describe("Calendar month, YYYY-MM."),
        t: count.describe("Calendar months since the first kept month."),
        n: count.describe("Ratings in the month."),
        mean: z.number().min(1).max(5).describe("Mean rating, stars."),
        weight: z.number().positive().describe("Regression weight √n."),
        weightShare: z.number().positive().max(1).describe("weight / Σweight, a fraction (the normalised weight)."),
        olsBand: band.describe("The OLS line's confidence interval of the mean at this month, at params.bandLevel."),
        wlsBand: band.describe("The WLS line's confidence interval of the mean at this month, at params.bandLevel.")
      })
    )
    .min(3)
    .describe("Kept months in calendar order."),
  volumeHistogram: z
    .array(
      z.object({
        x0: z.number().describe("Lower edge, ratings per month (included)."),
        x1: z.number().describe("Upper edge, ratings per month (excluded, except for the last bin)."),
        months: count.describe("Kept months whose volume falls in the bin.")
      })
    )
    .describe("Histogram of kept monthly volumes, equal-width bins from the smallest to the largest volume."),
  volumes: z.object({
    mean: z.number().positive().describe("Mean ratings per kept month."),
    std: z.number().nonnegative().describe("Standard deviation of monthly volumes, ddof = params.cvDdof."),
    cv: z.number().nonnegative().describe("std / mean, a ratio."),
    min: count.describe("Smallest kept monthly volume."),
    max: count.describe("Largest kept monthly volume."),
    minMonth: isoMonth.describe("Month of the smallest volume (earliest on ties)."),
    maxMonth: isoMonth.describe("Month of the largest volume (earliest on ties)."),
    maxMinRatio: z.number().min(1).describe("max / min.")
  }),
  meanVariance: z
    .object({
      unweighted: z.number().nonnegative().describe("Sample variance (ddof 1) of the monthly means, stars²."),
      weighted: z
        .number()
        .nonnegative()
        .describe("Weighted variance of the monthly means with w = √n, reliability denominator Σw − Σw²/Σw, stars².")
    })
    .describe("Spread of monthly means; both reduce to the same value when all weights are equal."),
  ols: timeFitSchema.describe("Ordinary least squares of the monthly mean on calendar time."),
  wls: timeFitSchema.describe("Weighted least squares (w = √n) of the monthly mean on calendar time."),
  slopeBias: z
    .number()
    .nonnegative()
    .nullable()
    .describe(
      "|β_WLS − β_OLS| / |β_OLS|, a fraction; null when the OLS slope's 95 % interval holds zero or the slopes differ in sign."
    ),
  narrative: narrativeSchema
});

/** The weighted versus unweighted monthly analysis snapshot. */
export type RatingsValidation = z.infer<typeof schema>;
