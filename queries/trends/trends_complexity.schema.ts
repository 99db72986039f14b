/**
 * Snapshot of recipe complexity per year: the yearly means of the complexity score, steps and ingredients, the
 * score's spread, and a WLS trend of each mean on the year.
 */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {count, fitSchema, intervalParams, periodParams, year, yearInterval} from "./_schema.js";

export const schema = z.object({
  params: z.object({...periodParams, ...intervalParams}),
  perYear: z
    .array(
      z.object({
        year,
        recipes: count.describe("Recipes posted that year: the year's weight in the fits."),
        meanScore: z.number().describe("Mean complexity score, ln(1 + minutes) + steps + ½·ingredients, points."),
        stdScore: z
          .number()
          .nonnegative()
          .nullable()
          .describe("Sample standard deviation (ddof = 1) of the score; null for a year of one recipe."),
        meanSteps: z.number().nonnegative().describe("Mean number of steps."),
        meanIngredients: z.number().nonnegative().describe("Mean number of ingredients."),
        intervals: z
          .object({score: yearInterval, steps: yearInterval, ingredients: yearInterval})
          .describe("95 % t intervals of the three yearly means, keyed like `fits`.")
      })
    )
    .min(3)
    .describe("Years with recipes, ascending."),
  fits: z
    .object({score: fitSchema, steps: fitSchema, ingredients: fitSchema})
    .describe(
      "WLS of each yearly mean on the year, weights = recipes per year; slopes in points, steps, ingredients per year."
    ),
  narrative: narrativeSchema
});

export type TrendsComplexity = z.infer<typeof schema>;
