/** Seasonal ingredients: the shared seasonal-items step, applied to the ingredients query. */
import type {QueryResults} from "../../pipeline/analyses.js";
import {seasonalItemsStep, SEASONAL_ITEM_CLAIM_IDS} from "./_items.step.js";
import type {SeasonalityIngredients} from "./seasonality_ingredients.schema.js";

/** Every claim id the step can emit. */
export const CLAIM_IDS = SEASONAL_ITEM_CLAIM_IDS;

/** Turns the query rows into the snapshot: statistics, then the claims that hold. */
export function step(results: QueryResults): SeasonalityIngredients {
  return seasonalItemsStep(results);
}
