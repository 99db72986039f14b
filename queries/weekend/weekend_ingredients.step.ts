/** Turns per-ingredient weekday/weekend counts into the ingredients snapshot (the shared items step). */
import type {QueryResults} from "../../pipeline/analyses.js";
import {ITEM_CLAIM_IDS, periodItemsStep} from "./_items.step.js";
import type {WeekendIngredients} from "./weekend_ingredients.schema.js";

/** Every claim id the step can emit. */
export const CLAIM_IDS = ITEM_CLAIM_IDS;

export function step(results: QueryResults): WeekendIngredients {
  return periodItemsStep(results);
}
