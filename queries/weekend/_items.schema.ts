/**
 * Zod schema shared by the weekend ingredients and tags snapshots: every item's 2×2 weekday/weekend table is tested
 * in the step, and only the counts and the strongest items on each side are published.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {shareIntervalSchema} from "../_shareInterval.schema.js";
import {effectSchema} from "./_periodSchema.js";

const count = z.number().int().nonnegative();
const share = (what: string) => z.number().min(0).max(1).describe(`${what}, fraction of recipes (0.05 = 5 %).`);

/** One item (ingredient or tag) with its 2×2 table and χ² test. */
export const periodItemSchema = z
  .object({
    item: z.string().describe("Item as cleaned: lower-cased, trimmed."),
    weekdayWith: count.describe("Weekday recipes listing the item."),
    weekendWith: count.describe("Weekend recipes listing the item."),
    weekdayShare: share("weekdayWith / weekday recipes"),
    weekendShare: share("weekendWith / weekend recipes"),
    weekdayShareInterval: shareIntervalSchema.describe("Wilson interval of weekdayShare at params.intervalLevel."),
    weekendShareInterval: shareIntervalSchema.describe("Wilson interval of weekendShare at params.intervalLevel."),
    meanShare: share("(weekdayShare + weekendShare) / 2"),
    deltaPp: z
      .number()
      .describe("Weekend share − weekday share, in percentage points (+0.35 = 0.35 pp more at the weekend)."),
    deltaLowerPp: z
      .number()
      .describe(
        "Lower bound of deltaPp's Newcombe hybrid score interval at params.intervalLevel (from the two Wilson intervals), in percentage points; one item's interval, not adjusted for the counts.tested tests."
      ),
    deltaUpperPp: z
      .number()
      .describe(
        "Upper bound of deltaPp's Newcombe interval at params.intervalLevel, in percentage points (as deltaLowerPp)."
      ),
    chi2: z.number().nonnegative().describe("Pearson χ² of the 2×2 table with Yates' correction (scipy's default)."),
    p: z.number().min(0).max(1).describe("p-value of the χ² test, 1 df (1 when the item is in every recipe)."),
    pAdjusted: z.number().min(0).max(1).describe("Holm-adjusted p over every tested item (counts.tested tests)."),
    phi: z.number().min(-1).max(1).describe("Signed phi coefficient: positive when the item leans to the weekend."),
    effect: effectSchema
  })
  .refine((d) => d.deltaLowerPp <= d.deltaPp && d.deltaPp <= d.deltaUpperPp, "deltaPp outside its interval");

export type PeriodItem = z.infer<typeof periodItemSchema>;

export const periodItemsSchema = z.object({
  params: z.object({
    minMeanShare: z.number().describe("Filter: meanShare ≥ this fraction."),
    minAbsDeltaPp: z.number().describe("Filter: |deltaPp| ≥ this many percentage points."),
    alpha: z.number().describe("Filter: Holm-adjusted p < alpha."),
    correction: z.literal("holm").describe("Multiple-testing correction over the tested items: Holm's step-down."),
    topN: z.number().int().positive().describe("Items published on each side, by |deltaPp|."),
    intervalLevel: z
      .number()
      .gt(0)
      .lt(1)
      .describe("Confidence level of each share's Wilson interval and of each gap's Newcombe interval, e.g. 0.95.")
  }),
  totals: z.object({
    weekdayRecipes: count.describe("Recipes posted Monday–Friday."),
    weekendRecipes: count.describe("Recipes posted Saturday–Sunday.")
  }),
  counts: z.object({
    distinct: count.describe("Distinct items in the recipes."),
    frequent: count.describe("Items passing the share filter."),
    tested: count.describe("Items passing the share filter, all χ²-tested: the family Holm's correction covers."),
    passing: count.describe("Tested items with a Holm-adjusted p < alpha and |deltaPp| ≥ minAbsDeltaPp."),
    moreAtWeekend: count.describe("Passing items with deltaPp > 0."),
    moreOnWeekdays: count.describe("Passing items with deltaPp < 0.")
  }),
  moreAtWeekend: z
    .array(periodItemSchema)
    .describe("Up to topN passing items with the largest positive deltaPp, largest first (ties by name)."),
  moreOnWeekdays: z
    .array(periodItemSchema)
    .describe("Up to topN passing items with the most negative deltaPp, most negative first (ties by name)."),
  narrative: narrativeSchema
});

export type PeriodItems = z.infer<typeof periodItemsSchema>;
