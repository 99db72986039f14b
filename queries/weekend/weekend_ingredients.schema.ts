/** Snapshot of the weekend page's ingredients analysis: ingredients that lean to weekdays or to weekends. */
import type {z} from "zod";

import {periodItemsSchema} from "./_items.schema.js";

/** Items are ingredients as listed by the recipes (lower-cased, trimmed). */
export const schema = periodItemsSchema.describe("Ingredients more frequent at the weekend or on weekdays (2×2 χ²).");

export type WeekendIngredients = z.infer<typeof schema>;
