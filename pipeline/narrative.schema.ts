/**
 * The zod schemas of a snapshot's narrative (pipeline/narrative.ts has the types and the renderer). Kept apart so
 * that code shipped to the browser can render claims without loading zod.
 */
import {z} from "zod";

import type {Claim, Narrative} from "./narrative.js";

const claimValue = z.union([z.number(), z.string(), z.boolean()]);

/** One statement that holds on the data, with the figures its text quotes. */
export const claimSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9_.]+$/)
    .describe("Key of the template in the analysis' text module."),
  values: z.record(z.string(), claimValue)
}) satisfies z.ZodType<Claim>;

/** The interpretation of one analysis: a headline and the supporting claims, in reading order. */
export const narrativeSchema = z.object({
  headline: claimSchema,
  claims: z.array(claimSchema)
}) satisfies z.ZodType<Narrative>;
