/** Zod schema of a mean's interval (queries/_meanInterval.ts), for the snapshots that carry one. */
import {z} from "zod";

/** The interval of a gap between two means (queries/_meanInterval.ts gapInterval), in the means' unit. */
export const gapIntervalSchema = z
  .object({lower: z.number(), upper: z.number()})
  .refine((ci) => ci.lower <= ci.upper, "lower bound above the upper bound");

/** A mean's interval in the mean's unit, or null for a group of one. */
export const meanIntervalSchema = gapIntervalSchema.nullable();
