/** Snapshot of the tags whose share of recipes varies most between seasons (shape shared with the ingredients analysis). */
import type {z} from "zod";

import {seasonalItemsSchema} from "./_items.schema.js";

/** Zod schema of the seasonal tags snapshot; the pipeline and the site validate with it. */
export const schema = seasonalItemsSchema.describe(
  "Seasonal tags: top tags by coefficient of variation of their seasonal share."
);

/** The seasonal tags snapshot. */
export type SeasonalityTags = z.infer<typeof schema>;
