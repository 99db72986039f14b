/**
 * Snapshot of nutrition per year: the yearly means of calories, carbohydrates, fat and protein, a WLS trend of each
 * on the year, and whether all four fell.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {count, fitSchema, intervalParams, periodParams, year, yearInterval} from "./_schema.js";

/** The four nutrients, by their column (and LABELS key) in the cleaned recipes. */
export const NUTRIENTS = ["calories", "carb_pct", "total_fat_pct", "protein_pct"] as const;

export type Nutrient = (typeof NUTRIENTS)[number];

const pdv = (what: string) =>
  z.number().describe(`Mean ${what} per serving (as Food.com publishes it), percent of the daily value.`);

export const schema = z.object({
  params: z.object({
    ...periodParams,
    ...intervalParams,
    measures: count.describe("Nutrition measures tested (all four must fall for the 'lighter' headline).")
  }),
  perYear: z
    .array(
      z.object({
        year,
        recipes: count.describe("Recipes posted that year: the year's weight in the fits."),
        calories: z.number().describe("Mean calories per serving (as Food.com publishes them), kcal."),
        carb_pct: pdv("carbohydrates"),
        total_fat_pct: pdv("total fat"),
        protein_pct: pdv("protein"),
        intervals: z
          .object({
            calories: yearInterval,
            carb_pct: yearInterval,
            total_fat_pct: yearInterval,
            protein_pct: yearInterval
          })
          .describe("95 % t intervals of the four yearly means, keyed like `fits`.")
      })
    )
    .min(3)
    .describe("Years with recipes, ascending; nutrient fields are named by their column (a LABELS key)."),
  fits: z
    .object({calories: fitSchema, carb_pct: fitSchema, total_fat_pct: fitSchema, protein_pct: fitSchema})
    .describe("WLS of each yearly mean on the year, weights = recipes per year; kcal or %DV points per year."),
  lighter: z.boolean().describe("True when all four slopes are negative and significant at alpha."),
  narrative: narrativeSchema
});

export type TrendsNutrition = z.infer<typeof schema>;
