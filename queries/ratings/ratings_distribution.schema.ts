/**
 * Snapshot of ratings_distribution: the typical rating with honest confidence intervals (monthly and row-level),
 * how stable the monthly means are, and the histogram of stars.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {coverageSchema, monthlyParamsSchema} from "./_monthly.js";

const count = z.number().int().nonnegative();
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);
const stars = z.number().min(1).max(5);
const fraction = z.number().min(0).max(1);

/** Shape of snapshots/ratings_distribution.json (rating distribution and stability), checked by the pipeline and again by the site. */
export const schema = z.object({
  params: monthlyParamsSchema.extend({
    level: z.number().gt(0).lt(1).describe("Confidence level of the intervals, e.g. 0.95."),
    topStars: z.number().int().describe("Top of the scale: shares.five counts these ratings."),
    lowStarsMax: z.number().int().describe("Highest low rating: shares.twoOrLess counts ratings up to it.")
  }),
  coverage: coverageSchema,
  months: z
    .array(
      z.object({
        month: isoMonth.describe("Calendar month, YYYY-MM."),
        t: count.describe("Calendar months since the first kept month."),
        n: count.describe("Ratings in the month."),
        mean: stars.describe("Mean rating, stars.")
      })
    )
    .min(3)
    .describe("Kept months in calendar order."),
  weighted: z
    .object({
      mean: stars.describe("Mean of the monthly means weighted by √n, stars."),
      std: z.number().nonnegative().describe("Weighted standard deviation of the monthly means (reliability), stars."),
      nEff: z.number().positive().describe("Kish effective number of months (Σw)²/Σw²."),
      halfWidth: z.number().nonnegative().describe("t quantile on nEff − 1 df × std / √nEff, stars."),
      lower: z.number().describe("mean − halfWidth, stars."),
      upper: z.number().describe("mean + halfWidth, stars."),
      months: count.describe("Kept months averaged.")
    })
    .describe("Weighted mean of monthly means with its Kish-t interval: months are the sampling units."),
  rowLevel: z
    .object({
      n: count.describe("Ratings, all months."),
      mean: stars.describe("Mean of all ratings, stars."),
      std: z.number().nonnegative().describe("Sample standard deviation of all ratings (ddof 1), stars."),
      halfWidth: z.number().nonnegative().describe("t quantile on n − 1 df × std / √n, stars."),
      lower: z.number().describe("mean − halfWidth, stars."),
      upper: z.number().describe("mean + halfWidth, stars.")
    })
    .describe("Plain mean of every rating with its Student t interval: ratings are the sampling units."),
  histogram: z
    .array(
      z.object({
        rating: z.number().int().min(1).max(5).describe("Stars."),
        count: count.describe("Ratings with this many stars, all months."),
        share: fraction.describe("count / all ratings, a fraction.")
      })
    )
    .length(5),
  shares: z.object({
    five: fraction.describe("Share of ratings of params.topStars stars, a fraction."),
    twoOrLess: fraction.describe("Share of ratings of at most params.lowStarsMax stars, a fraction.")
  }),
  stability: z
    .object({
      min: stars.describe("Lowest monthly mean, stars."),
      max: stars.describe("Highest monthly mean, stars."),
      minMonth: isoMonth.describe("Month of the lowest mean (earliest on ties)."),
      maxMonth: isoMonth.describe("Month of the highest mean (earliest on ties)."),
      range: z.number().nonnegative().describe("max − min, stars."),
      anovaF: z.number().nonnegative().describe("One-way ANOVA F of ratings across kept months."),
      anovaP: fraction.describe("Upper-tail p-value of anovaF."),
      dfBetween: count.describe("Kept months − 1."),
      dfWithin: count.describe("Ratings in kept months − kept months."),
      etaSquared: fraction.describe("Share of the variance of ratings explained by the month."),
      omegaSquared: z.number().describe("Less biased share of variance explained (may be below 0).")
    })
    .describe("Do monthly means differ more than sampling noise would make them?"),
  narrative: narrativeSchema
});

/** The rating distribution and stability snapshot. */
export type RatingsDistribution = z.infer<typeof schema>;
