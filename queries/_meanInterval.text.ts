/**
 * How a gap picked as the highest less the lowest of the seasons says what its interval covers, in English and
 * French, written once: every seasonal gap's claim, tile and method says it in the same words (pickedGapFamily in
 * _meanInterval.ts gives the values `pairs` and `pairLevel` the words quote).
 */
import type {Locale} from "../pipeline/narrative.js";

/** The clause that follows a gap's "95 % Welch interval L to U" inside a claim's brackets. */
export const PICKED_GAP_CLAIM: Readonly<Record<Locale, string>> = {
  en: ", widened because the two seasons were picked as the highest and the lowest of all",
  fr: ", élargi parce que les deux saisons ont été choisies comme extrêmes parmi toutes"
};

/** The method's sentence on the gap between the highest and the lowest season's mean of `what`. */
export const PICKED_GAP_METHOD: Readonly<Record<Locale, (what: string) => string>> = {
  en: (what) =>
    `The seasons with the highest and the lowest mean ${what} are picked from the {pairs|int} pairs of seasons, so the gap between them is given with a {intervalLevel|pct|0} Welch interval (which does not assume equal variances) that holds for all the pairs together: each pair's interval is taken at {pairLevel|pct|1} (Bonferroni's correction, the interval form of the site's multiple-testing policy).`,
  fr: (what) =>
    `Les saisons dont la moyenne ${what} est la plus haute et la plus basse sont choisies parmi les {pairs|int} paires de saisons : l'écart entre elles est donc donné avec un intervalle de Welch à {intervalLevel|pct|0} (qui ne suppose pas l'égalité des variances) valable pour toutes les paires à la fois, l'intervalle de chaque paire étant pris à {pairLevel|pct|1} (correction de Bonferroni, la forme que prend pour les intervalles la politique de tests multiples du site).`
};

/** A gap tile's interval line (KpiSpec.interval), its bounds printed with `digits` decimals. */
export const PICKED_GAP_TILE: Readonly<Record<Locale, (digits: number) => string>> = {
  en: (digits) =>
    `{intervalLevel|pct|0} interval, widened for picking the extremes: {lower|${digits}} to {upper|${digits}}`,
  fr: (digits) =>
    `Intervalle à {intervalLevel|pct|0}, élargi pour le choix des extrêmes : {lower|${digits}} à {upper|${digits}}`
};
