/** Snapshot of the seasonal volume: recipes per season, against a uniform split and against calendar days. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {effectSchema} from "./_significance.js";
import {seasonSchema} from "./_seasons.js";
import {shareIntervalSchema} from "../_shareInterval.schema.js";

const count = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const goodnessOfFit = z.object({
  chi2: z.number().nonnegative().describe("Pearson χ² goodness-of-fit statistic (scipy.stats.chisquare)."),
  df: z.number().int().positive().describe("Degrees of freedom: seasons − 1."),
  p: z.number().min(0).max(1).describe("Upper-tail χ²(df) p-value."),
  w: z.number().nonnegative().describe("Cohen's w = √(χ² / N), unitless effect size."),
  effect: effectSchema.describe("Band of w: 0.1 / 0.3 / 0.5 thresholds."),
  significant: z.boolean().describe("p < α: the observed split departs from the expected one.")
});

/** Zod schema of the seasonal volume snapshot; the pipeline and the site validate with it. */
export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the tests."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each share's Wilson interval, e.g. 0.95."),
    firstDate: isoDate.describe("First posting date of the period, UTC date."),
    lastDate: isoDate.describe("Last posting date of the period, UTC date.")
  }),
  total: count.describe("Recipes in the period."),
  meanPerSeason: z.number().describe("Mean of the four seasonal counts, recipes."),
  stdPerSeason: z
    .number()
    .nonnegative()
    .describe(
      "Standard deviation of the four seasonal counts (ddof = 0, the population one: the seasons are described for themselves), recipes."
    ),
  cv: z.number().nonnegative().describe("Coefficient of variation of the four counts, std / mean, ratio."),
  seasons: z
    .array(
      z.object({
        season: seasonSchema,
        recipes: count.describe("Recipes posted in the season, all years pooled."),
        share: fraction.describe("Fraction of all recipes."),
        shareInterval: shareIntervalSchema.describe("Wilson interval of share at params.intervalLevel, fractions."),
        deviation: z.number().describe("recipes / meanPerSeason − 1, fraction (the reference's deviation %)."),
        days: count.describe("Calendar days of the season between firstDate and lastDate, both included."),
        dayShare: fraction.describe("Fraction of the period's calendar days."),
        expected: z.number().nonnegative().describe("Recipes expected in proportion to days: total · dayShare."),
        excess: z.number().describe("recipes / expected − 1, fraction: above (+) or below (−) the day-adjusted count."),
        perDay: z.number().nonnegative().describe("Recipes per calendar day of the season.")
      })
    )
    .length(4)
    .describe("One row per season, Winter, Spring, Summer, Autumn."),
  uniform: goodnessOfFit.describe("χ² against equal counts in every season (the reference's test)."),
  dayAdjusted: goodnessOfFit.describe("χ² against counts proportional to each season's calendar days (the headline)."),
  byYear: z
    .array(
      z.object({
        year: z.number().int(),
        season: seasonSchema,
        recipes: count.describe("Recipes posted in this season of this calendar year."),
        days: count.describe("Days of this season of this calendar year inside the period."),
        relativeRate: z
          .number()
          .nonnegative()
          .nullable()
          .describe(
            "Recipes per day in the season / recipes per day in the year, ratio (1 = the year's pace); null when the year has no recipe."
          ),
        complete: z.boolean().describe("The whole calendar year lies inside the period.")
      })
    )
    .describe("Season × calendar year (winter = Jan, Feb and Dec of the year), by year then season."),
  narrative: narrativeSchema
});

/** The seasonal volume snapshot. */
export type SeasonalityVolume = z.infer<typeof schema>;
