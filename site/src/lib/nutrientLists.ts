/**
 * The nutrients each page compares, as the methodology names them: taken from the lists the analyses run on, so that
 * the rule can never name a nutrient a page does not show, nor miss one it does.
 */
import {labelList} from "../../../pipeline/narrative.js";
import {NUTRIENTS as SEASONAL} from "../../../queries/seasonality/seasonality_nutrition.schema.js";
import {NUTRIENTS as TRENDS} from "../../../queries/trends/trends_nutrition.schema.js";
import {NUTRIENTS as WEEKEND} from "../../../queries/weekend/weekend_nutrition.schema.js";
import type {Lang} from "../i18n/index.js";

/** Each nutrition analysis' nutrients, in the order its page shows them, under the rule's placeholder for it. */
export const PAGE_NUTRIENTS = {trends: TRENDS, seasons: SEASONAL, weekend: WEEKEND} as const;

/** The rule's values: each page's list, by the placeholder that names it. */
export function nutrientListValues(lang: Lang): Record<keyof typeof PAGE_NUTRIENTS, string> {
  return {
    trends: labelList(PAGE_NUTRIENTS.trends, lang),
    seasons: labelList(PAGE_NUTRIENTS.seasons, lang),
    weekend: labelList(PAGE_NUTRIENTS.weekend, lang)
  };
}
