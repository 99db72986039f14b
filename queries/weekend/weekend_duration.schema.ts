/** Snapshot of the weekend page's duration analysis: preparation minutes of weekday and weekend recipes. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {comparisonSchema, groupSchema, periodSchema} from "./_periodSchema.js";

const minutes = (what: string) => z.number().describe(`${what}, minutes.`);
const count = z.number().int().nonnegative();

export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the t-tests; intervals are at 1 − alpha."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each period mean's interval, e.g. 0.95."),
    ciLevel: z.number().describe("Confidence level of the interval of the difference, 1 − alpha."),
    whiskerIqr: z.number().describe("Tukey's fences lie this many IQRs beyond the quartiles.")
  }),
  periods: z
    .array(
      groupSchema.extend({
        period: periodSchema,
        median: minutes("Median (linear interpolation)"),
        q25: minutes("25th percentile (linear interpolation)"),
        q75: minutes("75th percentile (linear interpolation)"),
        iqr: minutes("Interquartile range q75 − q25"),
        min: minutes("Shortest recipe"),
        max: minutes("Longest recipe"),
        lowerFence: minutes("q25 − whiskerIqr·IQR"),
        upperFence: minutes("q75 + whiskerIqr·IQR"),
        whiskerLow: minutes("Lowest value at or above the lower fence: the lower whisker's end"),
        whiskerHigh: minutes("Highest value at or below the upper fence: the upper whisker's end"),
        outliersBelow: count.describe("Recipes below the lower fence."),
        outliersAbove: count.describe("Recipes above the upper fence.")
      })
    )
    .length(2)
    .describe("Weekday then weekend: moments, quartiles and Tukey box-plot elements of minutes."),
  comparison: comparisonSchema.describe("Weekend − weekday mean minutes: t-tests, interval and Cohen's d."),
  narrative: narrativeSchema
});

export type WeekendDuration = z.infer<typeof schema>;
