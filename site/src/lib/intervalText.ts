/**
 * An interval as the site's prose writes it, in each language: "4.645 to 4.650", « 4,645 à 4,650 ». Chart labels
 * and tooltips print their intervals with it, so that a bound read on a chart and in the sentence under it look
 * the same (they read "4.647 [4.645; 4.650]" beside a text saying "4.645 to 4.650").
 */
import type {Lang} from "../i18n/index.js";

const TO: Record<Lang, string> = {en: "to", fr: "à"};

/** Two printed bounds joined as prose joins them. */
export function intervalText(lower: string, upper: string, lang: Lang): string {
  return `${lower} ${TO[lang]} ${upper}`;
}

/** An estimate with its interval in parentheses: "4.647 (4.645 to 4.650)". */
export function withInterval(estimate: string, lower: string, upper: string, lang: Lang): string {
  return `${estimate} (${intervalText(lower, upper, lang)})`;
}
