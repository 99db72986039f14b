/**
 * The nutrients each page compares, as the methodology names them: taken from the lists the analyses run on, so that
 * the rule can never name a nutrient a page does not show, nor miss one it does.
 */
import {translateLabel} from "../../../pipeline/narrative.js";
import {NUTRIENTS as SEASONAL} from "../../../queries/seasonality/seasonality_nutrition.schema.js";
import {NUTRIENTS as TRENDS} from "../../../queries/trends/trends_nutrition.schema.js";
import {NUTRIENTS as WEEKEND} from "../../../queries/weekend/weekend_nutrition.schema.js";
import type {Lang} from "../i18n/index.js";
import {LIST_LOCALE_TAG} from "../i18n/index.js";

/** Each nutrition analysis' nutrients, in the order its page shows them, under the rule's placeholder for it. */
export const PAGE_NUTRIENTS = {trends: TRENDS, seasons: SEASONAL, weekend: WEEKEND} as const;

/** A list of nutrients in the reader's language: "calories, carbohydrates, fat and protein". */
export function nutrientList(nutrients: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LIST_LOCALE_TAG[lang]).format(nutrients.map((n) => translateLabel(n, lang)));
}

/** The rule's values: each page's list, by the placeholder that names it. */
export function nutrientListValues(lang: Lang): Record<keyof typeof PAGE_NUTRIENTS, string> {
  return {
    trends: nutrientList(PAGE_NUTRIENTS.trends, lang),
    seasons: nutrientList(PAGE_NUTRIENTS.seasons, lang),
    weekend: nutrientList(PAGE_NUTRIENTS.weekend, lang)
  };
}
