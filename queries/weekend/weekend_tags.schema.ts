/** Snapshot of the weekend page's tags analysis: Food.com tags that lean to weekdays or to weekends. */
import type {z} from "zod";

import {periodItemsSchema} from "./_items.schema.js";

/** Items are Food.com tags (lower-cased, trimmed). */
export const schema = periodItemsSchema.describe("Tags more frequent at the weekend or on weekdays (2×2 χ²).");

export type WeekendTags = z.infer<typeof schema>;
