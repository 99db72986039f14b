/**
 * Snapshot of ratings_seasonal: do ratings differ by season? Per-season summaries with confidence intervals, the
 * season × stars table, a one-way ANOVA and a Kruskal–Wallis test on every rating, with effect sizes.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {seasonSchema} from "./_seasons.js";
import {gapIntervalSchema, pickedGapFamilyShape} from "../_meanInterval.schema.js";

const count = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);
const stars = z.number().min(1).max(5);

/** Shape of snapshots/ratings_seasonal.json (seasonal variation), checked by the pipeline and again by the site. */
export const schema = z.object({
  params: z.object({
    alpha: z.number().gt(0).lt(1).describe("Significance level of the tests."),
    level: z.number().gt(0).lt(1).describe("Confidence level of the seasonal mean intervals."),
    ...pickedGapFamilyShape,
    topStars: z.number().int().describe("Top of the scale: shareFive counts these ratings."),
    lowStarsMax: z.number().int().describe("Highest low rating: shareTwoOrLess counts ratings up to it.")
  }),
  seasons: z
    .array(
      z.object({
        season: seasonSchema,
        n: count.describe("Ratings in the season."),
        mean: stars.describe("Mean rating, stars."),
        lower: z
          .number()
          .nullable()
          .describe("Lower end of the Student t interval of the mean, stars (null if n < 2)."),
        upper: z
          .number()
          .nullable()
          .describe("Upper end of the Student t interval of the mean, stars (null if n < 2)."),
        std: z
          .number()
          .nonnegative()
          .nullable()
          .describe("Standard deviation of ratings (ddof 1), stars (null if n < 2)."),
        median: stars.describe("Median rating, stars."),
        q25: stars.describe("First quartile (linear interpolation), stars."),
        q75: stars.describe("Third quartile (linear interpolation), stars."),
        shareFive: fraction.describe("Share of ratings of params.topStars stars, a fraction."),
        shareTwoOrLess: fraction.describe("Share of ratings of at most params.lowStarsMax stars, a fraction."),
        meanRank: z.number().positive().describe("Mean rank of the season's ratings among all ratings (ties averaged).")
      })
    )
    .min(2)
    .describe("Seasons with ratings, in calendar order (Winter first)."),
  distribution: z
    .array(
      z.object({
        season: seasonSchema,
        rating: z.number().int().min(1).max(5).describe("Stars."),
        count: count.describe("Ratings of the season with this many stars."),
        share: fraction.describe("count / the season's ratings, a fraction.")
      })
    )
    .describe("Season × stars table, every pair present (zeros included), seasons in calendar order."),
  anova: z.object({
    F: z.number().nonnegative(),
    dfBetween: count.describe("Seasons − 1."),
    dfWithin: count.describe("Ratings − seasons."),
    p: fraction.describe("Upper-tail p-value of F."),
    etaSquared: fraction.describe("Share of the variance of ratings explained by the season."),
    omegaSquared: z.number().describe("Less biased share of variance explained (may be below 0).")
  }),
  gapInterval: gapIntervalSchema
    .nullable()
    .describe(
      "Welch's interval of the gap between the best and the worst season's mean rating at params.pairLevel, so that it holds at params.level over every pair of seasons the two were picked from, stars (null when either holds a single rating)."
    ),
  kruskal: z.object({
    H: z.number().nonnegative().describe("Tie-corrected Kruskal–Wallis statistic."),
    df: count.describe("Seasons − 1."),
    p: fraction.describe("Upper-tail χ² p-value of H."),
    epsilonSquared: fraction.describe("Effect size ε² = H / (N − 1)."),
    tieTerm: z.number().nonnegative().describe("Σ(t³ − t) over the star values, t ratings each.")
  }),
  narrative: narrativeSchema
});

/** The seasonal variation snapshot. */
export type RatingsSeasonal = z.infer<typeof schema>;
