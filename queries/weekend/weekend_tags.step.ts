/** Turns per-tag weekday/weekend counts into the tags snapshot (the shared items step). */
import type {QueryResults} from "../../pipeline/analyses.js";
import {ITEM_CLAIM_IDS, periodItemsStep} from "./_items.step.js";
import type {WeekendTags} from "./weekend_tags.schema.js";

/** Every claim id the step can emit. */
export const CLAIM_IDS = ITEM_CLAIM_IDS;

export function step(results: QueryResults): WeekendTags {
  return periodItemsStep(results);
}
