/** Snapshot of the ingredients whose share of recipes varies most between seasons (shape shared with the tags analysis). */
import type {z} from "zod";

import {seasonalItemsSchema} from "./_items.schema.js";

/** Zod schema of the seasonal ingredients snapshot; the pipeline and the site validate with it. */
export const schema = seasonalItemsSchema.describe(
  "Seasonal ingredients: top ingredients by coefficient of variation of their seasonal share."
);

/** The seasonal ingredients snapshot. */
export type SeasonalityIngredients = z.infer<typeof schema>;
