/** Snapshot of nutrition by season: means, medians and z-scores per nutrient, each with a Kruskal–Wallis test. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {kruskalSchema} from "./_significance.js";
import {seasonSchema} from "./_seasons.js";
import {gapIntervalSchema, meanIntervalSchema, pickedGapFamilyShape} from "../_meanInterval.schema.js";

/** Nutrient columns of the cleaned recipes, in display order; also LABELS keys. */
export const NUTRIENTS = [
  "calories",
  "total_fat_pct",
  "sugar_pct",
  "sodium_pct",
  "protein_pct",
  "sat_fat_pct"
] as const;

/** Zod schema of the nutrition-by-season snapshot; the pipeline and the site validate with it. */
export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the tests."),
    zDdof: z.literal(0).describe("Delta degrees of freedom of the z-scores' standard deviation (0, as the reference)."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each seasonal mean's interval, e.g. 0.95."),
    ...pickedGapFamilyShape
  }),
  nutrients: z
    .array(
      z.object({
        nutrient: z.enum(NUTRIENTS).describe("Nutrient column."),
        unit: z.enum(["kcal", "pdv"]).describe("kcal for calories; pdv = percent of the daily value for the others."),
        seasons: z
          .array(
            z.object({
              season: seasonSchema,
              n: z.number().int().positive().describe("Recipes posted in the season."),
              mean: z.number().describe("Mean per recipe, in the nutrient's unit."),
              interval: meanIntervalSchema.describe(
                "Student t interval of mean at params.intervalLevel, nutrient's unit."
              ),
              q25: z.number().describe("First quartile (linear interpolation), in the nutrient's unit."),
              median: z.number().describe("Median per recipe (linear interpolation), in the nutrient's unit."),
              q75: z.number().describe("Third quartile (linear interpolation), in the nutrient's unit."),
              z: z.number().describe("(mean − mean of the seasonal means) / their std (ddof = zDdof), unitless."),
              deviation: z
                .number()
                .describe("mean / mean of the seasonal means − 1, fraction: the gap's true size, which z hides.")
            })
          )
          .min(2)
          .describe("Seasons with recipes, Winter, Spring, Summer, Autumn."),
        highest: seasonSchema.describe("Season with the highest mean."),
        lowest: seasonSchema.describe("Season with the lowest mean."),
        kruskal: kruskalSchema.describe("Kruskal–Wallis test of equal distributions across seasons.")
      })
    )
    .length(NUTRIENTS.length)
    .describe("One entry per nutrient, calories first."),
  significantCount: z.number().int().nonnegative().describe("Nutrients whose seasons differ at α."),
  calorieGapInterval: gapIntervalSchema.describe(
    "Welch's interval of the gap between the most and the least caloric season's means at params.pairLevel, so that it holds at params.intervalLevel over every pair of seasons the two were picked from, kcal per serving."
  ),
  narrative: narrativeSchema
});

/** The nutrition-by-season snapshot. */
export type SeasonalityNutrition = z.infer<typeof schema>;
