/**
 * The weekend shares' note on intervals their marks hide, in English and French: written once for the ingredients
 * and the tags, whose dumbbells draw the same marks over the same kind of interval.
 */
import type {Locale} from "../../pipeline/narrative.js";

type Words = Readonly<Record<Locale, string>>;

/** Every interval is hidden (`{intervalLevel}`: the snapshot's interval level). */
export const INTERVAL_HIDDEN_ALL: Words = {
  en: "Each {intervalLevel|pct|0} interval is narrower than its mark and hidden by it: the table gives its bounds",
  fr: "Chaque intervalle à {intervalLevel|pct|0} est plus étroit que sa marque, qui le cache : le tableau en donne les bornes"
};

/** Some of the intervals are hidden. */
export const INTERVAL_HIDDEN_SOME: Words = {
  en: "An interval narrower than its mark is hidden by it: the table gives its bounds",
  fr: "Un intervalle plus étroit que sa marque est caché par elle : le tableau en donne les bornes"
};
