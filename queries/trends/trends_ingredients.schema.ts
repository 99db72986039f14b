/** Snapshot of the ingredients trends: the shape shared with the other item analysis (see _items.schema.ts). */
import type {z} from "zod";

import {itemsSchema} from "./_items.schema.js";

export const schema = itemsSchema;

export type TrendsIngredients = z.infer<typeof schema>;
