/** Zod schema of a mean's interval (queries/_meanInterval.ts), for the snapshots that carry one. */
import {z} from "zod";

/** The interval of a gap between two means (queries/_meanInterval.ts gapInterval), in the means' unit. */
export const gapIntervalSchema = z
  .object({lower: z.number(), upper: z.number()})
  .refine((ci) => ci.lower <= ci.upper, "lower bound above the upper bound");

/** A mean's interval in the mean's unit, or null for a group of one. */
export const meanIntervalSchema = gapIntervalSchema.nullable();

/**
 * The params of a gap picked as the highest less the lowest of several groups (pickedGapFamily in _meanInterval.ts):
 * spread into a snapshot's params, so that its text can say what the gap's interval covers.
 */
export const pickedGapFamilyShape = {
  pairs: z.number().int().positive().describe("Pairs of groups the highest and the lowest are picked from."),
  pairLevel: z
    .number()
    .gt(0)
    .lt(1)
    .describe(
      "Level of each pair's interval, so that all the pairs' intervals hold together at the level of every mean's interval (Bonferroni)."
    )
};
