/** Snapshot of recipe complexity by season: score, steps and ingredients, each with a Kruskal–Wallis test. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {kruskalSchema} from "./_significance.js";
import {seasonSchema} from "./_seasons.js";
import {gapIntervalSchema, meanIntervalSchema, pickedGapFamilyShape} from "../_meanInterval.schema.js";

const score = z.number().describe("Complexity score: ln(1 + minutes) + steps + 0.5 · ingredients, unitless.");
const steps = z.number().nonnegative().describe("Steps per recipe.");
const ingredients = z.number().nonnegative().describe("Ingredients per recipe.");

/** Zod schema of the complexity-by-season snapshot; the pipeline and the site validate with it. */
export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the tests."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each seasonal mean's interval, e.g. 0.95."),
    ...pickedGapFamilyShape
  }),
  seasons: z
    .array(
      z.object({
        season: seasonSchema,
        n: z.number().int().positive().describe("Recipes posted in the season."),
        scoreMean: score,
        scoreMedian: score,
        scoreStd: z.number().nonnegative().describe("Standard deviation of the score (ddof = 1)."),
        scoreQ25: score,
        scoreQ75: score,
        stepsMean: steps,
        stepsMedian: steps,
        ingredientsMean: ingredients,
        ingredientsMedian: ingredients,
        scoreInterval: meanIntervalSchema.describe("Student t interval of scoreMean at params.intervalLevel."),
        stepsInterval: meanIntervalSchema.describe("Student t interval of stepsMean at params.intervalLevel."),
        ingredientsInterval: meanIntervalSchema.describe(
          "Student t interval of ingredientsMean at params.intervalLevel."
        )
      })
    )
    .min(2)
    .describe("One row per season with recipes, Winter, Spring, Summer, Autumn; quantiles interpolated linearly."),
  kruskal: z
    .object({
      score: kruskalSchema,
      steps: kruskalSchema,
      ingredients: kruskalSchema
    })
    .describe("Kruskal–Wallis test across seasons for each measure."),
  gapIntervals: z
    .object({
      score: gapIntervalSchema,
      steps: gapIntervalSchema,
      ingredients: gapIntervalSchema
    })
    .describe(
      "For each measure, the Welch interval of the gap between the highest and the lowest seasonal mean at params.pairLevel, so that it holds at params.intervalLevel over every pair of seasons the two were picked from: the evidence of the gap a claim states (the Kruskal–Wallis test compares ranks, not means)."
    ),
  narrative: narrativeSchema
});

/** The complexity-by-season snapshot. */
export type SeasonalityComplexity = z.infer<typeof schema>;
