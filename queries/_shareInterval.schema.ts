/** Zod schema of a share's Wilson interval (queries/_shareInterval.ts), for the snapshots that carry one. */
import {z} from "zod";

/** A share's interval, as fractions of one. */
export const shareIntervalSchema = z
  .object({lower: z.number().min(0).max(1), upper: z.number().min(0).max(1)})
  .refine((ci) => ci.lower <= ci.upper, "lower bound above the upper bound");
