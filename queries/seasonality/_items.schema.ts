/**
 * The snapshot shape shared by the seasonal ingredients and seasonal tags analyses: the items whose share of
 * recipes varies most between seasons, with a χ² test of independence each.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {effectSchema} from "./_significance.js";
import {shareIntervalSchema} from "../_shareInterval.schema.js";
import {seasonSchema} from "./_seasons.js";

const count = z.number().int().nonnegative();
const fraction = z.number().min(0).max(1);

/** Zod schema of a seasonal-items snapshot (ingredients or tags). */
export const seasonalItemsSchema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the χ² tests."),
    minMeanShare: fraction.describe(
      "Filter: an item's mean share over the seasons must reach this fraction of recipes."
    ),
    minRange: fraction.describe(
      "Filter: its highest − lowest seasonal share must reach this fraction (0.005 = 0.5 pp)."
    ),
    topN: count.describe("How many of the visible items are shown, by CV."),
    correction: z.literal("holm").describe("Multiple-testing correction over every tested item: Holm's step-down."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each share's Wilson interval, e.g. 0.95.")
  }),
  seasons: z
    .array(z.object({season: seasonSchema, recipes: count.describe("Recipes posted in the season.")}))
    .min(2)
    .describe("Season totals, the denominators of the shares."),
  distinctItems: count.describe("Distinct items over all recipes."),
  keptItems: count.describe("Tested items whose range also reaches minRange (the visible ones)."),
  testedItems: count.describe("Items passing the share filter, all χ²-tested: the family Holm's correction covers."),
  items: z
    .array(
      z.object({
        rank: z.number().int().positive().describe("1 = highest CV."),
        item: z.string().describe("Item as cleaned (lower-case, trimmed)."),
        meanShare: fraction.describe("Mean of the seasonal shares, fraction of recipes."),
        std: z
          .number()
          .nonnegative()
          .describe("Standard deviation of the seasonal shares (ddof = 0, the population one), fraction."),
        cv: z.number().nonnegative().describe("std / meanShare, ratio."),
        range: fraction.describe("Highest − lowest seasonal share, fraction of recipes."),
        peak: seasonSchema.describe("Season with the highest share."),
        trough: seasonSchema.describe("Season with the lowest share."),
        shares: z
          .array(
            z.object({
              season: seasonSchema,
              recipes: count.describe("Recipes of the season containing the item."),
              share: fraction.describe("recipes / the season's recipes."),
              interval: shareIntervalSchema.describe("Wilson interval of share at params.intervalLevel.")
            })
          )
          .min(2)
          .describe("Per season, in season order."),
        chi2: z
          .number()
          .nonnegative()
          .describe("χ² of independence of season × contains the item (no continuity correction)."),
        df: z.number().int().positive().describe("(seasons − 1) × (2 − 1)."),
        p: z.number().min(0).max(1).describe("Upper-tail χ²(df) p-value (1 when the item is in every recipe)."),
        pAdjusted: z.number().min(0).max(1).describe("Holm-adjusted p over the testedItems tests."),
        cramersV: fraction.describe("Cramér's V = √(χ² / N), unitless."),
        effect: effectSchema.describe(
          "Band of V: 0.1 / 0.3 / 0.5 thresholds (one degree of freedom in the smaller dimension)."
        ),
        significant: z.boolean().describe("pAdjusted < α.")
      })
    )
    .describe("Top items by CV, descending (ties by name)."),
  significantCount: count.describe("Shown items whose Holm-adjusted p is below α."),
  narrative: narrativeSchema
});

/** A seasonal-items snapshot. */
export type SeasonalItems = z.infer<typeof seasonalItemsSchema>;
