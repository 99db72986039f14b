/** Builds the ingredients trends snapshot with the step shared by the item analyses (see _items.step.ts). */
import type {QueryResults} from "../../pipeline/analyses.js";
import {ITEMS_CLAIM_IDS, itemsStep} from "./_items.step.js";
import type {TrendsIngredients} from "./trends_ingredients.schema.js";

/** Every claim id the step can emit, so the text module can be checked for completeness. */
export const CLAIM_IDS = ITEMS_CLAIM_IDS;

/** Reads the one-row `summary` query: every list in it was ranked and cut in SQL. */
export function step(results: QueryResults): TrendsIngredients {
  return itemsStep(results);
}
