/** Snapshot of the weekend page's complexity analysis: score, steps and ingredients of weekday and weekend recipes. */
import {z} from "zod";

import {narrativeSchema} from "../../pipeline/narrative.schema.js";
import {comparisonSchema, groupSchema} from "./_periodSchema.js";

/** The compared columns: the composite score and its two main parts. */
export const METRICS = ["complexity_score", "n_steps", "n_ingredients"] as const;

const period = groupSchema.extend({
  median: z.number().describe("Median (linear interpolation), in the metric's unit.")
});

export const schema = z.object({
  params: z.object({
    alpha: z.number().describe("Significance level of the t-tests; intervals are at 1 − alpha."),
    intervalLevel: z.number().gt(0).lt(1).describe("Confidence level of each period mean's interval, e.g. 0.95."),
    ciLevel: z.number().describe("Confidence level of the interval of each difference, 1 − alpha.")
  }),
  metrics: z
    .array(
      z.object({
        metric: z
          .enum(METRICS)
          .describe(
            "complexity_score = ln(1 + minutes) + n_steps + 0.5·n_ingredients (points); n_steps = steps; n_ingredients = ingredients."
          ),
        weekday: period,
        weekend: period,
        comparison: comparisonSchema
      })
    )
    .length(METRICS.length)
    .describe("One entry per metric, in METRICS order."),
  narrative: narrativeSchema
});

export type WeekendComplexity = z.infer<typeof schema>;
