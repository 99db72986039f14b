/**
 * Snapshot of ratings_seasonal_volume: how ratings spread over the four seasons, against what the number of days
 * in each season would predict.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {seasonSchema} from "./_seasons.js";

const count = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);

/** Shape of snapshots/ratings_seasonal_volume.json (seasonal volume), checked by the pipeline and again by the site. */
export const schema = z.object({
  params: z.object({
    alpha: z.number().gt(0).lt(1).describe("Significance level of the χ² test."),
    cvDdof: z.literal(0).describe("Delta degrees of freedom of the CV of the season counts (the reference's np.std).")
  }),
  seasons: z
    .array(
      z.object({
        season: seasonSchema,
        days: count.describe("Calendar days of the season between the first and the last rating."),
        n: count.describe("Ratings in the season."),
        share: fraction.describe("n / all ratings, a fraction."),
        expectedShare: fraction.describe("days / all days: the share if ratings arrived at a constant daily rate."),
        ratingsPerDay: z.number().nonnegative().describe("n / days."),
        mean: z.number().min(1).max(5).nullable().describe("Mean rating, stars; null without ratings."),
        std: z
          .number()
          .nonnegative()
          .nullable()
          .describe("Standard deviation of ratings (ddof 1), stars; null if n < 2."),
        users: count.describe("Distinct users who rated in the season."),
        recipes: count.describe("Distinct recipes rated in the season.")
      })
    )
    .min(2)
    .describe("Seasons in calendar order, Winter first."),
  total: count.describe("All ratings."),
  cv: z.number().nonnegative().describe("Coefficient of variation of the season counts (std with ddof params.cvDdof)."),
  maxMinRatio: z
    .number()
    .min(1)
    .nullable()
    .describe(
      "Highest / lowest ratings per day of the season (the day-adjusted measure the headline judges); null if a season has none."
    ),
  chiSquare: z
    .object({
      chi2: z.number().nonnegative().describe("Pearson χ² of the counts against N × expectedShare."),
      df: count.describe("Seasons − 1."),
      p: fraction.describe("Upper-tail p-value."),
      cohenW: z.number().nonnegative().describe("Effect size w = √(χ² / N), unitless.")
    })
    .describe("Goodness of fit of the season counts to the days each season covers."),
  narrative: narrativeSchema
});

/** The seasonal volume snapshot. */
export type RatingsSeasonalVolume = z.infer<typeof schema>;
