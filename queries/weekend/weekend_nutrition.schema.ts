/** Snapshot of the weekend page's nutrition analysis: six nutrients, weekday against weekend, with Holm's correction. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {comparisonSchema, groupSchema} from "./_periodSchema.js";

/** The compared nutrients, in the reference's order (keys of LABELS). */
export const NUTRIENTS = [
  "calories",
  "protein_pct",
  "total_fat_pct",
  "sat_fat_pct",
  "sugar_pct",
  "sodium_pct"
] as const;

export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level, applied to raw and to Holm-adjusted p-values."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each period mean's interval, e.g. 0.95."),
    ciLevel: z.number().describe("Confidence level of the interval of each difference, 1 − alpha."),
    tests: z.number().int().positive().describe("Number of tests in the family Holm's correction covers.")
  }),
  nutrients: z
    .array(
      z.object({
        nutrient: z
          .enum(NUTRIENTS)
          .describe("Nutrient column: calories in kcal per serving, the others in % of the daily value per serving."),
        weekday: groupSchema,
        weekend: groupSchema,
        comparison: comparisonSchema,
        pHolm: z
          .number()
          .min(0)
          .max(1)
          .describe("Student's p-value after Holm's step-down correction over the family."),
        significantHolm: z.boolean().describe("pHolm < alpha: the difference survives the correction.")
      })
    )
    .length(NUTRIENTS.length)
    .describe("One entry per nutrient, in NUTRIENTS order."),
  counts: z.object({
    significantRaw: z.number().int().nonnegative().describe("Nutrients with Student's p < alpha, uncorrected."),
    significantHolm: z.number().int().nonnegative().describe("Nutrients with Holm-adjusted p < alpha.")
  }),
  largestGap: z
    .object({
      nutrient: z.enum(NUTRIENTS),
      diffPct: z.number().describe("(weekend − weekday) / weekday, as a fraction."),
      significantHolm: z.boolean()
    })
    .describe("The nutrient with the largest |diffPct| (ties: NUTRIENTS order)."),
  narrative: narrativeSchema
});

export type WeekendNutrition = z.infer<typeof schema>;
