/**
 * What the site says about its data in its own voice: the tagline, which must not call generated numbers
 * Food.com's, and the one statement of the period the data covers, used word for word wherever a page states it
 * (home, methodology, footer), its dates taken from the overview snapshot.
 */
import type {Lang} from "../i18n/index.js";
import {formatDate, t} from "../i18n/index.js";
import type {SiteContext} from "./site.js";
import {siteContext} from "./site.js";

/** The site's tagline: Food.com's years on real data, the generated data named as such. */
export function tagline(lang: Lang, context: SiteContext = siteContext()): string {
  if (context.provenance.data.kind === "generated") return t(lang, "site.tagline.generated");
  return t(lang, "site.tagline", {firstYear: context.period.firstYear, lastYear: context.period.lastYear});
}

/** "Recipes posted from … to …; ratings given from … to …." with the dates in words. */
export function periodStatement(lang: Lang, context: SiteContext = siteContext()): string {
  const {firstRecipe, lastRecipe, firstRating, lastRating} = context.period;
  return t(lang, "period.statement", {
    firstRecipe: formatDate(firstRecipe, lang),
    lastRecipe: formatDate(lastRecipe, lang),
    firstRating: formatDate(firstRating, lang),
    lastRating: formatDate(lastRating, lang)
  });
}
