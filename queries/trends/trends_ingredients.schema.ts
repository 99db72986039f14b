/** Snapshot of the ingredients trends: the shape shared with the other item analysis (see _itemsSchema.ts). */
import type {z} from "zod";

import {itemsSchema} from "./_itemsSchema.js";

export const schema = itemsSchema;

export type TrendsIngredients = z.infer<typeof schema>;
