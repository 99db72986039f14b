/** Snapshot of the weekend page's volume analysis: recipes per weekday, per period and per calendar day. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {shareIntervalSchema} from "../_shareInterval.schema.js";
import {effectSchema, periodSchema} from "./_periodSchema.js";

const count = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const dayKey = z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the goodness-of-fit test."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each share's Wilson interval, e.g. 0.95."),
    firstDay: isoDate.describe("Earliest submission date: first calendar day of the range."),
    lastDay: isoDate.describe("Latest submission date: last calendar day of the range."),
    calendarDays: count.describe("Calendar days from firstDay to lastDay, both included."),
    recipes: count.describe("Recipes analysed."),
    weekdayDays: count.describe("Days per week in the weekday period (Monday–Friday)."),
    weekendDays: count.describe("Days per week in the weekend period (Saturday–Sunday).")
  }),
  days: z
    .array(
      z.object({
        weekday: z.number().int().min(1).max(7).describe("ISO weekday, 1 = Monday … 7 = Sunday."),
        key: dayKey.describe("LABELS key of the day."),
        period: periodSchema,
        recipes: count.describe("Recipes posted on this weekday."),
        calendarDays: count.describe("Occurrences of this weekday in the date range."),
        recipesPerDay: z.number().nonnegative().describe("recipes / calendarDays: recipes per occurrence of the day."),
        share: z.number().min(0).max(1).describe("Fraction of all recipes posted on this weekday."),
        shareInterval: shareIntervalSchema.describe("Wilson interval of share at params.intervalLevel, fractions."),
        deviation: z.number().describe("(recipes − mean of the 7 day counts) / that mean, as a fraction."),
        expected: z
          .number()
          .nonnegative()
          .describe("Recipes expected if postings were spread evenly over calendar days.")
      })
    )
    .length(7)
    .describe("One row per ISO weekday, Monday first."),
  dayMean: z.number().nonnegative().describe("Mean of the 7 day counts, recipes: the zero line of the deviations."),
  periods: z
    .array(
      z.object({
        period: periodSchema,
        recipes: count.describe("Recipes posted in the period."),
        share: z.number().min(0).max(1).describe("Fraction of all recipes."),
        shareInterval: shareIntervalSchema.describe("Wilson interval of share at params.intervalLevel, fractions."),
        calendarDays: count.describe("Calendar days of the period inside the date range."),
        recipesPerDay: z.number().nonnegative().describe("recipes / calendarDays: recipes per calendar day.")
      })
    )
    .length(2)
    .describe("Weekday then weekend."),
  perDayRatio: z
    .number()
    .positive()
    .describe("Weekday recipes per calendar day ÷ weekend recipes per calendar day (2 = twice as many)."),
  goodnessOfFit: z
    .object({
      chi2: z.number().nonnegative().describe("Pearson χ² of the 7 day counts against calendar-day proportions."),
      df: z.number().int().positive(),
      p: z.number().min(0).max(1),
      cohenW: z.number().nonnegative().describe("Cohen's w = √(χ²/N), unitless."),
      effect: effectSchema,
      significant: z.boolean().describe("p < alpha: the days are not used evenly.")
    })
    .describe("χ² goodness of fit: are recipes spread over the weekdays in proportion to their calendar days?"),
  narrative: narrativeSchema
});

export type WeekendVolume = z.infer<typeof schema>;
